package org.multistakeholder.statements.statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A draft that was never opened for comment or signature nor published is the editors' only: to anyone else it is
 * an id nobody uses, on the statement and every read under it, and it is neither listed nor counted. Once it was
 * public it stays public, also back in DRAFT.
 */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class DraftVisibilityTests {

    private static final String UNKNOWN = "987654321";
    private static final List<String> READS = List.of("", "/clauses", "/clauses/1", "/versions", "/versions/1", "/versions/2",
            "/comments", "/drafting-group", "/drafting-group/{member}");

    @Test
    void shouldAnswerEveryReadOfANeverPublicDraftAsForAnUnknownIdToAllButEditors() {
        String word = "zq" + StatementResourceTests.randomLetters(10);
        Draft draft = draft(word);

        for (String read : READS) {
            String path = read.replace("{member}", draft.member());
            for (RequestSpecification caller : List.of(given(), given().auth().oauth2(SignedTokens.withoutRoles()),
                    given().header("X-API-Key", "an-organization-key"))) {
                Response hidden = caller.when().get(draft.location() + path);
                Response unknown = given().when().get("/api/statements/" + UNKNOWN + path);
                hidden.then().statusCode(404).contentType("application/problem+json");
                assertEquals(unknown.jsonPath().getString("detail"),
                        hidden.jsonPath().getString("detail").replace(draft.id(), UNKNOWN), path);
            }
            given().auth().oauth2(SignedTokens.admin()).when().get(draft.location() + path).then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body(Map.of("authorName", "Early Bird", "text", "First!"))
                .when().post(draft.location() + "/comments")
                .then().statusCode(404).contentType("application/problem+json");

        assertListed(word, 0, 1);
        given().queryParam("status", "DRAFT").queryParam("size", 100).queryParam("sort", "-id").when().get("/api/statements")
                .then().statusCode(200).body("items.id", not(hasItem(Integer.parseInt(draft.id()))));
    }

    @Test
    void shouldKeepADraftPublicWithItsHistoryOnceItWasOpenForComment() {
        String word = "zq" + StatementResourceTests.randomLetters(10);
        Draft draft = draft(word);
        move(draft, "OPEN_FOR_COMMENT");
        move(draft, "DRAFT");

        given().when().get(draft.location()).then().statusCode(200).body("status", equalTo("DRAFT"));
        given().when().get(draft.location() + "/versions").then().statusCode(200).body("total", equalTo(2));
        given().when().get(draft.location() + "/versions/1").then().statusCode(200);
        assertListed(word, 1, 1);
        given().queryParam("status", "DRAFT").queryParam("q", word).when().get("/api/statements")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void shouldKeepADraftWithdrawnBeforeItWasEverPublicTheEditors() {
        String word = "zq" + StatementResourceTests.randomLetters(10);
        Draft draft = draft(word);
        move(draft, "WITHDRAWN");

        given().when().get(draft.location()).then().statusCode(404);
        given().auth().oauth2(SignedTokens.admin()).when().get(draft.location()).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        assertListed(word, 0, 1);
    }

    @Test
    void shouldMakeAStatementPublicWhenItIsOpenedForSignatureOrPublished() {
        for (String status : List.of("OPEN_FOR_SIGNATURE", "PUBLISHED")) {
            String word = "zq" + StatementResourceTests.randomLetters(10);
            Draft draft = draft(word);
            move(draft, status);
            given().when().get(draft.location() + "/clauses").then().statusCode(200).body("total", equalTo(1));
            assertListed(word, 1, 1);
        }
    }

    /** The list with {@code q=word}: what anonymous callers and editors are shown and counted. */
    private static void assertListed(String word, int anonymously, int toEditors) {
        given().queryParam("q", word).when().get("/api/statements")
                .then().statusCode(200).body("total", equalTo(anonymously)).body("items.size()", equalTo(anonymously));
        given().auth().oauth2(SignedTokens.withoutRoles()).queryParam("q", word).when().get("/api/statements")
                .then().statusCode(200).body("total", equalTo(anonymously));
        given().auth().oauth2(SignedTokens.admin()).queryParam("q", word).when().get("/api/statements")
                .then().statusCode(200).body("total", equalTo(toEditors)).body("items.size()", equalTo(toEditors));
    }

    private record Draft(String location, String id, String member) {
    }

    /** A draft with a word of its own in a clause, two versions of its text and one drafting-group member. */
    private static Draft draft(String word) {
        Map<String, Object> content = Map.of("kind", "DRAFT_FOR_COMMENT", "title", "Draft " + UUID.randomUUID(), "issuingBody", "Working Group",
                "commentPeriod", Map.of("opensAt", "2030-01-01T00:00:00Z", "closesAt", "2030-03-01T00:00:00Z", "invitation", "Please comment."),
                "clauses", List.of(Map.of("number", 1, "text", "We " + word + " the Internet.")));
        String location = StatementResourceTests.create(content);
        Map<String, Object> revised = new java.util.HashMap<>(content);
        revised.put("preamble", "Revised.");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(revised)
                .when().put(location).then().statusCode(200);
        String member = given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Ana Member", "role", "MEMBER", "stakeholderGroup", "Registries"))
                .when().post(location + "/drafting-group").then().statusCode(201).extract().path("id").toString();
        return new Draft(location, location.substring(location.lastIndexOf('/') + 1), member);
    }

    private static void move(Draft draft, String status) {
        String etag = given().auth().oauth2(SignedTokens.admin()).when().get(draft.location()).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("status", status)).when().put(draft.location() + "/status").then().statusCode(200);
    }
}
