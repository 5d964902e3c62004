package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Fifty (or forty) clients doing the same thing at the same moment: the database decides, and exactly one wins. */
class ConcurrencyIT extends ThroughTheGateway {

    private static final int CLIENTS = 50;
    private static final int WITHDRAWERS = 40;

    private static ExecutorService clients;

    @BeforeAll
    static void prepare() {
        clients = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterAll
    static void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void shouldLetExactlyOneOfFiftyUpdatesWithTheSameIfMatchWin() throws Exception {
        String code = "RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String etag = given().auth().oauth2(product.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Race review")).when().post("/api/reviews")
                .then().statusCode(201).extract().header("ETag");

        Map<Integer, Long> statuses = all(i -> given().auth().oauth2(product.adminToken()).header("If-Match", etag)
                .contentType(ContentType.JSON).body(Map.of("name", "Edited by client " + i))
                .when().put("/api/reviews/" + code).statusCode());

        assertEquals(Map.of(200, 1L, 412, (long) CLIENTS - 1), statuses);
    }

    @Test
    void shouldKeepExactlyOneOfFiftyIdenticalEndorsements() throws Exception {
        VerifiedOrganization organization = verifiedOrganization("Concurrent Endorser", "endorser");
        long id = organization.id();
        String apiKey = organization.apiKey();

        Map<Integer, Long> statuses = all(i -> given().header("X-API-Key", apiKey).contentType(ContentType.JSON)
                .body("{}").when().post("/api/statements/2/signatories").statusCode());

        // Each request first asks statements-service; under this burst a few may find it too slow and get the
        // 503 meant for that case, which writes nothing. Everything else is the one endorsement or a repeat of it.
        long created = statuses.getOrDefault(201, 0L);
        assertTrue(Set.of(200, 201, 503).containsAll(statuses.keySet()), statuses.toString());
        assertTrue(created <= 1 && created + statuses.getOrDefault(200, 0L) > 0, statuses.toString());
        given().header("X-API-Key", apiKey).when().get("/api/organizations/" + id + "/endorsements")
                .then().statusCode(200).body("total", equalTo((int) created));
    }

    @Test
    void shouldWithdrawOnceWhenFortyWithdrawTheSameEndorsementWithoutIfMatch() throws Exception {
        VerifiedOrganization organization = verifiedOrganization("Concurrent Withdrawer", "withdrawer");
        long id = organization.id();
        String apiKey = organization.apiKey();
        given().header("X-API-Key", apiKey).contentType(ContentType.JSON).body("{}")
                .when().post("/api/statements/2/signatories").then().statusCode(201);

        Map<Integer, Long> statuses = all(WITHDRAWERS, i -> given().header("X-API-Key", apiKey)
                .when().delete("/api/statements/2/signatories/" + id).statusCode());

        // The documented answer for an endorsement no longer in force is 404; a withdrawal takes no If-Match.
        assertEquals(Map.of(200, 1L, 404, (long) WITHDRAWERS - 1), statuses);
    }

    @Test
    void shouldRegisterOneOrganizationWhenFiftyRegisterTheSameName() throws Exception {
        String name = "Simultaneous Registry " + UUID.randomUUID();
        // Straight to the service: the gateway's per-address limit would refuse most of them before the race.
        String registrations = product.serviceUrl("signatories") + "/api/registrations";
        Map<Integer, Long> statuses = all(i -> given().contentType(ContentType.JSON)
                .body(Map.of("name", i % 2 == 0 ? name : name.toUpperCase(), "country", "FR",
                        "website", "https://registry.example", "kind", "REGISTRY",
                        "contact", Map.of("name", "Someone", "email", "someone@registry.example")))
                .when().post(registrations).statusCode());

        assertEquals(Map.of(201, 1L, 409, (long) CLIENTS - 1), statuses);
        given().auth().oauth2(product.adminToken()).queryParam("status", "PENDING").queryParam("q", name)
                .when().get("/api/organizations")
                .then().statusCode(200).body("total", equalTo(1));
    }

    private record VerifiedOrganization(long id, String apiKey) {
    }

    /** Registers an organization, verifies it as an editor, and waits until statements-service answers its key. */
    private static VerifiedOrganization verifiedOrganization(String label, String site) throws InterruptedException {
        JsonPath registration = given().contentType(ContentType.JSON)
                .body(Map.of("name", label + " " + UUID.randomUUID(), "country", "CA",
                        "website", "https://" + site + ".example", "kind", "REGISTRAR",
                        "contact", Map.of("name", "Someone", "email", "someone@" + site + ".example")))
                .when().post("/api/registrations").then().statusCode(201).extract().jsonPath();
        long id = registration.getLong("organization.id");
        String apiKey = registration.getString("apiKey");
        String etag = given().auth().oauth2(product.adminToken()).when().get("/api/organizations/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(product.adminToken()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("status", "VERIFIED", "reason", "Concurrency check")).when()
                .post("/api/organizations/" + id + "/status-history").then().statusCode(201);
        awaitStatementsConsulted(apiKey);
        return new VerifiedOrganization(id, apiKey);
    }

    /**
     * Another test may have stopped statements-service a moment ago, leaving signatories' circuit breaker open
     * (every endorsement 503) until a trial call gets through. Endorsing the published summit statement is
     * refused with 409 once statements-service is consulted again, and writes nothing either way.
     */
    private static void awaitStatementsConsulted(String apiKey) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        int status;
        do {
            status = given().header("X-API-Key", apiKey).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/statements/1/signatories").statusCode();
            if (status == 503) {
                Thread.sleep(500);
            }
        } while (status == 503 && System.nanoTime() < deadline);
        assertEquals(409, status, "statements-service should be consulted again");
    }

    private static Map<Integer, Long> all(IntFunctionThrowing request) throws Exception {
        return all(CLIENTS, request);
    }

    private static Map<Integer, Long> all(int count, IntFunctionThrowing request) throws Exception {
        List<Callable<Integer>> calls = IntStream.range(0, count)
                .<Callable<Integer>>mapToObj(i -> () -> request.apply(i)).toList();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (Future<Integer> answer : clients.invokeAll(calls)) {
            statuses.add(answer.get());
        }
        return statuses.stream().collect(Collectors.groupingBy(status -> status, java.util.TreeMap::new, Collectors.counting()));
    }

    @FunctionalInterface
    private interface IntFunctionThrowing {
        int apply(int client) throws Exception;
    }
}
