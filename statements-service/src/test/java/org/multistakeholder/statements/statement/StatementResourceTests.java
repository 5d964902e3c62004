package org.multistakeholder.statements.statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Statements made here are drafts, which only editors see until they go public ({@link DraftVisibilityTests}), so
 * reads are an editor's; what anonymous callers see of them is tested there.
 */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class StatementResourceTests {

    private static final String SUMMIT = """
            {"kind": "SUMMIT", "title": "2024 Contracted Parties Summit Statement",
             "issuingBody": "ICANN Contracted Parties", "issuedOn": "2024-05-09"}""";

    @Test
    void shouldCreateStatementFromKindTitleAndIssuingBodyAlone() {
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"COALITION\", \"title\": \"Minimal\", \"issuingBody\": \"Someone\"}")
                .when().post("/api/statements")
                .then().statusCode(201)
                .header("Location", containsString("/api/statements/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("id", notNullValue())
                .body("currentVersion", equalTo(1))
                .body("clauses", equalTo(List.of()))
                .body("event", nullValue())
                .body("commentPeriod", nullValue());
    }

    @Test
    void shouldKeepSummitEventFactsAndNumberedClausesWithoutLoss() {
        String location = create(summit("Summit " + UUID.randomUUID()));

        given().auth().oauth2(SignedTokens.admin()).when().get(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("SUMMIT"))
                .body("event.place", equalTo("Paris"))
                .body("event.startsOn", equalTo("2024-05-07"))
                .body("event.endsOn", equalTo("2024-05-09"))
                .body("event.sessionCount", equalTo(28))
                .body("event.participants.count", equalTo(400))
                .body("event.participants.qualifier", equalTo("OVER"))
                .body("preamble", startsWithText("The CP Summit"))
                .body("clauses.number", contains(1, 2, 3))
                .body("clauses[1].text", equalTo("Advancing efforts to better engage."))
                .body("closingText", equalTo("We offer this statement for consideration."))
                .body("allowedTransitions", containsInAnyOrder("OPEN_FOR_COMMENT", "OPEN_FOR_SIGNATURE", "PUBLISHED", "WITHDRAWN"));

        given().auth().oauth2(SignedTokens.admin()).when().get(location + "/clauses").then().statusCode(200)
                .body("total", equalTo(3)).body("items.number", contains(1, 2, 3));
        given().auth().oauth2(SignedTokens.admin()).queryParam("sort", "-number").when().get(location + "/clauses").then().statusCode(200)
                .body("items.number", contains(3, 2, 1));
        given().auth().oauth2(SignedTokens.admin()).queryParam("sort", "text").when().get(location + "/clauses").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).when().get(location + "/clauses/3").then().statusCode(200).body("text", equalTo("Continuing efforts on privacy."));
        given().auth().oauth2(SignedTokens.admin()).when().get(location + "/clauses/9").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldReadStatementWithEntityTagAndAnswer404ForUnknownId() {
        String location = create(SUMMIT);
        given().auth().oauth2(SignedTokens.admin()).when().get(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("2024 Contracted Parties Summit Statement"));
        given().when().get("/api/statements/987654321")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("987654321"));
        given().when().get("/api/statements/987654321/versions").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/statements/987654321/clauses").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRecordAVersionForEveryEditOfTheText() {
        String location = create(summit("Versioned " + UUID.randomUUID()));
        Map<String, Object> edited = read(location);
        edited.put("clauses", List.of(Map.of("number", 1, "text", "Reworded first clause."),
                Map.of("number", 2, "text", "Advancing efforts to better engage.")));
        edited.put("changeNote", "Clause 1 reworded, clause 3 dropped");

        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edited)
                .when().put(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("currentVersion", equalTo(2))
                .body("clauses.number", contains(1, 2));

        // Changing only the title is not an edit of the text: no new version.
        Map<String, Object> retitled = read(location);
        retitled.put("title", "Retitled " + UUID.randomUUID());
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(retitled)
                .when().put(location).then().statusCode(200).body("currentVersion", equalTo(2));

        given().auth().oauth2(SignedTokens.admin()).when().get(location + "/versions")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.number", contains(1, 2))
                .body("items.current", contains(false, true))
                .body("items[1].changeNote", equalTo("Clause 1 reworded, clause 3 dropped"));
        given().auth().oauth2(SignedTokens.admin()).when().get(location + "/versions/1")
                .then().statusCode(200)
                .body("clauses.number", contains(1, 2, 3))
                .body("clauses[0].text", equalTo("Continuing to support the multistakeholder approach."))
                .body("preamble", notNullValue())
                .body("current", equalTo(false));
        given().auth().oauth2(SignedTokens.admin()).when().get(location + "/versions/2").then().statusCode(200).body("clauses[0].text", equalTo("Reworded first clause."));
        given().auth().oauth2(SignedTokens.admin()).when().get(location + "/versions/3").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseUpdatesWithoutOrWithStaleIfMatchAndChangeNothing() {
        String location = create(summit("Guarded " + UUID.randomUUID()));
        Map<String, Object> edited = read(location);
        edited.put("preamble", "Overwritten preamble");

        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(edited)
                .when().put(location)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(edited)
                .when().put(location)
                .then().statusCode(412).contentType("application/problem+json").header("ETag", equalTo("\"0\""));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "PUBLISHED"))
                .when().put(location + "/status").then().statusCode(200);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "WITHDRAWN"))
                .when().put(location + "/status").then().statusCode(412);

        given().auth().oauth2(SignedTokens.admin()).when().get(location).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("PUBLISHED"))
                .body("preamble", not(equalTo("Overwritten preamble")));
        given().auth().oauth2(SignedTokens.admin()).when().get(location + "/versions").then().body("total", equalTo(1));
    }

    @Test
    void shouldLetOnlyOneOfConcurrentEditorsOfTheSameVersionWin() throws Exception {
        String location = create(summit("Raced " + UUID.randomUUID()));
        String token = SignedTokens.admin();
        int editors = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(editors);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < editors; i++) {
                Map<String, Object> edited = new java.util.HashMap<>(read(location));
                edited.put("preamble", "Preamble by editor " + i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edited)
                            .when().put(location).then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            java.util.Collections.sort(statuses);
            org.junit.jupiter.api.Assertions.assertEquals(List.of(200, 412, 412, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(SignedTokens.admin()).when().get(location + "/versions").then().body("total", equalTo(2));
        given().auth().oauth2(SignedTokens.admin()).when().get(location).then().header("ETag", equalTo("\"1\"")).body("currentVersion", equalTo(2));
    }

    @Test
    void shouldRefuseUpdatesFromAnonymousAndNonEditorCallers() {
        String location = create(SUMMIT);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(SUMMIT)
                .when().put(location).then().statusCode(401);
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(SUMMIT)
                .when().put(location).then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("status", "PUBLISHED"))
                .when().put(location + "/status").then().statusCode(401);
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "PUBLISHED"))
                .when().put(location + "/status").then().statusCode(403);
        given().auth().oauth2(SignedTokens.admin()).when().get(location).then().header("ETag", equalTo("\"0\"")).body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldMoveThroughTheLifecycleOnlyAlongAllowedTransitions() {
        String location = create(summit("Lifecycle " + UUID.randomUUID()));
        // A draft cannot go out for comment before it has a comment period.
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "OPEN_FOR_COMMENT"))
                .when().put(location + "/status")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("comment period"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "OPEN_FOR_SIGNATURE"))
                .when().put(location + "/status")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("OPEN_FOR_SIGNATURE"))
                .body("allowedTransitions", containsInAnyOrder("PUBLISHED", "WITHDRAWN"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("status", "DRAFT"))
                .when().put(location + "/status")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("OPEN_FOR_SIGNATURE to DRAFT"))
                .body("allowedTransitions", containsInAnyOrder("PUBLISHED", "WITHDRAWN"));

        // Once open for signature the text is what is endorsed: editing it is refused, and no version is written.
        Map<String, Object> edited = read(location);
        edited.put("closingText", "A new ending");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(edited)
                .when().put(location)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).when().get(location + "/versions").then().body("total", equalTo(1));
        given().auth().oauth2(SignedTokens.admin()).when().get(location).then().body("closingText", equalTo("We offer this statement for consideration."))
                .header("ETag", equalTo("\"1\""));

        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("status", "WITHDRAWN"))
                .when().put(location + "/status").then().statusCode(200).body("allowedTransitions", equalTo(List.of()));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("status", "PUBLISHED"))
                .when().put(location + "/status").then().statusCode(409);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("status", "FINISHED"))
                .when().put(location + "/status").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldFilterByKindStatusIssuingBodyDatesAndText() {
        String body = "Filter body " + UUID.randomUUID();
        String word = "zq" + randomLetters(10);
        create(Map.of("kind", "SUMMIT", "title", "Early " + word, "issuingBody", body, "issuedOn", "2020-01-15"));
        create(Map.of("kind", "COALITION", "title", "Late", "issuingBody", body, "issuedOn", "2023-06-01",
                "clauses", List.of(Map.of("number", 1, "text", "We commit to " + word + "ing the Internet."))));
        create(Map.of("kind", "COALITION", "title", "Undated", "issuingBody", body, "preamble", "Nothing to find here."));

        given().auth().oauth2(SignedTokens.admin()).queryParam("issuingBody", body.toUpperCase()).when().get("/api/statements")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.title", contains("Late", "Early " + word, "Undated"));
        given().auth().oauth2(SignedTokens.admin()).queryParam("issuingBody", body).queryParam("kind", "COALITION").when().get("/api/statements")
                .then().body("total", equalTo(2));
        given().auth().oauth2(SignedTokens.admin()).queryParam("issuingBody", body).queryParam("status", "PUBLISHED").when().get("/api/statements")
                .then().body("total", equalTo(0));
        given().auth().oauth2(SignedTokens.admin()).queryParam("issuingBody", body).queryParam("issuedFrom", "2020-01-15").queryParam("issuedTo", "2022-12-31")
                .when().get("/api/statements")
                .then().body("total", equalTo(1)).body("items[0].title", equalTo("Early " + word));
        // Free text finds the word in a title and, as a word beginning, in a clause of the current text.
        given().auth().oauth2(SignedTokens.admin()).queryParam("q", word.toUpperCase()).when().get("/api/statements")
                .then().body("total", equalTo(2)).body("items.title", containsInAnyOrder("Early " + word, "Late"));
        given().auth().oauth2(SignedTokens.admin()).queryParam("q", word + " internet").when().get("/api/statements")
                .then().body("total", equalTo(1)).body("items[0].title", equalTo("Late"));
        given().auth().oauth2(SignedTokens.admin()).queryParam("issuingBody", "100%_" + body).when().get("/api/statements").then().body("total", equalTo(0));
    }

    @Test
    void shouldFindTextAndIssuingBodiesWhateverTheirAccents() {
        String word = "zq" + randomLetters(8);
        create(Map.of("kind", "COALITION", "title", "Associação " + word, "issuingBody", "Associação DNS.PT " + word,
                "preamble", "Réseaux IP Européens"));
        given().auth().oauth2(SignedTokens.admin()).queryParam("q", "associacao " + word).when().get("/api/statements")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(SignedTokens.admin()).queryParam("q", word + " europeens").when().get("/api/statements").then().body("total", equalTo(1));
        given().auth().oauth2(SignedTokens.admin()).queryParam("q", word + " EUROPÉENS").when().get("/api/statements").then().body("total", equalTo(1));
        given().auth().oauth2(SignedTokens.admin()).queryParam("issuingBody", "associacao dns.pt " + word).when().get("/api/statements").then().body("total", equalTo(1));
    }

    @Test
    void shouldRefuseBadFiltersWithProblemNamingTheParameter() {
        given().queryParam("kind", "SONNET").when().get("/api/statements")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("kind"));
        given().queryParam("status", "open").when().get("/api/statements")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().queryParam("issuedFrom", "2024-13-01").when().get("/api/statements")
                .then().statusCode(400).body("violations[0].field", equalTo("issuedFrom"));
        given().queryParam("issuedFrom", "2024-02-01").queryParam("issuedTo", "2024-01-01").when().get("/api/statements")
                .then().statusCode(400).body("violations[0].field", equalTo("issuedTo"));
    }

    @Test
    void shouldListStatementsInPageEnvelope() {
        create(SUMMIT);
        given().auth().oauth2(SignedTokens.admin()).queryParam("size", 5).queryParam("sort", "title")
                .when().get("/api/statements")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(5))
                .body("total", greaterThanOrEqualTo(1))
                .body("items.title", hasItem("2024 Contracted Parties Summit Statement"));
    }

    @Test
    void shouldRefuseBadPagingWithProblem() {
        given().queryParam("size", "abc").when().get("/api/statements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'size'"))
                .body("violations[0].field", equalTo("size"));
        given().queryParam("size", 101).when().get("/api/statements")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("sort", "-colour").when().get("/api/statements")
                .then().statusCode(400).body("detail", containsString("not sortable"));
    }

    @Test
    void shouldRefuseAnonymousAndNonEditorWrites() {
        given().contentType(ContentType.JSON).body(SUMMIT)
                .when().post("/api/statements")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON).body(SUMMIT)
                .when().post("/api/statements")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseMalformedJsonUnknownFieldsAndMissingFields() {
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body("{\"kind\": \"SUMMIT\",")
                .when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"SUMMIT\", \"title\": \"t\", \"issuingBody\": \"b\", \"colour\": \"red\"}")
                .when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("colour"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"SONNET\", \"title\": \"t\", \"issuingBody\": \"b\"}")
                .when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"SUMMIT\", \"issuingBody\": \"b\", \"issuedOn\": \"2024-13-45\"}")
                .when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"SUMMIT\", \"issuingBody\": \"b\"}")
                .when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(endsWith("title")));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"SUMMIT\", \"title\": \"t\", \"issuingBody\": \"b\", \"event\": {\"sessionCount\": \"many\"}}")
                .when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("event.sessionCount"));
    }

    @Test
    void shouldRefuseInconsistentContentAndWriteNothing() {
        String title = "Inconsistent " + UUID.randomUUID();
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "DRAFT_FOR_COMMENT", "title", title, "issuingBody", title,
                        "clauses", List.of(Map.of("number", 1, "text", "a"), Map.of("number", 1, "text", "b"))))
                .when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("clauses[1].number"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "SUMMIT", "title", title, "issuingBody", title,
                        "event", Map.of("startsOn", "2024-05-09", "endsOn", "2024-05-07")))
                .when().post("/api/statements")
                .then().statusCode(400).body("violations[0].field", equalTo("event.endsOn"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "DRAFT_FOR_COMMENT", "title", title, "issuingBody", title,
                        "commentPeriod", Map.of("opensAt", "2030-02-01T00:00:00Z", "closesAt", "2030-01-01T00:00:00Z")))
                .when().post("/api/statements")
                .then().statusCode(400).body("violations[0].field", equalTo("commentPeriod.closesAt"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "DRAFT_FOR_COMMENT", "title", title, "issuingBody", title,
                        "clauses", List.of(Map.of("number", 0, "text", "a"))))
                .when().post("/api/statements")
                .then().statusCode(400).body("violations.field", hasItem(containsString("clauses")));
        given().auth().oauth2(SignedTokens.admin()).queryParam("issuingBody", title).when().get("/api/statements").then().body("total", equalTo(0));
    }

    @Test
    void shouldAcceptBackTheRepresentationItServed() {
        String location = create(summit("Round trip " + UUID.randomUUID()));
        Map<String, Object> served = read(location);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(served)
                .when().put(location)
                .then().statusCode(200).body("currentVersion", equalTo(1)).body("event.participants.qualifier", equalTo("OVER"));
        given().auth().oauth2(SignedTokens.admin()).when().get("/api/statements").then().body("items.kind", everyItem(notNullValue()));
    }

    static String create(Object body) {
        return given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/statements")
                .then().statusCode(201).extract().header("Location");
    }

    static Map<String, Object> read(String location) {
        ExtractableResponse<Response> response = given().auth().oauth2(SignedTokens.admin()).when().get(location).then().statusCode(200).extract();
        return response.jsonPath().getMap("");
    }

    static Map<String, Object> summit(String title) {
        return Map.of("kind", "SUMMIT", "title", title,
                "issuingBody", "ICANN Contracted Parties (gTLD Registrars and Registries)", "issuedOn", "2024-05-09",
                "event", Map.of("place", "Paris", "startsOn", "2024-05-07", "endsOn", "2024-05-09", "sessionCount", 28,
                        "participants", Map.of("count", 400, "qualifier", "OVER")),
                "preamble", "The CP Summit featured 28 sessions across three full days with over 400 participants.",
                "clauses", List.of(Map.of("number", 2, "text", "Advancing efforts to better engage."),
                        Map.of("number", 1, "text", "Continuing to support the multistakeholder approach."),
                        Map.of("number", 3, "text", "Continuing efforts on privacy.")),
                "closingText", "We offer this statement for consideration.");
    }

    static String randomLetters(int count) {
        StringBuilder letters = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static org.hamcrest.Matcher<String> startsWithText(String prefix) {
        return org.hamcrest.Matchers.startsWith(prefix);
    }
}
