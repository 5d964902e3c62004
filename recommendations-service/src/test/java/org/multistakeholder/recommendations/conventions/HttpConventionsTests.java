package org.multistakeholder.recommendations.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.recommendations.Fixtures;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** platform-commons' HTTP conventions as this service answers: list ETags, request ids, idempotent POSTs, deprecation. */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class HttpConventionsTests {

    @Test
    void shouldTagAListAndAnswerItsTagWithNotModifiedUntilItChanges() {
        String code = Fixtures.createReview("TAG");
        String tag = given().when().get("/api/reviews/" + code + "/recommendations")
                .then().statusCode(200).header("ETag", matchesPattern("W/\".+\"")).extract().header("ETag");
        given().header("If-None-Match", tag).when().get("/api/reviews/" + code + "/recommendations")
                .then().statusCode(304).header("ETag", equalTo(tag)).body(emptyString());
        given().header("If-None-Match", "W/\"other\"").when().get("/api/reviews/" + code + "/recommendations")
                .then().statusCode(200);

        Fixtures.createRecommendation(code, 1, null);
        given().header("If-None-Match", tag).when().get("/api/reviews/" + code + "/recommendations")
                .then().statusCode(200).header("ETag", not(equalTo(tag)));
    }

    @Test
    void shouldAnswerASingleResourcesVersionWithNotModified() {
        String code = Fixtures.createReview("ONE");
        given().header("If-None-Match", "W/\"0\"").when().get("/api/reviews/" + code)
                .then().statusCode(304).header("ETag", equalTo("\"0\""));
    }

    @Test
    void shouldKeepASaneRequestIdAndReplaceAnyOther() {
        given().header("X-Request-Id", "trace-me.1").when().get("/api/reviews")
                .then().header("X-Request-Id", equalTo("trace-me.1"));
        given().header("X-Request-Id", "not sane\u0001").when().get("/api/reviews")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
        given().when().get("/api/reviews/NO-SUCH").then().statusCode(404).header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void shouldAnswerAPostSentAgainWithItsKeyWithTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        String code = Fixtures.uniqueCode("IDEM");
        String body = "{\"code\": \"" + code + "\", \"name\": \"Review " + code + "\"}";
        Response first = post(key, body);
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        Response again = post(key, body);
        again.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location"))).header("ETag", equalTo(first.header("ETag")))
                .contentType(ContentType.JSON);
        assertEquals(first.asString(), again.asString());

        post(key, body.replace("Review ", "Another review ")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://platform.local/problems/idempotency-key-reused"));
        // Another caller's key is another key: an anonymous caller is refused as ever, not answered the editor's review.
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).when().post("/api/reviews")
                .then().statusCode(401);
    }

    @Test
    void shouldFreeTheKeyOfAFailedPost() {
        String key = UUID.randomUUID().toString();
        String code = Fixtures.uniqueCode("FREE");
        post(key, "{\"code\": \"" + code + "\"}").then().statusCode(400);
        post(key, "{\"code\": \"" + code + "\", \"name\": \"Corrected\"}").then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void shouldRefuseAMalformedKey() {
        post("short", "{}").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldSendDeprecationAndSunsetForADeprecatedOperation() {
        given().when().get("/test-only/deprecated").then().statusCode(200)
                .header("Deprecation", equalTo("@1796083200")).header("Sunset", equalTo("Tue, 01 Jun 2027 00:00:00 GMT"));
        assertNotEquals("@1796083200", given().when().get("/api/reviews").header("Deprecation"));
    }

    private static Response post(String key, String body) {
        return given().auth().oauth2(SignedTokens.admin()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/reviews");
    }
}
