package org.multistakeholder.recommendations.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.recommendations.Fixtures;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class QuarterlyReportResourceTests {

    private static String report(String review, String period, String status, String url) {
        return "{\"reviewCode\": \"" + review + "\", \"period\": \"" + period + "\", \"publicationStatus\": \"" + status + "\""
                + ", \"documentUrl\": " + (url == null ? "null" : "\"" + url + "\"") + "}";
    }

    @Test
    void shouldListTheDemoReportsLatestFirstAndFilterByYear() {
        given().queryParam("review", "CCT").when().get("/api/quarterly-reports")
                .then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.period", contains("2024-Q1", "2023-Q4", "2023-Q3", "2023-Q2", "2023-Q1", "2022-Q4"))
                .body("items[0].publicationStatus", equalTo("IN_PRODUCTION"))
                .body("items[0].documentUrl", nullValue())
                .body("items[1].documentUrl",
                        equalTo("https://www.icann.org/en/system/files/files/specific-reviews-q4-2023-report-31dec23-en.pdf"));
        given().queryParam("review", "CCT").queryParam("year", 2023).queryParam("sort", "period")
                .when().get("/api/quarterly-reports")
                .then().statusCode(200).body("items.period", contains("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"));
        given().queryParam("year", "twenty").when().get("/api/quarterly-reports")
                .then().statusCode(400).body("violations[0].field", equalTo("year"));
    }

    @Test
    void shouldRecordAReportInProductionThenPublishIt() {
        String review = Fixtures.createReview("QR");
        String location = given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(report(review, "2024-Q2", "IN_PRODUCTION", null))
                .when().post("/api/quarterly-reports")
                .then().statusCode(201).header("Location", containsString("/api/quarterly-reports/"))
                .body("periodEndsOn", equalTo("2024-06-30"))
                .extract().header("Location");

        String published = "{\"reviewCode\": \"" + review + "\", \"period\": \"2024-Q2\", \"publicationStatus\": \"PUBLISHED\","
                + " \"documentUrl\": \"https://example.org/q2-2024.pdf\", \"publishedOn\": \"2024-08-01\"}";
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(published)
                .when().put(location).then().statusCode(428);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(published)
                .when().put(location).then().statusCode(412);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(published)
                .when().put(location).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("publicationStatus", equalTo("PUBLISHED")).body("publishedOn", equalTo("2024-08-01"));
        given().when().get(location).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("documentUrl", equalTo("https://example.org/q2-2024.pdf"));
    }

    @Test
    void shouldRefuseInconsistentOrDuplicateReports() {
        String review = Fixtures.createReview("QRB");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(report(review, "2024-Q1", "IN_PRODUCTION", "https://example.org/x.pdf"))
                .when().post("/api/quarterly-reports")
                .then().statusCode(400).body("violations[0].field", equalTo("documentUrl"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(report(review, "2024-Q1", "PUBLISHED", null))
                .when().post("/api/quarterly-reports")
                .then().statusCode(400).body("violations[0].field", equalTo("documentUrl"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(report(review, "2024-Q5", "IN_PRODUCTION", null))
                .when().post("/api/quarterly-reports")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(report("NOPE", "2024-Q1", "IN_PRODUCTION", null))
                .when().post("/api/quarterly-reports")
                .then().statusCode(400).body("violations[0].field", equalTo("reviewCode"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(report(review, "2024-Q1", "DRAFT", null))
                .when().post("/api/quarterly-reports")
                .then().statusCode(400).body("field", equalTo("publicationStatus"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(report(review, "2024-Q1", "IN_PRODUCTION", null))
                .when().post("/api/quarterly-reports").then().statusCode(201);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(report(review, "2024-Q1", "PUBLISHED", "https://example.org/x.pdf"))
                .when().post("/api/quarterly-reports").then().statusCode(409);

        given().queryParam("review", review).when().get("/api/quarterly-reports")
                .then().statusCode(200).body("total", equalTo(1));
        given().when().get("/api/quarterly-reports/987654321").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldTakeBackTheReportAsRead() {
        String review = Fixtures.createReview("QRR");
        String location = given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(report(review, "2024-Q3", "IN_PRODUCTION", null))
                .when().post("/api/quarterly-reports").then().statusCode(201).extract().header("Location");
        String read = given().when().get(location).then().statusCode(200).extract().asString();
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(read)
                .when().put(location).then().statusCode(200).body("periodEndsOn", equalTo("2024-09-30"));
    }

    @Test
    void shouldRefuseAnonymousAndNonEditorWrites() {
        given().contentType(ContentType.JSON).body(report("CCT", "2021-Q1", "IN_PRODUCTION", null))
                .when().post("/api/quarterly-reports").then().statusCode(401);
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON)
                .body(report("CCT", "2021-Q1", "IN_PRODUCTION", null))
                .when().post("/api/quarterly-reports").then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(report("CCT", "2024-Q1", "IN_PRODUCTION", null))
                .when().put("/api/quarterly-reports/1").then().statusCode(401);
        given().queryParam("review", "CCT").queryParam("year", 2021).when().get("/api/quarterly-reports")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
