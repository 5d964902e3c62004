package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SeedSignatories;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** What a new user sees right after deploy/local/up: the seed documents, through the gateway. */
class DemoDataIT extends ThroughTheGateway {

    @Test
    void shouldListTheCoalitionsSignatoriesAsOfTheSeedsDateInItsOrder() {
        JsonPath signatories = given().queryParam("asOf", "2024-06-11").queryParam("size", 100)
                .when().get("/api/statements/2/signatories")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(16, signatories.getInt("total"));
        assertEquals(SeedSignatories.NAMES, signatories.getList("items.name"));
        assertTrue(signatories.getList("items.endorsedOn").stream().allMatch("2024-06-11"::equals));

        given().queryParam("asOf", "2024-06-10").when().get("/api/statements/2/signatories")
                .then().statusCode(200).body("total", equalTo(0));

        String csv = given().accept("text/csv").queryParam("asOf", "2024-06-11")
                .when().get("/api/statements/2/signatories")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        for (String name : SeedSignatories.NAMES) {
            assertTrue(csv.contains(name.contains(",") ? "\"" + name + "\"" : name), name + " missing from the CSV");
        }
    }

    @Test
    void shouldShowTheThreeSeedStatementsToAnyone() {
        // The seed's draft was sent out for comment: it is public, OPEN_FOR_COMMENT with its period closed.
        List<String> statuses = List.of("PUBLISHED", "OPEN_FOR_SIGNATURE", "OPEN_FOR_COMMENT");
        for (int statement = 1; statement <= 3; statement++) {
            given().when().get("/api/statements/" + statement).then().statusCode(200)
                    .body("status", equalTo(statuses.get(statement - 1)));
        }
        given().when().get("/api/statements/3").then().body("commentPeriod.state", equalTo("CLOSED"));
        given().queryParam("sort", "id").queryParam("size", 3).when().get("/api/statements")
                .then().statusCode(200).body("items.id", equalTo(List.of(1, 2, 3)));
    }

    @Test
    void shouldHoldTheDraftWithItsClausesDraftingGroupAndClosedCommentPeriod() {
        given().queryParam("size", 100).when().get("/api/statements/3/clauses")
                .then().statusCode(200).body("total", equalTo(15));

        JsonPath group = given().queryParam("size", 100).when().get("/api/statements/3/drafting-group")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(13, group.getInt("total"));
        assertTrue(group.getList("items.email").stream().allMatch(java.util.Objects::isNull),
                "anonymous callers must not see drafting-group emails");

        given().contentType(ContentType.JSON)
                .body(Map.of("authorName", "Late Commenter", "text", "Too late for Mar del Plata?"))
                .when().post("/api/statements/3/comments")
                .then().statusCode(409).contentType("application/problem+json")
                .body("closesAt", notNullValue());
    }

    @Test
    void shouldAnswerTheLetterThreadFromEitherLetter() {
        for (int letter : new int[] { 1, 2 }) {
            JsonPath thread = given().when().get("/api/correspondence/" + letter + "/thread")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(1, 2), thread.getList("items.id"));
            assertEquals(List.of("2024-07-15", "2024-07-25"), thread.getList("items.sentOn"));
        }
        given().when().get("/api/correspondence/2")
                .then().statusCode(200).body("actionItemGroups.size()", equalTo(4));
    }

    @Test
    void shouldReproduceTheSeedsProgressByQuarterTable() {
        JsonPath progress = given().queryParam("from", "2022-Q1").queryParam("to", "2023-Q2")
                .when().get("/api/reviews/CCT/progress")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(List.of("2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2"),
                progress.getList("periods.period"));
        assertEquals(List.of(3, 3, 3, 4, 5, 5), progress.getList("periods.counts.COMPLETE"));
        assertEquals(List.of(4, 4, 5, 11, 12, 12), progress.getList("periods.counts.IN_PROGRESS"));
        assertEquals(List.of(10, 10, 9, 2, 0, 0), progress.getList("periods.counts.NOT_STARTED"));
    }

    @Test
    void shouldShowTodaysStatusesOfTheSeedsTable() {
        JsonPath recommendations = given().queryParam("size", 100)
                .when().get("/api/reviews/CCT/recommendations")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(List.of(1, 6, 7, 8, 11, 13, 16, 17, 18, 20, 21, 22, 23, 24, 26, 30, 31),
                recommendations.getList("items.number"));
        Map<Object, Long> byStatus = new java.util.TreeMap<>();
        recommendations.getList("items.status").forEach(status -> byStatus.merge(status, 1L, Long::sum));
        assertEquals(Map.of("COMPLETE", 5L, "IN_PROGRESS", 11L, "NOT_STARTED", 1L), byStatus);
    }
}
