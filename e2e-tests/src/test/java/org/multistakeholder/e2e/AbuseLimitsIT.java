package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.multistakeholder.e2e.ApiDocuments.Operation;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The gateway's protections against abuse: anonymous writes limited per client address, every write limited per
 * credential, each limited answer telling what is left (RateLimit, RateLimit-Policy), refusals with Retry-After.
 * Runs last: it spends this address's allowance of anonymous writes, which other test classes need, and changes
 * the gateway's settings for a while.
 */
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AbuseLimitsIT extends ThroughTheGateway {

    private static final Pattern LEFT = Pattern.compile("\"([a-z-]+)\";r=(\\d+);t=(\\d+)");
    private static final Pattern POLICY = Pattern.compile("\"([a-z-]+)\";q=(\\d+);w=(\\d+)");
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
    /** Loopback addresses other than 127.0.0.1, one a sequence: each is a client the gateway has not counted yet. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private int sent;

    @Test
    @Order(1)
    void shouldSendSecurityHeadersWithApiAnswersErrorsAndSwaggerUi() {
        for (String path : List.of("/api/statements", "/nowhere")) {
            given().when().get(path).then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        given().when().get("/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'self'"));
    }

    @Test
    @Order(2)
    void shouldLimitRegistrationsPerAddress() {
        // Unreadable bodies: each still counts against the allowance, and none creates an organization.
        List<Response> answers = send(30, () -> given().contentType(ContentType.JSON).body("{")
                .when().post("/api/registrations"));
        assertLimited(answers, "registrations");
    }

    @Test
    @Order(3)
    void shouldLimitCommentsPerAddress() {
        // The demo draft's comment period is closed: every comment that gets through is refused with 409.
        List<Response> answers = send(40, () -> given().contentType(ContentType.JSON)
                .body(Map.of("authorName", "Flood", "text", "again"))
                .when().post("/api/statements/3/comments"));
        assertLimited(answers, "comments");
        given().when().get("/api/statements/3/comments").then().statusCode(200)
                .header("RateLimit", nullValue()).header("RateLimit-Policy", nullValue());
    }

    /** With the product's defaults, from clients not yet counted: r counts down to 0, then the 429. */
    @Test
    @Order(4)
    void shouldCountDownToTheRefusalPerAddressOnEachAnonymousWrite() {
        RawHttp http = RawHttp.to(product);
        Map<String, String> json = Map.of("Content-Type", "application/json");
        countDown(http.from(newClient()), "POST", "/api/registrations", json, "{", "registrations", -1);
        countDown(http.from(newClient()), "POST", "/api/statements/3/comments", json,
                "{\"authorName\":\"Flood\",\"text\":\"again\"}", "comments", -1);
        System.out.printf("Rate limits per address: %d requests%n", sent);
    }

    /**
     * With limits an operator sets (small ones, so the count is short), every write operation of the documents,
     * with a new editor's token and with a new API key: r counts down from the quota to 0 then the 429, for that
     * credential alone. Each request is refused by the service as well (an unreadable body, an id nothing has),
     * so nothing is written.
     */
    @Test
    @Order(5)
    void shouldCountDownToTheRefusalPerCredentialOnEveryWrite() {
        ApiDocuments api = ApiDocuments.read(product);
        List<Operation> writes = api.operations().stream().filter(Operation::isWrite).toList();
        assertFalse(writes.isEmpty(), "the documents publish no write");
        Map<String, String> deployed = product.settings();
        Map<String, String> limits = Map.of("TOKEN_WRITES_PER_MINUTE", "3", "API_KEY_WRITES_PER_MINUTE", "2",
                "REGISTRATIONS_PER_MINUTE", "7", "COMMENTS_PER_MINUTE", "8");
        RawHttp http = RawHttp.to(product);
        try (StoredRows rows = StoredRows.of(product)) {
            product.reconfigure(limits);
            awaitPolicy(http, "\"token-writes\";q=3;w=60");
            Map<String, String> before = rows.snapshot();
            for (Operation operation : writes) {
                String path = PARAMETER.matcher(operation.path()).replaceAll("999999999");
                String anonymous = Fixtures.isLimitedByGateway(operation)
                        ? operation.path().equals("/api/registrations") ? "registrations" : "comments"
                        : null;
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Content-Type", "application/json");
                headers.put("Authorization", "Bearer " + newEditorToken());
                countDown(http.from(newClient()), operation.method(), path, headers, "{", "token-writes", 3);
                if (anonymous != null) {
                    // From a client not counted yet, the address's policy is counted beside the credential's.
                    assertAlsoCounted(http.from(newClient()), operation, path, anonymous, anonymous.equals("registrations") ? 7 : 8);
                }
                headers.remove("Authorization");
                headers.put("X-API-Key", "999999." + UUID.randomUUID());
                countDown(http.from(newClient()), operation.method(), path, headers, "{", "api-key-writes", 2);
            }
            assertEquals(List.of(), StoredRows.changes(before, rows.snapshot()), "a refused write changed stored rows");
        } finally {
            Map<String, String> restore = new HashMap<>();
            limits.keySet().forEach(name -> restore.put(name, deployed.get(name)));
            product.reconfigure(restore);
        }
        System.out.printf("Rate limits per credential: %d requests to %d write operations%n", sent, writes.size());
    }

    /**
     * Sends the request until the policy refuses it: each answer before tells one fewer left, down to 0, then a 429
     * problem with Retry-After and 0 left. A quota of -1 takes the quota the first answer's RateLimit-Policy names.
     */
    private void countDown(RawHttp client, String method, String path, Map<String, String> headers, String body, String policy,
            int quota) {
        String what = method + " " + path + " (" + policy + ")";
        RawHttp.Answer first = client.send(method, path, headers, body);
        sent++;
        int q = policy(first, policy, what);
        if (quota >= 0) {
            assertEquals(quota, q, what + ": the quota set");
        }
        RawHttp.Answer answer = first;
        for (int left = q - 1; left >= 0; left--) {
            assertTrue(answer.status() != 429 && answer.status() < 500, what + " with " + left + " left: " + answer);
            assertEquals(left, left(answer, policy, what), what + ": RateLimit " + answer.header("RateLimit"));
            answer = client.send(method, path, headers, body);
            sent++;
        }
        GatewayErrorsIT.assertProblem(what + " past its quota", answer, 429, "too-many-requests");
        assertEquals(0, left(answer, policy, what), what + ": RateLimit " + answer.header("RateLimit"));
        assertEquals(q, policy(answer, policy, what), what + ": RateLimit-Policy " + answer.header("RateLimit-Policy"));
        int retryAfter = Integer.parseInt(answer.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 60, what + ": Retry-After " + retryAfter);
        assertEquals(retryAfter, reset(answer, policy, what), what + ": Retry-After is when the refusing window ends");
    }

    /** The anonymous write with a credential: both the address's policy and the credential's count it. */
    private void assertAlsoCounted(RawHttp client, Operation operation, String path, String policy, int quota) {
        Map<String, String> headers = Map.of("Content-Type", "application/json", "Authorization", "Bearer " + newEditorToken());
        RawHttp.Answer answer = client.send(operation.method(), path, headers, "{");
        sent++;
        String what = operation + " with a token";
        assertEquals(quota, policy(answer, policy, what), what + ": " + answer.header("RateLimit-Policy"));
        assertEquals(quota - 1, left(answer, policy, what), what + ": " + answer.header("RateLimit"));
        assertEquals(2, left(answer, "token-writes", what), what + ": " + answer.header("RateLimit"));
    }

    /** Probes until every new connection meets the reloaded configuration. */
    private void awaitPolicy(RawHttp http, String policy) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        int seen = 0;
        while (seen < 5) {
            RawHttp.Answer probe = http.send("POST", "/api/statements", Map.of("Authorization", "Bearer probe-" + UUID.randomUUID(),
                    "Content-Type", "application/json"), "{");
            seen = policy.equals(probe.header("RateLimit-Policy")) ? seen + 1 : 0;
            assertTrue(System.nanoTime() < deadline, "the gateway did not take the new limits: " + probe.header("RateLimit-Policy"));
        }
    }

    /** An editor's token of its own: validly signed, with a jti no other token has, so the gateway counts it apart. */
    private static String newEditorToken() {
        Map<String, Object> claims = new HashMap<>(Tokens.claimsOf(product.adminToken()));
        claims.put("jti", UUID.randomUUID().toString());
        return product.sign(claims);
    }

    private static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "127.10." + (n / 250) + "." + (n % 250 + 1);
    }

    private static int left(RawHttp.Answer answer, String policy, String what) {
        return Integer.parseInt(field(LEFT, answer.header("RateLimit"), policy, what, 2));
    }

    private static int reset(RawHttp.Answer answer, String policy, String what) {
        return Integer.parseInt(field(LEFT, answer.header("RateLimit"), policy, what, 3));
    }

    private static int policy(RawHttp.Answer answer, String policy, String what) {
        Matcher window = POLICY.matcher(String.valueOf(answer.header("RateLimit-Policy")));
        while (window.find()) {
            if (window.group(1).equals(policy)) {
                assertEquals("60", window.group(3), what + ": a window of a minute");
                return Integer.parseInt(window.group(2));
            }
        }
        throw new AssertionError(what + ": no policy " + policy + " in RateLimit-Policy " + answer.header("RateLimit-Policy") + ": " + answer);
    }

    private static String field(Pattern pattern, String header, String policy, String what, int group) {
        assertNotNull(header, what + ": no RateLimit header");
        Matcher item = pattern.matcher(header);
        while (item.find()) {
            if (item.group(1).equals(policy)) {
                return item.group(group);
            }
        }
        throw new AssertionError(what + ": no policy " + policy + " in " + header);
    }

    private static List<Response> send(int count, java.util.function.Supplier<Response> request) {
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(request.get());
        }
        return answers;
    }

    private static void assertLimited(List<Response> answers, String policy) {
        int firstRefusal = -1;
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).statusCode() == 429) {
                firstRefusal = i;
                break;
            }
        }
        assertTrue(firstRefusal >= 5, "a few requests pass before the limit applies, first 429 at " + firstRefusal);
        Response refused = answers.get(firstRefusal);
        refused.then().contentType("application/problem+json").body("status", equalTo(429))
                .body("type", equalTo("https://platform.local/problems/too-many-requests"));
        // The gateway's problem is the one the document shows (ProblemExamplesIT checks the other statuses).
        String path = policy.equals("registrations") ? "/api/registrations" : "/api/statements/{statementId}/comments";
        List<String> unlike = ProblemExamplesIT.unlikeExample(ApiDocuments.read(product), "POST", path, refused);
        assertTrue(unlike.isEmpty(), String.join("\n", unlike));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0, "Retry-After: " + refused.header("Retry-After"));
        assertTrue(answers.stream().skip(firstRefusal).allMatch(answer -> answer.statusCode() == 429),
                "once limited, the rest of the burst is refused too");
        // As the OpenAPI documents declare: every answer, refused or not, names the policy and what is left of it.
        for (Response answer : List.of(answers.get(0), refused)) {
            assertTrue(answer.header("RateLimit-Policy").matches("\"" + policy + "\";q=\\d+;w=60"),
                    "RateLimit-Policy: " + answer.header("RateLimit-Policy"));
            assertTrue(answer.header("RateLimit").matches("\"" + policy + "\";r=\\d+;t=\\d+"), "RateLimit: " + answer.header("RateLimit"));
        }
        assertTrue(refused.header("RateLimit").startsWith("\"" + policy + "\";r=0;"), "RateLimit: " + refused.header("RateLimit"));
    }
}
