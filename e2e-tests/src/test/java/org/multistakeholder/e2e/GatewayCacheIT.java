package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The gateway's short cache of anonymous reads: it answers repeated anonymous GETs itself, never stores or serves
 * what a credentialed caller sees, keeps representations apart, and lets a change through within its validity.
 */
class GatewayCacheIT extends ThroughTheGateway {

    private static final String CACHE_STATUS = "X-Cache-Status";

    /** Answered by the gateway itself: fresh, or just expired and served while one request refreshes it. */
    private static final Matcher<String> FROM_CACHE = anyOf(equalTo("HIT"), equalTo("UPDATING"));

    @Test
    void shouldAnswerARepeatedAnonymousReadFromTheCache() {
        Response first = given().when().get("/api/statements/1");
        Response second = given().when().get("/api/statements/1");

        first.then().statusCode(200);
        second.then().statusCode(200).header(CACHE_STATUS, FROM_CACHE);
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.asString(), second.asString());
    }

    @Test
    void shouldNeverServeOrStoreWhatACredentialedCallerSees() {
        String members = "/api/statements/3/drafting-group?size=100";
        // The editor's answer carries the members' emails; it must not become what anonymous readers get.
        given().auth().oauth2(product.adminToken()).when().get(members)
                .then().statusCode(200).header(CACHE_STATUS, "BYPASS")
                .body("items.email.findAll { it != null }.size()", not(equalTo(0)));
        given().when().get(members).then().statusCode(200).body("items.email.findAll { it != null }.size()", equalTo(0));
        given().when().get(members).then().statusCode(200).header(CACHE_STATUS, FROM_CACHE)
                .body("items.email.findAll { it != null }.size()", equalTo(0));
        given().auth().oauth2(product.adminToken()).when().get(members)
                .then().statusCode(200).header(CACHE_STATUS, "BYPASS")
                .body("items.email.findAll { it != null }.size()", not(equalTo(0)));

        given().header("X-API-Key", "not-a-key").when().get("/api/organizations/1")
                .then().statusCode(401).header(CACHE_STATUS, "BYPASS");
    }

    @Test
    void shouldKeepJsonAndCsvOfOneAddressApart() {
        String signatories = "/api/statements/2/signatories?asOf=2024-06-11";
        for (int round = 0; round < 2; round++) {
            given().accept("text/csv").when().get(signatories)
                    .then().statusCode(200).contentType(startsWith("text/csv"));
            given().accept(ContentType.JSON).when().get(signatories)
                    .then().statusCode(200).contentType(ContentType.JSON).body("total", equalTo(16));
        }
    }

    @Test
    void shouldShowAnEditorsChangeToAnonymousReadersWithinTheValidity() {
        String title = "Cached statement " + UUID.randomUUID();
        String location = createSummit(title);
        given().when().get(location).then().statusCode(200).body("title", equalTo(title));
        given().when().get(location).then().statusCode(200).header(CACHE_STATUS, FROM_CACHE);

        renameSummit(location, title + " (revised)");
        // The editor sees the change at once; anonymous readers within the cache's validity.
        given().auth().oauth2(product.adminToken()).when().get(location)
                .then().statusCode(200).body("title", equalTo(title + " (revised)"));
        Product.eventually(() -> given().when().get(location)
                .then().statusCode(200).body("title", equalTo(title + " (revised)")));
    }

    @Test
    void shouldAnswerTheFirstReadAfterAQuietSpellWithTheChangesMadeMeanwhile() throws InterruptedException {
        String title = "Quiet statement " + UUID.randomUUID();
        String location = createSummit(title);
        given().when().get(location).then().statusCode(200).body("title", equalTo(title));

        // Nobody reads it for longer than the validity, then an editor changes it: the next anonymous reader,
        // alone, must get the change, not the entry that expired meanwhile.
        Thread.sleep(Product.ANONYMOUS_CACHE.toMillis() + 1_500);
        renameSummit(location, title + " (revised)");
        given().when().get(location).then().statusCode(200).body("title", equalTo(title + " (revised)"));
    }

    @Test
    void shouldStopServingARecordSoonAfterItLeavesPublicView() throws Exception {
        // Straight to the service: the gateway limits registrations per address, and a later test spends that.
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Suspended Soon " + UUID.randomUUID(), "country", "CA", "kind", "REGISTRAR", "website", "https://suspended.example",
                        "contact", Map.of("name", "Someone", "email", "someone@suspended.example")))
                .when().post(product.serviceUrl("signatories") + "/api/registrations")
                .then().statusCode(201).extract().jsonPath().getLong("organization.id");
        String organization = "/api/organizations/" + id;
        decide(organization, "VERIFIED");
        given().when().get(organization).then().statusCode(200);
        given().when().get(organization).then().statusCode(200).header(CACHE_STATUS, FROM_CACHE);

        decide(organization, "SUSPENDED");
        // Several readers at once, as on a busy page: whoever refreshes the entry gets the 404, and those who arrive
        // meanwhile are answered from the entry. Once the 404 has been given, the 200 must not come back (a little
        // slack for answers already on their way).
        long start = System.nanoTime();
        long end = start + Product.ANONYMOUS_CACHE.plusSeconds(3).toNanos();
        ExecutorService readers = Executors.newFixedThreadPool(8);
        List<Future<List<long[]>>> seen = new ArrayList<>();
        for (int reader = 0; reader < 8; reader++) {
            seen.add(readers.submit(() -> {
                List<long[]> answers = new ArrayList<>();
                while (System.nanoTime() < end) {
                    int status = given().when().get(organization).statusCode();
                    answers.add(new long[] {System.nanoTime(), status});
                }
                return answers;
            }));
        }
        List<long[]> answers = new ArrayList<>();
        for (Future<List<long[]>> reader : seen) {
            answers.addAll(reader.get());
        }
        readers.shutdown();
        long firstGone = answers.stream().filter(a -> a[1] == 404).mapToLong(a -> a[0]).min()
                .orElseThrow(() -> new AssertionError("the suspension never reached anonymous readers"));
        long servedAgain = answers.stream().filter(a -> a[1] == 200 && a[0] > firstGone + 300_000_000L).count();
        assertEquals(0, servedAgain, "answers that served the suspended organization again from the cache");
    }

    /**
     * A published summit statement made by an editor, at the address its Location names: published, because a draft
     * is the editors' only and anonymous readers would not see it (DraftVisibilityIT).
     */
    private static String createSummit(String title) {
        String location = given().auth().oauth2(product.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("kind", "SUMMIT", "title", title, "issuingBody", "End-to-end tests"))
                .when().post("/api/statements")
                .then().statusCode(201).extract().header("Location");
        given().auth().oauth2(product.adminToken()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("status", "PUBLISHED")).when().put(location + "/status").then().statusCode(200);
        return location;
    }

    private static void renameSummit(String location, String title) {
        String etag = given().auth().oauth2(product.adminToken()).when().get(location)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(product.adminToken()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("kind", "SUMMIT", "title", title, "issuingBody", "End-to-end tests"))
                .when().put(location)
                .then().statusCode(200);
    }

    private static void decide(String organization, String status) {
        String etag = given().auth().oauth2(product.adminToken()).when().get(organization)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(product.adminToken()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("status", status, "reason", "Cache check")).when()
                .post(organization + "/status-history").then().statusCode(201);
    }

    @Test
    void shouldNeverCacheReadiness() {
        for (int round = 0; round < 2; round++) {
            given().when().get("/health/statements").then().statusCode(200).header(CACHE_STATUS, nullValue());
        }
    }
}
