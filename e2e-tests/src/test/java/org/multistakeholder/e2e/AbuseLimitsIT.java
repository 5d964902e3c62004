package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The gateway's protections against abuse. Runs last: it spends this address's allowance of anonymous writes,
 * which other test classes need.
 */
@Order(Integer.MAX_VALUE)
class AbuseLimitsIT extends ThroughTheGateway {

    @Test
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
    void shouldLimitRegistrationsPerAddress() {
        // Unreadable bodies: each still counts against the allowance, and none creates an organization.
        List<Response> answers = send(30, () -> given().contentType(ContentType.JSON).body("{")
                .when().post("/api/registrations"));
        assertLimited(answers);
    }

    @Test
    void shouldLimitCommentsPerAddress() {
        // The demo draft's comment period is closed: every comment that gets through is refused with 409.
        List<Response> answers = send(40, () -> given().contentType(ContentType.JSON)
                .body(Map.of("authorName", "Flood", "text", "again"))
                .when().post("/api/statements/3/comments"));
        assertLimited(answers);
        given().when().get("/api/statements/3/comments").then().statusCode(200).header("X-RateLimit-Limit", nullValue());
    }

    private static List<Response> send(int count, java.util.function.Supplier<Response> request) {
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(request.get());
        }
        return answers;
    }

    private static void assertLimited(List<Response> answers) {
        int firstRefusal = -1;
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).statusCode() == 429) {
                firstRefusal = i;
                break;
            }
        }
        assertTrue(firstRefusal >= 5, "a few requests pass before the limit applies, first 429 at " + firstRefusal);
        Response refused = answers.get(firstRefusal);
        refused.then().contentType("application/problem+json").body("status", equalTo(429));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0, "Retry-After: " + refused.header("Retry-After"));
        assertTrue(answers.stream().skip(firstRefusal).allMatch(answer -> answer.statusCode() == 429),
                "once limited, the rest of the burst is refused too");
        // As the OpenAPI documents declare: every answer, refused or not, tells the allowance a minute.
        for (Response answer : List.of(answers.get(0), refused)) {
            assertTrue(Integer.parseInt(answer.header("X-RateLimit-Limit")) > 0, "X-RateLimit-Limit: " + answer.header("X-RateLimit-Limit"));
        }
    }
}
