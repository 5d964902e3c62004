package org.multistakeholder.recommendations.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.recommendations.Fixtures;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class RecommendationResourceTests {

    /** Rec 13 of the CCT tracker: "Items 1, 2, 4 (in part) prioritized as P1 Items 3, 4 (in part), 5 prioritized as P2". */
    private static final String PER_ITEM = """
            {"number": 13, "description": "ICANN should collect data [...]", "notes": null,
             "itemPriorities": [
                {"item": "1", "priority": "P1"}, {"item": "2", "priority": "P1"}, {"item": "4", "priority": "P1", "inPart": true},
                {"item": "3", "priority": "P2"}, {"item": "4", "priority": "P2", "inPart": true}, {"item": "5", "priority": "P2"}]}""";

    @Test
    void shouldCreateRecommendationWithItemPrioritiesAndReadItBack() {
        String review = Fixtures.createReview("REC");
        String location = given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(PER_ITEM)
                .when().post("/api/reviews/" + review + "/recommendations")
                .then().statusCode(201)
                .header("Location", containsString("/api/recommendations/"))
                .body("status", equalTo("NOT_STARTED"))
                .body("statusSince", nullValue())
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("reviewCode", equalTo(review))
                .body("number", equalTo(13))
                .body("priority", nullValue())
                .body("notes", nullValue())
                .body("itemPriorities.item", contains("1", "2", "4", "3", "4", "5"))
                .body("itemPriorities.priority", contains("P1", "P1", "P1", "P2", "P2", "P2"))
                .body("itemPriorities.inPart", contains(false, false, true, false, true, false));
    }

    @Test
    void shouldReadTheDemoRecommendationsWithTheSeedsStatusesAndPriorities() {
        given().queryParam("size", 100).when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200)
                .body("total", equalTo(17))
                .body("items.number", contains(1, 6, 7, 8, 11, 13, 16, 17, 18, 20, 21, 22, 23, 24, 26, 30, 31))
                .body("items.status", contains("IN_PROGRESS", "NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS",
                        "IN_PROGRESS", "COMPLETE", "COMPLETE", "COMPLETE", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS",
                        "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "COMPLETE", "COMPLETE"))
                .body("items.find { it.number == 24 }.itemPriorities[0].item", equalTo("B"))
                .body("items.find { it.number == 21 }.itemPriorities[0].priority", equalTo("P2"))
                .body("items.find { it.number == 31 }.notes", equalTo("See implementation documentation."))
                .body("items.find { it.number == 30 }.notes", nullValue());
    }

    @Test
    void shouldFilterByStatusPriorityIncludingItemsAndText() {
        given().queryParam("status", "COMPLETE").when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200).body("items.number", contains(16, 17, 18, 30, 31));
        given().queryParam("status", "NOT_STARTED,COMPLETE").queryParam("sort", "-number").when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200).body("items.number", contains(31, 30, 18, 17, 16, 6));
        given().queryParam("sort", "-status").queryParam("size", 6).when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200).body("items.number", contains(16, 17, 18, 30, 31, 1));
        given().queryParam("sort", "status").queryParam("size", 2).queryParam("page", 0).when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200).body("items.number", contains(6, 1)).body("total", equalTo(17));
        given().queryParam("priority", "P1").when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200).body("items.number", contains(1, 8, 11, 13));
        given().queryParam("priority", "P2").when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200).body("items.number", contains(6, 13, 20, 21, 22, 23, 24, 26));
        given().queryParam("priority", "NONE").when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200).body("items.number", contains(16, 17, 18, 30, 31));
        given().queryParam("q", "GLOBAL south").when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200).body("items.number", contains(30));
        given().queryParam("q", "100%_").when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "implementation documentation").queryParam("priority", "NONE")
                .when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200).body("items.number", contains(16, 17, 18, 31));
    }

    @Test
    void shouldGiveStatusesAsOfADay() {
        given().queryParam("asOf", "2022-09-30").queryParam("status", "IN_PROGRESS")
                .when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200).body("items.number", contains(1, 7, 8, 11, 13));
        given().queryParam("asOf", "2023-06-30").queryParam("status", "NOT_STARTED")
                .when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("asOf", "2021-01-01").queryParam("size", 1)
                .when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200).body("items[0].status", equalTo("NOT_STARTED")).body("items[0].statusSince", nullValue());
    }

    @Test
    void shouldRefuseBadFiltersWithProblemNamingTheParameter() {
        given().queryParam("status", "DONE").when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("status"));
        given().queryParam("priority", "P5").when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(400).body("violations[0].field", equalTo("priority"));
        given().queryParam("asOf", "2023-02-30").when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(400).body("violations[0].field", equalTo("asOf"));
        given().queryParam("asOf", "yesterday").when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(400).body("violations[0].field", equalTo("asOf"));
        given().queryParam("sort", "colour").when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(400).body("violations[0].field", equalTo("sort"));
        given().when().get("/api/reviews/NOPE/recommendations")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/recommendations/987654321")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseDuplicateNumberAndContradictoryPriorities() {
        String review = Fixtures.createReview("DUPN");
        Fixtures.createRecommendation(review, 1, "P1");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"number\": 1, \"description\": \"again\"}")
                .when().post("/api/reviews/" + review + "/recommendations")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"number\": 2, \"description\": \"d\", \"priority\": \"P1\", \"itemPriorities\": [{\"item\": \"a\", \"priority\": \"P2\"}]}")
                .when().post("/api/reviews/" + review + "/recommendations")
                .then().statusCode(400).body("violations[0].field", equalTo("itemPriorities"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"number\": 2, \"description\": \"d\", \"itemPriorities\": [{\"item\": \"a\", \"priority\": \"P2\"}, {\"item\": \"a\", \"priority\": \"P2\"}]}")
                .when().post("/api/reviews/" + review + "/recommendations")
                .then().statusCode(400).body("violations[0].field", equalTo("itemPriorities"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"number\": 2, \"description\": \"d\", \"priority\": \"P9\"}")
                .when().post("/api/reviews/" + review + "/recommendations")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("priority"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"number\": \"two\", \"description\": \"d\"}")
                .when().post("/api/reviews/" + review + "/recommendations")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"number\": 0, \"description\": \" \"}")
                .when().post("/api/reviews/" + review + "/recommendations")
                .then().statusCode(400).body("violations.field", hasItem(endsWith("number")))
                .body("violations.field", hasItem(endsWith("description")));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"number\": 2, \"description\": \"d\", \"itemPriorities\": [{\"item\": \"\", \"priority\": null}]}")
                .when().post("/api/reviews/" + review + "/recommendations")
                .then().statusCode(400);

        given().when().get("/api/reviews/" + review + "/recommendations")
                .then().statusCode(200).body("items.number", contains(1));
    }

    @Test
    void shouldUpdateWithIfMatchAndKeepStatusOutOfIt() {
        String review = Fixtures.createReview("UPDR");
        long id = Fixtures.createRecommendation(review, 3, "P3");
        Fixtures.createRecommendation(review, 4, null);
        String changed = "{\"id\": 1, \"status\": \"COMPLETE\", \"number\": 5, \"description\": \"Changed\","
                + " \"notes\": \"See implementation documentation.\", \"itemPriorities\": [{\"item\": \"B\", \"priority\": \"P2\"}]}";

        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(changed)
                .when().put("/api/recommendations/" + id)
                .then().statusCode(428);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed)
                .when().put("/api/recommendations/" + id)
                .then().statusCode(412).header("ETag", equalTo("\"0\""));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(changed.replace("\"number\": 5", "\"number\": 4"))
                .when().put("/api/recommendations/" + id)
                .then().statusCode(409);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put("/api/recommendations/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("number", equalTo(5))
                .body("priority", nullValue())
                .body("itemPriorities", hasSize(1))
                .body("status", equalTo("NOT_STARTED"));
    }

    @Test
    void shouldRefuseAnonymousAndNonEditorWrites() {
        String review = Fixtures.createReview("ANR");
        long id = Fixtures.createRecommendation(review, 1, "P1");
        String body = "{\"number\": 2, \"description\": \"d\"}";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/reviews/" + review + "/recommendations").then().statusCode(401);
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON).body(body)
                .when().post("/api/reviews/" + review + "/recommendations").then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/recommendations/" + id).then().statusCode(401);
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/recommendations/" + id).then().statusCode(403);

        given().when().get("/api/reviews/" + review + "/recommendations")
                .then().statusCode(200).body("items.number", contains(1));
    }
}
