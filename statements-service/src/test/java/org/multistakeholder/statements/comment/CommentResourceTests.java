package org.multistakeholder.statements.comment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.PageWalk;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.statements.web.CurrentTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class CommentResourceTests {

    private static final Instant OPENS = Instant.parse("2030-01-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2030-03-01T00:00:00Z");

    /** The service's clock, set by each test to where in the comment period it wants to stand. */
    static class StoppedClock extends CurrentTime {
        volatile Instant instant = OPENS.plusSeconds(3600);

        @Override
        public Instant now() {
            return instant;
        }
    }

    private final StoppedClock clock = new StoppedClock();

    @BeforeEach
    void stopTheClock() {
        QuarkusMock.installMockForType(clock, CurrentTime.class);
    }

    @Test
    void shouldTakeCommentsWhileOpenAndKeepEmailsFromThePublic() {
        String statement = draftOpenForComment();
        String comment = given().contentType(ContentType.JSON)
                .body(Map.of("authorName", "Jane Doe", "affiliation", "Example Registry", "email", "jane@example.org",
                        "clauseNumber", 2, "text", "Clause 2 should say more."))
                .when().post(statement + "/comments")
                .then().statusCode(201)
                .header("Location", containsString(statement.substring(statement.indexOf("/api/")) + "/comments/"))
                .body("versionNumber", equalTo(1))
                .body("clauseNumber", equalTo(2))
                .body("postedAt", equalTo(clock.instant.toString()))
                .body("$", not(hasKey("email")))
                .extract().header("Location");

        given().when().get(statement + "/comments").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].authorName", equalTo("Jane Doe"))
                .body("items[0].affiliation", equalTo("Example Registry"))
                .body("items[0]", not(hasKey("email")))
                .body(not(containsString("jane@example.org")));
        given().when().get(comment).then().statusCode(200).body(not(containsString("jane@example.org")));
        given().auth().oauth2(SignedTokens.withoutRoles()).when().get(statement + "/comments").then().statusCode(200)
                .body(not(containsString("jane@example.org")));
        given().auth().oauth2(SignedTokens.admin()).when().get(statement + "/comments").then().statusCode(200)
                .body("items[0].email", equalTo("jane@example.org"))
                .body("items[0].hidden", equalTo(false));
    }

    @Test
    void shouldRefuseCommentOneSecondAfterPeriodCloses() {
        String statement = draftOpenForComment();
        clock.instant = CLOSES.minusSeconds(1);
        postComment(statement, "Just in time").then().statusCode(201);

        clock.instant = CLOSES.plusSeconds(1);
        postComment(statement, "Too late")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("closed at " + CLOSES))
                .body("opensAt", equalTo(OPENS.toString()))
                .body("closesAt", equalTo(CLOSES.toString()));
        clock.instant = CLOSES;
        postComment(statement, "Exactly at closing").then().statusCode(409);

        given().when().get(statement + "/comments").then().body("total", equalTo(1)).body("items[0].text", equalTo("Just in time"));
    }

    @Test
    void shouldRefuseCommentBeforePeriodOpensSayingWhenItWill() {
        String statement = draftOpenForComment();
        clock.instant = OPENS.minusSeconds(1);
        postComment(statement, "Too early")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("will be taken from " + OPENS))
                .body("opensAt", equalTo(OPENS.toString()))
                .body("closesAt", equalTo(CLOSES.toString()));
        clock.instant = OPENS;
        postComment(statement, "First").then().statusCode(201);
    }

    @Test
    void shouldRefuseCommentsOnStatementsNotOpenForComment() {
        String withoutPeriod = given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "SUMMIT", "title", "No period", "issuingBody", "b"))
                .post("/api/statements").then().statusCode(201).extract().header("Location");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "PUBLISHED")).when().put(withoutPeriod + "/status").then().statusCode(200);
        postComment(withoutPeriod, "Hello").then().statusCode(409).body("detail", containsString("no comment period"));

        // A draft nobody but editors has seen is, to a commenter, a statement that does not exist.
        String draft = draft();
        postComment(draft, "Hello").then().statusCode(404).contentType("application/problem+json");
        postComment("/api/statements/987654321", "Hello").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).when().get(draft + "/comments").then().body("total", equalTo(0));

        // Back in DRAFT after comments were invited, it is public, and takes no comments until it goes out again.
        String revised = draftOpenForComment();
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("status", "DRAFT")).when().put(revised + "/status").then().statusCode(200);
        postComment(revised, "Hello").then().statusCode(409).body("detail", containsString("DRAFT"));
        given().when().get(revised + "/comments").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRefuseInvalidCommentsAndWriteNothing() {
        String statement = draftOpenForComment();
        given().contentType(ContentType.JSON).body(Map.of("text", "No name"))
                .when().post(statement + "/comments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItem(containsString("authorName")));
        given().contentType(ContentType.JSON).body(Map.of("authorName", "A", "text", "t", "email", "not-an-address"))
                .when().post(statement + "/comments")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem(containsString("email")));
        given().contentType(ContentType.JSON).body(Map.of("authorName", "A", "text", "t", "clauseNumber", 99))
                .when().post(statement + "/comments")
                .then().statusCode(400).body("violations[0].field", equalTo("clauseNumber"));
        given().contentType(ContentType.JSON).body(Map.of("authorName", "A", "text", "t", "clauseNumber", "two"))
                .when().post(statement + "/comments")
                .then().statusCode(400).body("field", equalTo("clauseNumber"));
        given().contentType(ContentType.JSON).body("{\"authorName\": \"A\", \"text\": ")
                .when().post(statement + "/comments")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("authorName", "A", "text", "t", "rating", 5))
                .when().post(statement + "/comments")
                .then().statusCode(400).body("detail", containsString("rating"));
        given().queryParam("clause", "x").when().get(statement + "/comments")
                .then().statusCode(400).body("violations[0].field", equalTo("clause"));
        given().when().get(statement + "/comments").then().body("total", equalTo(0));
    }

    @Test
    void shouldRecordTheVersionAndClauseACommentWasMadeOn() {
        String statement = draftOpenForComment();
        postComment(statement, Map.of("authorName", "A", "text", "On the first text", "clauseNumber", 1)).then().statusCode(201);

        Map<String, Object> edited = new HashMap<>(given().get(statement).then().extract().jsonPath().getMap(""));
        edited.put("clauses", List.of(Map.of("number", 1, "text", "New first clause"), Map.of("number", 2, "text", "Second"),
                Map.of("number", 3, "text", "A third clause")));
        String tag = given().get(statement).then().extract().header("ETag");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", tag).body(edited)
                .when().put(statement).then().statusCode(200).body("currentVersion", equalTo(2));

        postComment(statement, Map.of("authorName", "B", "text", "On the new clause", "clauseNumber", 3)).then().statusCode(201)
                .body("versionNumber", equalTo(2));
        given().queryParam("version", 1).when().get(statement + "/comments")
                .then().body("total", equalTo(1)).body("items[0].clauseNumber", equalTo(1));
        given().queryParam("clause", 3).when().get(statement + "/comments")
                .then().body("total", equalTo(1)).body("items[0].versionNumber", equalTo(2));
    }

    @Test
    void shouldHideModeratedCommentsFromThePublic() {
        String statement = draftOpenForComment();
        String spam = postComment(statement, "Buy cheap domains").then().statusCode(201).extract().header("Location");
        postComment(statement, "A real comment").then().statusCode(201);

        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("hidden", true))
                .when().put(spam + "/moderation")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("hidden", true, "reason", "Spam"))
                .when().put(spam + "/moderation").then().statusCode(401);
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("hidden", true, "reason", "Spam"))
                .when().put(spam + "/moderation").then().statusCode(403);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(Map.of("hidden", true, "reason", "Spam"))
                .when().put(spam + "/moderation").then().statusCode(428);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body(Map.of("hidden", true, "reason", "Spam"))
                .when().put(spam + "/moderation").then().statusCode(412);
        given().when().get(statement + "/comments").then().body("total", equalTo(2));

        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("hidden", true, "reason", "Advertising unrelated to the statement"))
                .when().put(spam + "/moderation")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("hidden", equalTo(true))
                .body("hiddenReason", equalTo("Advertising unrelated to the statement"));

        given().when().get(statement + "/comments").then().body("total", equalTo(1)).body("items.text", contains("A real comment"));
        given().when().get(spam).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("includeHidden", true).when().get(statement + "/comments").then().statusCode(401);
        given().auth().oauth2(SignedTokens.withoutRoles()).queryParam("includeHidden", true).when().get(statement + "/comments")
                .then().statusCode(403);
        given().queryParam("includeHidden", "maybe").when().get(statement + "/comments")
                .then().statusCode(400).body("violations[0].field", equalTo("includeHidden"));
        given().auth().oauth2(SignedTokens.admin()).queryParam("includeHidden", true).when().get(statement + "/comments")
                .then().body("total", equalTo(2));
        given().auth().oauth2(SignedTokens.admin()).when().get(spam).then().statusCode(200).body("hidden", equalTo(true));

        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("hidden", false))
                .when().put(spam + "/moderation")
                .then().statusCode(200).body("hidden", equalTo(false)).body("hiddenReason", nullValue());
        given().when().get(statement + "/comments").then().body("total", equalTo(2));
    }

    @Test
    void shouldTotalWhatEachReaderIsShownAsCommentsArePostedHiddenAndShownAgain() {
        String statement = draftOpenForComment();
        String first = postComment(statement, onClause(1)).then().statusCode(201).extract().header("Location");
        postComment(statement, onClause(1)).then().statusCode(201);
        postComment(statement, onClause(1)).then().statusCode(201);
        postComment(statement, onClause(2)).then().statusCode(201);
        postComment(statement, onClause(2)).then().statusCode(201);
        postComment(statement, "On the whole text").then().statusCode(201);
        assertTotal(statement, null, Map.of(), 6);
        assertTotal(statement, null, Map.of("clause", 1), 3);
        assertTotal(statement, null, Map.of("clause", 2), 2);
        assertTotal(statement, null, Map.of("version", 1), 6);
        assertTotal(statement, null, Map.of("version", 2), 0);

        Map<String, Object> edited = new HashMap<>(given().get(statement).then().extract().jsonPath().getMap(""));
        edited.put("clauses", List.of(Map.of("number", 1, "text", "New first clause"), Map.of("number", 2, "text", "Second"),
                Map.of("number", 3, "text", "A third clause")));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", given().get(statement).then().extract().header("ETag")).body(edited)
                .when().put(statement).then().statusCode(200).body("currentVersion", equalTo(2));
        postComment(statement, onClause(1)).then().statusCode(201).body("versionNumber", equalTo(2));
        postComment(statement, onClause(1)).then().statusCode(201);
        postComment(statement, onClause(3)).then().statusCode(201);
        assertTotal(statement, null, Map.of(), 9);
        assertTotal(statement, null, Map.of("version", 1), 6);
        assertTotal(statement, null, Map.of("version", 2), 3);
        assertTotal(statement, null, Map.of("clause", 1), 5);
        assertTotal(statement, null, Map.of("clause", 1, "version", 2), 2);
        assertTotal(statement, null, Map.of("clause", 3, "version", 1), 0);
        given().queryParam("size", 2).when().get(statement + "/comments").then().body("total", equalTo(9)).body("items.size()", equalTo(2));

        moderate(first, "\"0\"", Map.of("hidden", true, "reason", "Off topic"));
        assertTotal(statement, null, Map.of(), 8);
        assertTotal(statement, null, Map.of("clause", 1), 4);
        assertTotal(statement, null, Map.of("version", 1), 5);
        assertTotal(statement, null, Map.of("clause", 1, "version", 1), 2);
        assertTotal(statement, SignedTokens.admin(), Map.of(), 8);
        assertTotal(statement, SignedTokens.admin(), Map.of("includeHidden", true), 9);
        assertTotal(statement, SignedTokens.admin(), Map.of("includeHidden", true, "clause", 1), 5);
        assertTotal(statement, SignedTokens.admin(), Map.of("includeHidden", true, "clause", 1, "version", 1), 3);
        assertTotal(statement, SignedTokens.admin(), Map.of("includeHidden", true, "version", 2), 3);

        moderate(first, "\"1\"", Map.of("hidden", true, "reason", "Off topic, and advertising"));
        assertTotal(statement, null, Map.of(), 8);
        assertTotal(statement, SignedTokens.admin(), Map.of("includeHidden", true), 9);

        moderate(first, "\"2\"", Map.of("hidden", false));
        assertTotal(statement, null, Map.of(), 9);
        assertTotal(statement, null, Map.of("clause", 1, "version", 1), 3);
        assertTotal(statement, SignedTokens.admin(), Map.of("includeHidden", true), 9);
    }

    @Test
    void shouldShowEveryCommentOnceWhenFollowingNextThroughTiesAndHiddenOnes() {
        String statement = draftOpenForComment();
        // Posted at three instants, several at each, so the walk goes through ties broken by id.
        for (int i = 0; i < 8; i++) {
            clock.instant = OPENS.plusSeconds(3600 + i / 3);
            (i % 2 == 0 ? postComment(statement, onClause(1 + i % 4 / 2)) : postComment(statement, "Whole text " + i))
                    .then().statusCode(201);
        }
        String hidden = postComment(statement, onClause(2)).then().statusCode(201).extract().header("Location");
        moderate(hidden, "\"0\"", Map.of("hidden", true, "reason", "Off topic"));
        String comments = statement + "/comments";
        for (String sort : List.of("postedAt", "-postedAt", "id", "-id", "clauseNumber", "-versionNumber")) {
            assertEquals(8, PageWalk.bothWays(RestAssured::given, comments, 3, sort).size(), sort);
            assertEquals(9, PageWalk.bothWays(() -> given().auth().oauth2(SignedTokens.admin()).queryParam("includeHidden", true),
                    comments, 2, sort).size(), sort);
        }
        assertEquals(2, PageWalk.following(() -> given().queryParam("clause", 1), comments, 1, "-postedAt").size());
        PageWalk.assertRefusesBadCursors(RestAssured::given, comments, "postedAt", "-postedAt");
        PageWalk.assertRefusesBadCursors(RestAssured::given, comments, "-id", "id");
    }

    /** The total a reader is given, and as many comments listed to them on one page. */
    private static void assertTotal(String statement, String token, Map<String, ?> query, int expected) {
        var request = token == null ? given() : given().auth().oauth2(token);
        request.queryParams(query).queryParam("size", 100).when().get(statement + "/comments")
                .then().statusCode(200)
                .body("total", equalTo(expected))
                .body("items.size()", equalTo(expected));
    }

    private static void moderate(String comment, String ifMatch, Map<String, Object> moderation) {
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", ifMatch).body(moderation)
                .when().put(comment + "/moderation").then().statusCode(200);
    }

    private static Map<String, Object> onClause(int number) {
        return Map.of("authorName", "Commenter", "text", "On clause " + number, "clauseNumber", number);
    }

    private static io.restassured.response.Response postComment(String statement, String text) {
        return postComment(statement, Map.of("authorName", "Commenter", "text", text));
    }

    private static io.restassured.response.Response postComment(String statement, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(statement + "/comments");
    }

    /** A draft with a comment period from OPENS to CLOSES and two clauses, still in DRAFT. */
    private static String draft() {
        return given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "DRAFT_FOR_COMMENT", "title", "Draft " + UUID.randomUUID(), "issuingBody", "Working Group",
                        "commentPeriod", Map.of("opensAt", OPENS.toString(), "closesAt", CLOSES.toString(),
                                "invitation", "Please comment."),
                        "clauses", List.of(Map.of("number", 1, "text", "First"), Map.of("number", 2, "text", "Second"))))
                .when().post("/api/statements").then().statusCode(201).extract().header("Location");
    }

    private static String draftOpenForComment() {
        String location = draft();
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "OPEN_FOR_COMMENT"))
                .when().put(location + "/status").then().statusCode(200)
                .body("commentPeriod.state", equalTo("OPEN"))
                .body("commentPeriod.invitation", equalTo("Please comment."));
        return location;
    }
}
