package org.multistakeholder.recommendations;

import static io.restassured.RestAssured.given;

import java.util.concurrent.atomic.AtomicInteger;

import org.multistakeholder.platform.testing.SignedTokens;

import io.restassured.http.ContentType;

/** Data the test classes create through the API, each under codes no other test uses. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    /** A review code no other test has used in this run. */
    public static String uniqueCode(String prefix) {
        return prefix + "-" + System.nanoTime() % 100_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    public static String createReview(String prefix) {
        String code = uniqueCode(prefix);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"name\": \"Review " + code + "\"}")
                .when().post("/api/reviews")
                .then().statusCode(201);
        return code;
    }

    /** @return the new recommendation's id */
    public static long createRecommendation(String reviewCode, int number, String priority) {
        String body = "{\"number\": " + number + ", \"description\": \"Recommendation " + number + " of " + reviewCode + "\""
                + (priority == null ? "" : ", \"priority\": \"" + priority + "\"") + "}";
        return given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/reviews/" + reviewCode + "/recommendations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static void recordChange(long recommendationId, String status, String effectiveOn) {
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"status\": \"" + status + "\", \"effectiveOn\": \"" + effectiveOn + "\"}")
                .when().post("/api/recommendations/" + recommendationId + "/history")
                .then().statusCode(201);
    }
}
