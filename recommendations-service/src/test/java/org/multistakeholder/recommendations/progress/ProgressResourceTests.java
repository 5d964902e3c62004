package org.multistakeholder.recommendations.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.recommendations.DemoData;
import org.multistakeholder.recommendations.Fixtures;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class ProgressResourceTests {

    @Inject
    DemoData demoData;

    private static void assertSeedTable(ValidatableResponse response) {
        // The seed's "Progress by Quarter": APR 2022, JUN 2022, SEPT 2022, DEC 2022, MAR 2023, JUNE 2023.
        response.body("reviewCode", equalTo("CCT"))
                .body("periods.period", contains("2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2"))
                .body("periods.endsOn", contains("2022-03-31", "2022-06-30", "2022-09-30", "2022-12-31", "2023-03-31", "2023-06-30"))
                .body("periods.counts.COMPLETE", contains(3, 3, 3, 4, 5, 5))
                .body("periods.counts.IN_PROGRESS", contains(4, 4, 5, 11, 12, 12))
                .body("periods.counts.NOT_STARTED", contains(10, 10, 9, 2, 0, 0))
                .body("periods.counts.ON_HOLD", contains(0, 0, 0, 0, 0, 0))
                .body("periods.counts.DEFERRED", contains(0, 0, 0, 0, 0, 0))
                .body("periods.counts.REJECTED", contains(0, 0, 0, 0, 0, 0))
                .body("periods.total", contains(17, 17, 17, 17, 17, 17));
    }

    @Test
    void shouldReproduceTheSeedsProgressTableFromTheDemoHistory() {
        assertSeedTable(given().queryParam("from", "2022-Q1").queryParam("to", "2023-Q2")
                .when().get("/api/reviews/CCT/progress").then().statusCode(200));
    }

    @Test
    void shouldLoadTheDemoDataTwiceWithoutChangingIt() {
        demoData.load();
        assertSeedTable(given().queryParam("from", "2022-Q1").queryParam("to", "2023-Q2")
                .when().get("/api/reviews/CCT/progress").then().statusCode(200));
        given().when().get("/api/reviews/CCT/recommendations").then().statusCode(200).body("total", equalTo(17));
        given().queryParam("review", "CCT").when().get("/api/quarterly-reports").then().statusCode(200).body("total", equalTo(6));
    }

    @Test
    void shouldCountASingleDayAndTodayAsTheSeedsStatusTable() {
        given().queryParam("asOf", "2022-05-15").when().get("/api/reviews/CCT/progress")
                .then().statusCode(200)
                .body("periods.period", contains("2022-05-15"))
                .body("periods[0].counts.COMPLETE", equalTo(3))
                .body("periods[0].counts.IN_PROGRESS", equalTo(4))
                .body("periods[0].counts.NOT_STARTED", equalTo(10));
        given().queryParam("asOf", "2030-01-01").when().get("/api/reviews/CCT/progress")
                .then().statusCode(200)
                .body("periods[0].counts.COMPLETE", equalTo(5))
                .body("periods[0].counts.IN_PROGRESS", equalTo(11))
                .body("periods[0].counts.NOT_STARTED", equalTo(1));
    }

    @Test
    void shouldAnswerCsv() {
        String csv = given().accept("text/csv").queryParam("from", "2022-Q3").queryParam("to", "2022-Q4")
                .when().get("/api/reviews/CCT/progress")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals("""
                period,endsOn,NOT_STARTED,IN_PROGRESS,ON_HOLD,DEFERRED,COMPLETE,REJECTED,total
                2022-Q3,2022-09-30,9,5,0,0,3,0,17
                2022-Q4,2022-12-31,2,11,0,0,4,0,17
                """, csv);
        given().accept("text/csv").queryParam("from", "2022-Q3").queryParam("to", "2022-Q9")
                .when().get("/api/reviews/CCT/progress")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldMoveAnEarlierQuarterWhenAChangeIsRecordedLate() {
        String review = Fixtures.createReview("LATE");
        long first = Fixtures.createRecommendation(review, 1, null);
        long second = Fixtures.createRecommendation(review, 2, null);
        Fixtures.recordChange(first, "IN_PROGRESS", "2022-02-01");
        Fixtures.recordChange(second, "IN_PROGRESS", "2022-11-01");
        given().queryParam("from", "2022-Q1").queryParam("to", "2022-Q4").when().get("/api/reviews/" + review + "/progress")
                .then().statusCode(200)
                .body("periods.counts.IN_PROGRESS", contains(1, 1, 1, 2))
                .body("periods.counts.COMPLETE", contains(0, 0, 0, 0));

        // Learned later: the first was complete in May, and the second was on hold in the summer.
        Fixtures.recordChange(first, "COMPLETE", "2022-05-20");
        Fixtures.recordChange(second, "ON_HOLD", "2022-07-01");
        given().queryParam("from", "2022-Q1").queryParam("to", "2022-Q4").when().get("/api/reviews/" + review + "/progress")
                .then().statusCode(200)
                .body("periods.counts.NOT_STARTED", contains(1, 1, 0, 0))
                .body("periods.counts.IN_PROGRESS", contains(1, 0, 0, 1))
                .body("periods.counts.ON_HOLD", contains(0, 0, 1, 0))
                .body("periods.counts.COMPLETE", contains(0, 1, 1, 1));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "2022-Q5, 2023-Q2, null, from",
            "garbage, 2023-Q2, null, from",
            "2022-Q1, 2023-q2, null, to",
            "2023-Q2, 2022-Q1, null, to",
            "2000-Q1, 2010-Q1, null, to",
            "2022-Q1, 2023-Q2, 2023-01-01, asOf",
            "null, null, 2023-02-29, asOf",
            "null, null, null, from",
            "2022-Q1, null, null, to",
            "null, 2022-Q1, null, from" })
    void shouldRefuseInvalidPeriodsNamingTheParameter(String from, String to, String asOf, String field) {
        var request = given();
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        request.when().get("/api/reviews/CCT/progress")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }

    @Test
    void shouldAcceptFortyQuartersAndAnswer404ForUnknownReview() {
        given().queryParam("from", "2000-Q1").queryParam("to", "2009-Q4").when().get("/api/reviews/CCT/progress")
                .then().statusCode(200).body("periods.size()", equalTo(40));
        given().queryParam("from", "2022-Q1").queryParam("to", "2022-Q2").when().get("/api/reviews/NOPE/progress")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
