package org.multistakeholder.statements.draftinggroup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class DraftingGroupResourceTests {

    @Test
    void shouldListMembersInOrderWithEmailsOnlyForEditors() {
        String statement = statement();
        addMember(statement, Map.of("name", "Vittorio Bertola", "role", "CHAIR", "stakeholderGroup", "At-Large Advisory Committee",
                "email", "vb@bertola.eu.org"));
        addMember(statement, Map.of("name", "Jeff Neuman", "role", "MEMBER", "stakeholderGroup", "gTLD Registries Constituency",
                "affiliation", "NeuLevel, Inc.", "email", "Jeff.Neuman@neustar.us"));

        given().when().get(statement + "/drafting-group")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.name", contains("Vittorio Bertola", "Jeff Neuman"))
                .body("items.position", contains(1, 2))
                .body("items.role", contains("CHAIR", "MEMBER"))
                .body("items.stakeholderGroup", contains("At-Large Advisory Committee", "gTLD Registries Constituency"))
                .body("items[1].affiliation", equalTo("NeuLevel, Inc."))
                .body("items", everyItem(not(hasKey("email"))))
                .body(not(containsString("@")));
        given().auth().oauth2(SignedTokens.withoutRoles()).when().get(statement + "/drafting-group")
                .then().statusCode(200).body(not(containsString("bertola.eu.org")));
        given().auth().oauth2(SignedTokens.admin()).when().get(statement + "/drafting-group")
                .then().statusCode(200).body("items.email", contains("vb@bertola.eu.org", "Jeff.Neuman@neustar.us"));
    }

    @Test
    void shouldNotGiveAnAnonymousCallerAMembersEmail() {
        String statement = statement();
        String member = addMember(statement, Map.of("name", "Marilyn Cade", "role", "MEMBER", "stakeholderGroup", "Business Constituency",
                "email", "marilynscade@hotmail.com"));
        given().when().get(member).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Marilyn Cade")).body("$", not(hasKey("email")));
        given().auth().oauth2(SignedTokens.admin()).when().get(member).then().statusCode(200)
                .body("email", equalTo("marilynscade@hotmail.com"));
    }

    @Test
    void shouldUpdateAndRemoveMembersOnlyWithCurrentIfMatch() {
        String statement = statement();
        String member = addMember(statement, Map.of("name", "Tony Holmes", "role", "MEMBER",
                "stakeholderGroup", "Internet Service Providers", "email", "tony@example.org"));
        Map<String, Object> corrected = Map.of("name", "Tony Holmes", "role", "MEMBER",
                "stakeholderGroup", "Internet Service & Connectivity Providers Constituency", "email", "tony@example.org", "position", 1);

        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(corrected)
                .when().put(member).then().statusCode(428);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"5\"").body(corrected)
                .when().put(member).then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(corrected)
                .when().put(member).then().statusCode(401);
        given().when().get(member).then().body("stakeholderGroup", equalTo("Internet Service Providers"));

        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(corrected)
                .when().put(member).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("stakeholderGroup", equalTo("Internet Service & Connectivity Providers Constituency"));

        given().auth().oauth2(SignedTokens.admin()).header("If-Match", "\"0\"").when().delete(member).then().statusCode(412);
        given().auth().oauth2(SignedTokens.withoutRoles()).header("If-Match", "\"1\"").when().delete(member).then().statusCode(403);
        given().auth().oauth2(SignedTokens.admin()).header("If-Match", "\"1\"").when().delete(member).then().statusCode(204);
        given().when().get(member).then().statusCode(404).contentType("application/problem+json");
        given().when().get(statement + "/drafting-group").then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseInvalidMembersAndUnknownStatements() {
        String statement = statement();
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "role", "TREASURER", "stakeholderGroup", "G"))
                .when().post(statement + "/drafting-group").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "role", "MEMBER"))
                .when().post(statement + "/drafting-group").then().statusCode(400)
                .body("violations.field", hasItem(containsString("stakeholderGroup")));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "role", "MEMBER", "stakeholderGroup", "G", "email", "nobody"))
                .when().post(statement + "/drafting-group").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("name", "X", "role", "MEMBER", "stakeholderGroup", "G"))
                .when().post(statement + "/drafting-group").then().statusCode(401);
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "role", "MEMBER", "stakeholderGroup", "G"))
                .when().post(statement + "/drafting-group").then().statusCode(403);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "role", "MEMBER", "stakeholderGroup", "G"))
                .when().post("/api/statements/987654321/drafting-group").then().statusCode(404);
        given().when().get("/api/statements/987654321/drafting-group").then().statusCode(404).contentType("application/problem+json");
        given().when().get(statement + "/drafting-group").then().body("total", equalTo(0));
    }

    @Test
    void shouldNotServeAMemberThroughAnotherStatement() {
        String first = statement();
        String other = statement();
        String member = addMember(first, Map.of("name", "Ross Rader", "role", "MEMBER", "stakeholderGroup", "Registrars Constituency"));
        String id = member.substring(member.lastIndexOf('/') + 1);
        given().when().get(other + "/drafting-group/" + id).then().statusCode(404);
    }

    /** A draft out for comment, so that anyone reads its drafting group (a draft never out is the editors' only). */
    private static String statement() {
        String location = given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "DRAFT_FOR_COMMENT", "title", "Drafted " + UUID.randomUUID(), "issuingBody", "WSIS Working Group",
                        "commentPeriod", Map.of("opensAt", "2004-12-05T22:00:00Z", "closesAt", "2005-04-05T03:00:00Z")))
                .when().post("/api/statements").then().statusCode(201).extract().header("Location");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "OPEN_FOR_COMMENT")).when().put(location + "/status").then().statusCode(200);
        return location;
    }

    private static String addMember(String statement, Map<String, Object> member) {
        return given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(member)
                .when().post(statement + "/drafting-group")
                .then().statusCode(201).header("Location", containsString("/drafting-group/"))
                .extract().header("Location");
    }
}
