package org.multistakeholder.recommendations.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.recommendations.Fixtures;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class ReviewResourceTests {

    private static String body(String code, String name) {
        return """
                {"code": "%s", "name": "%s", "description": "What it reviewed",
                 "links": [{"title": "Final report", "url": "https://example.org/final-report.pdf"}],
                 "newsItems": [{"title": "Q1 2024 Quarterly Report", "url": null, "publishedOn": "2024-03-31"}]}"""
                .formatted(code, name);
    }

    @Test
    void shouldListInPageEnvelope() {
        given().queryParam("page", 0).queryParam("size", 10)
                .when().get("/api/reviews")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(10))
                .body("total", notNullValue())
                .body("items.code", hasItem("CCT"));
    }

    @Test
    void shouldRefuseBadPagingWithProblem() {
        given().queryParam("page", -1).when().get("/api/reviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("page"));
        given().queryParam("sort", "colour").when().get("/api/reviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not sortable"));
    }

    @Test
    void shouldCreateReviewWithLinksAndNewsAndReadItByCode() {
        String code = Fixtures.uniqueCode("NEW");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(body(code, "A review"))
                .when().post("/api/reviews")
                .then().statusCode(201)
                .header("Location", endsWith("/api/reviews/" + code))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code));

        given().when().get("/api/reviews/" + code)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("A review"))
                .body("links[0].url", equalTo("https://example.org/final-report.pdf"))
                .body("newsItems[0].title", equalTo("Q1 2024 Quarterly Report"))
                .body("newsItems[0].url", nullValue())
                .body("newsItems[0].publishedOn", equalTo("2024-03-31"));
    }

    @Test
    void shouldReadTheDemoReview() {
        given().when().get("/api/reviews/CCT")
                .then().statusCode(200)
                .body("name", equalTo("Competition, Consumer Trust, and Consumer Choice Review"))
                .body("newsItems", hasSize(2));
    }

    @Test
    void shouldAnswer404ProblemForUnknownCode() {
        given().when().get("/api/reviews/NOPE")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("NOPE"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body("NOPE", "x")).when().put("/api/reviews/NOPE")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseDuplicateCodeWith409() {
        String code = Fixtures.createReview("DUP");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(body(code, "Again"))
                .when().post("/api/reviews")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldUpdateWithIfMatchAndRefuseStaleOrMissingTag() {
        String code = Fixtures.createReview("UPD");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(body(code, "Renamed"))
                .when().put("/api/reviews/" + code)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(code, "Renamed"))
                .when().put("/api/reviews/" + code)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Renamed"))
                .body("links", hasSize(1));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(code, "Stale"))
                .when().put("/api/reviews/" + code)
                .then().statusCode(412).contentType("application/problem+json");

        given().when().get("/api/reviews/" + code).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("name", equalTo("Renamed"));
    }

    @Test
    void shouldAcceptReadOnlyFieldsSentBackButNotRenameTheCode() {
        String code = Fixtures.createReview("RO");
        String read = given().when().get("/api/reviews/" + code).then().statusCode(200).extract().asString();
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(read.replace("\"code\":\"" + code + "\"", "\"code\":\"OTHER\""))
                .when().put("/api/reviews/" + code)
                .then().statusCode(200).body("code", equalTo(code));
        given().when().get("/api/reviews/OTHER").then().statusCode(404);
    }

    @Test
    void shouldRefuseInvalidBodiesAndWriteNothing() {
        String code = Fixtures.uniqueCode("BAD");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body("{\"code\": \"" + code + "\",")
                .when().post("/api/reviews")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"name\": \"n\", \"colour\": \"red\"}")
                .when().post("/api/reviews")
                .then().statusCode(400).body("detail", containsString("colour"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\"}")
                .when().post("/api/reviews")
                .then().statusCode(400).body("violations.field", hasItem(endsWith("name")));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\": \"lower case\", \"name\": \"n\"}")
                .when().post("/api/reviews")
                .then().statusCode(400).body("violations.field", hasItem(endsWith("code")));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\": \"n\"}")
                .when().post("/api/reviews")
                .then().statusCode(400).body("violations[0].field", equalTo("code"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"name\": \"n\", \"links\": [{\"title\": \"t\", \"url\": \"javascript:alert(1)\"}]}")
                .when().post("/api/reviews")
                .then().statusCode(400).body("violations.field", hasItem(containsString("url")));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"name\": \"n\", \"newsItems\": [{\"title\": \"t\", \"publishedOn\": \"2024-02-30\"}]}")
                .when().post("/api/reviews")
                .then().statusCode(400).contentType("application/problem+json");

        given().when().get("/api/reviews/" + code).then().statusCode(404);
    }

    @Test
    void shouldRefuseAnonymousAndNonEditorWrites() {
        String code = Fixtures.uniqueCode("ANON");
        given().contentType(ContentType.JSON).body(body(code, "x"))
                .when().post("/api/reviews")
                .then().statusCode(401);
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON).body(body(code, "x"))
                .when().post("/api/reviews")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body("CCT", "x"))
                .when().put("/api/reviews/CCT")
                .then().statusCode(401);
        given().when().get("/api/reviews/" + code).then().statusCode(404);
        given().when().get("/api/reviews/CCT").then().statusCode(200)
                .body("name", equalTo("Competition, Consumer Trust, and Consumer Choice Review"));
    }
}
