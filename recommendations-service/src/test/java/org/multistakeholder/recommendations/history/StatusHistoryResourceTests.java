package org.multistakeholder.recommendations.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.recommendations.Fixtures;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class StatusHistoryResourceTests {

    private static String change(String status, String effectiveOn) {
        return "{\"status\": \"" + status + "\", \"effectiveOn\": \"" + effectiveOn + "\", \"note\": \"Recorded by a test\"}";
    }

    @Test
    void shouldRecordChangesAndDeriveOldStatusesAndCurrentStatus() {
        String review = Fixtures.createReview("HIS");
        long id = Fixtures.createRecommendation(review, 1, "P1");

        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(change("IN_PROGRESS", "2022-05-01"))
                .when().post("/api/recommendations/" + id + "/history")
                .then().statusCode(201)
                .header("Location", containsString("/api/recommendations/" + id + "/history/"))
                .body("oldStatus", equalTo("NOT_STARTED"))
                .body("newStatus", equalTo("IN_PROGRESS"))
                .body("note", equalTo("Recorded by a test"));
        Fixtures.recordChange(id, "COMPLETE", "2023-01-10");

        given().when().get("/api/recommendations/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("status", equalTo("COMPLETE"))
                .body("statusSince", equalTo("2023-01-10"));

        // Recorded late: on hold between the two, which changes the old status of the later change.
        String location = given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(change("ON_HOLD", "2022-08-15"))
                .when().post("/api/recommendations/" + id + "/history")
                .then().statusCode(201).body("oldStatus", equalTo("IN_PROGRESS")).extract().header("Location");

        given().when().get("/api/recommendations/" + id + "/history")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.effectiveOn", contains("2022-05-01", "2022-08-15", "2023-01-10"))
                .body("items.oldStatus", contains("NOT_STARTED", "IN_PROGRESS", "ON_HOLD"))
                .body("items.newStatus", contains("IN_PROGRESS", "ON_HOLD", "COMPLETE"));
        given().queryParam("sort", "-recordedAt").when().get("/api/recommendations/" + id + "/history")
                .then().statusCode(200).body("items[0].newStatus", equalTo("ON_HOLD"));
        given().when().get(location).then().statusCode(200).body("newStatus", equalTo("ON_HOLD"));
        given().queryParam("asOf", "2022-09-01").queryParam("status", "ON_HOLD")
                .when().get("/api/reviews/" + review + "/recommendations")
                .then().statusCode(200).body("items.number", contains(1));
    }

    @Test
    void shouldRefuseChangesThatChangeNothing() {
        String review = Fixtures.createReview("NOOP");
        long id = Fixtures.createRecommendation(review, 1, null);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(change("NOT_STARTED", "2022-01-01"))
                .when().post("/api/recommendations/" + id + "/history")
                .then().statusCode(409).contentType("application/problem+json");
        Fixtures.recordChange(id, "IN_PROGRESS", "2022-03-01");
        Fixtures.recordChange(id, "COMPLETE", "2022-09-01");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(change("IN_PROGRESS", "2022-06-01"))
                .when().post("/api/recommendations/" + id + "/history")
                .then().statusCode(409).body("detail", containsString("already IN_PROGRESS"));
        // Complete earlier would leave the change of 2022-09-01 changing nothing.
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(change("COMPLETE", "2022-06-01"))
                .when().post("/api/recommendations/" + id + "/history")
                .then().statusCode(409).body("detail", containsString("2022-09-01"));

        given().when().get("/api/recommendations/" + id + "/history").then().statusCode(200).body("total", equalTo(2));
        given().when().get("/api/recommendations/" + id).then().statusCode(200).header("ETag", equalTo("\"2\""));
    }

    @Test
    void shouldRefuseFutureDatesAndInvalidBodies() {
        String review = Fixtures.createReview("FUT");
        long id = Fixtures.createRecommendation(review, 1, null);
        String tomorrow = LocalDate.now(Clock.systemUTC()).plusDays(1).toString();
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(change("IN_PROGRESS", tomorrow))
                .when().post("/api/recommendations/" + id + "/history")
                .then().statusCode(400).body("violations[0].field", equalTo("effectiveOn"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(change("IN_PROGRESS", "2022-02-30"))
                .when().post("/api/recommendations/" + id + "/history")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("effectiveOn"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(change("FINISHED", "2022-02-01"))
                .when().post("/api/recommendations/" + id + "/history")
                .then().statusCode(400).body("field", equalTo("status"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body("{\"status\": \"COMPLETE\"}")
                .when().post("/api/recommendations/" + id + "/history")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(change("COMPLETE", "2022-02-01"))
                .when().post("/api/recommendations/987654321/history")
                .then().statusCode(404).contentType("application/problem+json");

        given().when().get("/api/recommendations/" + id)
                .then().statusCode(200).body("status", equalTo("NOT_STARTED")).body("statusSince", nullValue())
                .header("ETag", equalTo("\"0\""));
    }

    @Test
    void shouldRemoveAChangeRecordedByMistakeUnlessTheNextWouldChangeNothing() {
        String review = Fixtures.createReview("DEL");
        long id = Fixtures.createRecommendation(review, 1, null);
        Fixtures.recordChange(id, "IN_PROGRESS", "2022-03-01");
        Fixtures.recordChange(id, "COMPLETE", "2022-09-01");
        Fixtures.recordChange(id, "IN_PROGRESS", "2023-01-01");
        java.util.List<Integer> ids = given().when().get("/api/recommendations/" + id + "/history")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        String middle = "/api/recommendations/" + id + "/history/" + ids.get(1);
        String last = "/api/recommendations/" + id + "/history/" + ids.get(2);

        given().auth().oauth2(SignedTokens.admin()).when().delete(last).then().statusCode(428);
        given().auth().oauth2(SignedTokens.admin()).header("If-Match", "\"1\"").when().delete(last).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").when().delete(last).then().statusCode(401);
        given().auth().oauth2(SignedTokens.withoutRoles()).header("If-Match", "\"3\"").when().delete(last).then().statusCode(403);
        // Without the COMPLETE of September, January's IN_PROGRESS would follow IN_PROGRESS.
        given().auth().oauth2(SignedTokens.admin()).header("If-Match", "\"3\"").when().delete(middle)
                .then().statusCode(409).body("detail", containsString("2023-01-01"));

        given().auth().oauth2(SignedTokens.admin()).header("If-Match", "\"3\"").when().delete(last).then().statusCode(204);
        given().when().get(last).then().statusCode(404);
        given().when().get("/api/recommendations/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"4\"")).body("status", equalTo("COMPLETE"));
        given().auth().oauth2(SignedTokens.admin()).header("If-Match", "\"4\"").when().delete("/api/recommendations/" + id + "/history/987654321")
                .then().statusCode(404);
    }

    @Test
    void shouldRefuseAnonymousAndNonEditorChanges() {
        String review = Fixtures.createReview("ANH");
        long id = Fixtures.createRecommendation(review, 1, null);
        given().contentType(ContentType.JSON).body(change("COMPLETE", "2022-02-01"))
                .when().post("/api/recommendations/" + id + "/history").then().statusCode(401);
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON).body(change("COMPLETE", "2022-02-01"))
                .when().post("/api/recommendations/" + id + "/history").then().statusCode(403);
        given().when().get("/api/recommendations/" + id + "/history").then().statusCode(200).body("total", equalTo(0));
    }
}
