package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multistakeholder.e2e.ApiDocuments.Operation;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the three OpenAPI documents, read or write, public or not, sent through the gateway with an
 * Authorization header that is not a usable bearer token: malformed (another scheme, {@code Bearer} with nothing,
 * text that is no token), signed by a key nobody trusts, or with times an operator does not allow (valid longer
 * than the maximum lifetime, an expiry in the year 33,000, issued in the future). Each is a 401 problem document
 * with one {@code WWW-Authenticate: Bearer} challenge, never an anonymous answer.
 */
class CredentialsIT extends ThroughTheGateway {

    private static ApiDocuments api;
    private static Fixtures fixtures;
    private static final Map<String, String> REFUSED = new LinkedHashMap<>();

    @BeforeAll
    static void prepare() {
        api = ApiDocuments.read(product);
        fixtures = Fixtures.create(product, api, false);
        REFUSED.put("Bearer with no token", "Bearer ");
        REFUSED.put("the Basic scheme", "Basic dXNlcjpwYXNzd29yZA==");
        REFUSED.put("text that is no credential", "garbage");
        REFUSED.put("Bearer with two words", "Bearer abc def");
        REFUSED.put("a token in another scheme", "Token " + product.adminToken());
        REFUSED.put("a token signed by an unknown key",
                "Bearer " + Tokens.sign(Tokens.strangerKey(), new HashMap<>(Tokens.claimsOf(product.adminToken()))));
        Instant now = Instant.now();
        REFUSED.put("a token valid for 30 days", "Bearer " + editorToken(now, now.plus(30, ChronoUnit.DAYS)));
        REFUSED.put("a token expiring in the year 33000", "Bearer " + editorToken(now, Instant.parse("+33000-01-01T00:00:00Z")));
        REFUSED.put("a token issued an hour from now", "Bearer " + editorToken(now.plus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.HOURS)));
    }

    @Test
    void shouldAnswerEveryOperationWithOne401ChallengeForAnUnusableAuthorization() {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation operation : api.operations()) {
            if (!fixtures.covers(operation.path())) {
                failures.add(operation + ": no fixture fills its path; make one in Fixtures");
                continue;
            }
            String url = fixtures.base(operation) + fixtures.path(operation.path());
            JsonNode body = operation.isWrite() ? fixtures.validBody(operation) : null;
            for (Map.Entry<String, String> authorization : REFUSED.entrySet()) {
                RequestSpecification request = given().header("Authorization", authorization.getValue());
                if (body != null) {
                    request.contentType("application/json").body(body.toString());
                }
                if (api.takesIfMatch(operation)) {
                    request.header("If-Match", "\"1\"");
                }
                Response answer = request.when().request(operation.method(), url);
                sent++;
                check(operation + " with " + authorization.getKey(), answer, failures);
            }
        }
        System.out.printf("Credentials: %d requests with an unusable Authorization%n", sent);
        assertTrue(failures.isEmpty(), failures.size() + " answers were not one 401 challenge:\n" + String.join("\n", failures));
    }

    @Test
    void shouldStillAcceptAnEditorsTokenWithinTheLimits() {
        Instant now = Instant.now();
        given().auth().oauth2(editorToken(now.plusSeconds(20), now.plus(8, ChronoUnit.HOURS)))
                .when().get("/api/reviews").then().statusCode(200);
    }

    private static void check(String what, Response answer, List<String> failures) {
        List<String> challenges = answer.headers().getValues("WWW-Authenticate");
        if (answer.statusCode() != 401) {
            failures.add(what + ": answered " + answer.statusCode() + ", not 401");
            return;
        }
        if (challenges.size() != 1 || !challenges.get(0).startsWith("Bearer") || challenges.get(0).contains(",")) {
            failures.add(what + ": WWW-Authenticate " + challenges + ", not one Bearer challenge");
        }
        List<String> problems = new ArrayList<>();
        HostileInputIT.checkProblem(what, new HostileInputIT.Answer(answer.statusCode(), answer.contentType(), answer.asByteArray()), problems);
        failures.addAll(problems);
    }

    /** An editor's token, signed with the run's key, with these times. */
    private static String editorToken(Instant issuedAt, Instant expires) {
        Map<String, Object> claims = new HashMap<>(Tokens.claimsOf(product.adminToken()));
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expires.getEpochSecond());
        return product.sign(claims);
    }
}
