package org.multistakeholder.signatories.endorsement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.PageWalk;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.signatories.Fixtures;
import org.multistakeholder.signatories.Fixtures.Registered;
import org.multistakeholder.signatories.statement.Statements;
import org.multistakeholder.signatories.statement.StatementsPeer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = StatementsPeer.class, restrictToAnnotatedClass = false)
class SignatoryResourceTests {

    private static final String KEY = "X-API-Key";
    private static final String SIGNATORIES = "/api/statements/{id}/signatories";

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    @Test
    void shouldEndorseWithOwnKeyOnceAndAnswerTheSameEndorsementAgain() {
        long statement = StatementsPeer.openStatement("Coalition statement for endorsing");
        Registered organization = Fixtures.registerVerified("Endorsing Registry");

        int id = given().header(KEY, organization.apiKey()).contentType(ContentType.JSON).body("{}")
                .when().post(SIGNATORIES, statement)
                .then().statusCode(201)
                .header("Location", containsString("/api/statements/" + statement + "/signatories/" + organization.id()))
                .body("endorsedOn", equalTo(today())).body("inForce", equalTo(true)).body("onBehalf", equalTo(false))
                .extract().path("id");
        given().header(KEY, organization.apiKey()).contentType(ContentType.JSON).body("{\"organizationId\": " + organization.id() + "}")
                .when().post(SIGNATORIES, statement)
                .then().statusCode(200).body("id", equalTo(id));
        // The body may be left out altogether, as the document says.
        given().header(KEY, organization.apiKey()).contentType(ContentType.JSON).when().post(SIGNATORIES, statement)
                .then().statusCode(200).body("id", equalTo(id));

        given().when().get(SIGNATORIES, statement)
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].organizationId", equalTo((int) organization.id()))
                .body("items[0].endorsedOn", equalTo(today()));
        given().when().get(SIGNATORIES + "/{organizationId}", statement, organization.id())
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void shouldLeaveExactlyOneEndorsementWhenIdenticalRequestsRace() throws Exception {
        long statement = StatementsPeer.openStatement("Coalition statement endorsed concurrently");
        Registered organization = Fixtures.registerVerified("Racing Registry");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                attempts.add(() -> given().header(KEY, organization.apiKey()).contentType(ContentType.JSON).body("{}")
                        .when().post(SIGNATORIES, statement).then().extract().statusCode());
            }
            for (Future<Integer> attempt : pool.invokeAll(attempts)) {
                statuses.add(attempt.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses: " + statuses);
        assertEquals(3, statuses.stream().filter(s -> s == 200).count(), "statuses: " + statuses);
        given().when().get("/api/organizations/{id}/endorsements", organization.id())
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void shouldRefuseEndorsementsOfUnknownAndClosedStatementsWritingNothing() {
        Registered organization = Fixtures.registerVerified("Careful Registry");
        long draft = StatementsPeer.createStatement("A draft, not open for signature");

        given().header(KEY, organization.apiKey()).contentType(ContentType.JSON).body("{}")
                .when().post(SIGNATORIES, 987654321)
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("987654321"));
        // A draft never made public is the editors': to an organization it is a statement nobody knows.
        given().header(KEY, organization.apiKey()).contentType(ContentType.JSON).body("{}")
                .when().post(SIGNATORIES, draft)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Statement " + draft + " does not exist"));
        // An editor's token is passed on to statements-service, which tells an editor what the draft is.
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"organizationId\": " + organization.id() + ", \"endorsedOn\": \"2024-06-11\"}")
                .when().post(SIGNATORIES, draft)
                .then().statusCode(409).body("detail", containsString("DRAFT"));

        long published = StatementsPeer.openStatement("A statement published, no longer open for signature");
        StatementsPeer.setStatus(published, "PUBLISHED");
        given().header(KEY, organization.apiKey()).contentType(ContentType.JSON).body("{}")
                .when().post(SIGNATORIES, published)
                .then().statusCode(409).body("detail", containsString("PUBLISHED"));

        given().when().get("/api/organizations/{id}/endorsements", organization.id())
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRefuseEndorsementsByPendingSuspendedAnonymousAndUnprivilegedCallers() {
        long statement = StatementsPeer.openStatement("Coalition statement with refusals");
        Registered pending = Fixtures.register("Pending Registry");
        Registered suspended = Fixtures.registerVerified("Suspended Registry");
        Fixtures.changeStatus(suspended.id(), "SUSPENDED");
        Registered verified = Fixtures.registerVerified("Verified Registry");

        given().header(KEY, pending.apiKey()).contentType(ContentType.JSON).body("{}")
                .when().post(SIGNATORIES, statement).then().statusCode(403).contentType("application/problem+json");
        given().header(KEY, suspended.apiKey()).contentType(ContentType.JSON).body("{}")
                .when().post(SIGNATORIES, statement).then().statusCode(403).body("detail", containsString("SUSPENDED"));
        given().contentType(ContentType.JSON).body("{\"organizationId\": " + verified.id() + "}")
                .when().post(SIGNATORIES, statement).then().statusCode(401);
        given().header(KEY, "wrong.key").contentType(ContentType.JSON).body("{}")
                .when().post(SIGNATORIES, statement).then().statusCode(401);
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON).body("{\"organizationId\": " + verified.id() + "}")
                .when().post(SIGNATORIES, statement).then().statusCode(403);
        // One organization may not endorse for another, nor backdate its own endorsement.
        given().header(KEY, verified.apiKey()).contentType(ContentType.JSON).body("{\"organizationId\": " + pending.id() + "}")
                .when().post(SIGNATORIES, statement).then().statusCode(403);
        given().header(KEY, verified.apiKey()).contentType(ContentType.JSON).body("{\"endorsedOn\": \"2024-06-11\"}")
                .when().post(SIGNATORIES, statement).then().statusCode(403);
        // Editors may not record an endorsement for an organization that is not verified.
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body("{\"organizationId\": " + pending.id() + "}")
                .when().post(SIGNATORIES, statement).then().statusCode(409);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body("{}")
                .when().post(SIGNATORIES, statement).then().statusCode(400).body("violations[0].field", equalTo("organizationId"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body("{\"organizationId\": 987654321}")
                .when().post(SIGNATORIES, statement).then().statusCode(404);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"organizationId\": " + verified.id() + ", \"endorsedOn\": \"2999-01-01\"}")
                .when().post(SIGNATORIES, statement).then().statusCode(400).body("violations[0].field", equalTo("endorsedOn"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"organizationId\": " + verified.id() + ", \"endorsedOn\": \"11 June 2024\"}")
                .when().post(SIGNATORIES, statement).then().statusCode(400).body("field", equalTo("endorsedOn"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body("{\"organizationId\": \"seven\"}")
                .when().post(SIGNATORIES, statement).then().statusCode(400).body("field", equalTo("organizationId"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body("{\"organizationId\": ")
                .when().post(SIGNATORIES, statement).then().statusCode(400).contentType("application/problem+json");

        given().when().get(SIGNATORIES, statement).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldKeepHistoryWhenWithdrawnAndStartANewPeriodWhenEndorsedAgain() {
        long statement = StatementsPeer.openStatement("Coalition statement with withdrawals");
        Registered organization = Fixtures.registerVerified("Withdrawing Registry");
        Registered other = Fixtures.registerVerified("Meddling Registry");

        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"organizationId\": " + organization.id() + ", \"endorsedOn\": \"2024-06-11\"}")
                .when().post(SIGNATORIES, statement)
                .then().statusCode(201).body("endorsedOn", equalTo("2024-06-11")).body("onBehalf", equalTo(true));

        given().header(KEY, other.apiKey()).when().delete(SIGNATORIES + "/{organizationId}", statement, organization.id())
                .then().statusCode(403).contentType("application/problem+json");
        given().when().delete(SIGNATORIES + "/{organizationId}", statement, organization.id()).then().statusCode(401);
        given().header(KEY, organization.apiKey()).when().delete(SIGNATORIES + "/{organizationId}", statement, other.id())
                .then().statusCode(403);
        given().header(KEY, other.apiKey()).when().delete(SIGNATORIES + "/{organizationId}", statement, other.id())
                .then().statusCode(404);

        given().header(KEY, organization.apiKey()).when().delete(SIGNATORIES + "/{organizationId}", statement, organization.id())
                .then().statusCode(200).body("withdrawnOn", equalTo(today())).body("inForce", equalTo(false));
        given().header(KEY, organization.apiKey()).when().delete(SIGNATORIES + "/{organizationId}", statement, organization.id())
                .then().statusCode(404);

        // Still a signatory on earlier days, not at the end of the day it withdrew.
        given().queryParam("asOf", "2024-06-11").when().get(SIGNATORIES, statement)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].endorsedOn", equalTo("2024-06-11"));
        given().queryParam("asOf", "2024-06-10").when().get(SIGNATORIES, statement)
                .then().statusCode(200).body("total", equalTo(0));
        given().when().get(SIGNATORIES, statement).then().statusCode(200).body("total", equalTo(0));

        // A past date before the withdrawal would overlap the period that ended.
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"organizationId\": " + organization.id() + ", \"endorsedOn\": \"2024-06-12\"}")
                .when().post(SIGNATORIES, statement).then().statusCode(409);
        given().header(KEY, organization.apiKey()).contentType(ContentType.JSON).body("{}")
                .when().post(SIGNATORIES, statement).then().statusCode(201).body("endorsedOn", equalTo(today()));

        given().when().get("/api/organizations/{id}/endorsements", organization.id())
                .then().statusCode(200).body("total", equalTo(2))
                .body("items[0].withdrawnOn", nullValue()).body("items[0].inForce", equalTo(true))
                .body("items[1].withdrawnOn", equalTo(today())).body("items[1].inForce", equalTo(false));
        given().queryParam("inForce", "false").when().get("/api/organizations/{id}/endorsements", organization.id())
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].endorsedOn", equalTo("2024-06-11"));
        given().queryParam("inForce", "maybe").when().get("/api/organizations/{id}/endorsements", organization.id())
                .then().statusCode(400).body("violations[0].field", equalTo("inForce"));
        given().when().get("/api/organizations/{id}/endorsements", 987654321).then().statusCode(404);
    }

    @Test
    void shouldLetSuspendedOrganizationsAndEditorsWithdraw() {
        long statement = StatementsPeer.openStatement("Coalition statement withdrawn from by a suspended signatory");
        Registered suspended = Fixtures.registerVerified("Later Suspended Registry");
        Registered represented = Fixtures.registerVerified("Represented Registry");
        given().header(KEY, suspended.apiKey()).contentType(ContentType.JSON).body("{}")
                .when().post(SIGNATORIES, statement).then().statusCode(201);
        given().header(KEY, represented.apiKey()).contentType(ContentType.JSON).body("{}")
                .when().post(SIGNATORIES, statement).then().statusCode(201);
        Fixtures.changeStatus(suspended.id(), "SUSPENDED");

        // Suspension takes it off the public list at once, and its key may still take back what it signed.
        given().when().get(SIGNATORIES, statement).then().statusCode(200).body("total", equalTo(1));
        given().header(KEY, suspended.apiKey()).when().delete(SIGNATORIES + "/{organizationId}", statement, suspended.id())
                .then().statusCode(200).body("withdrawnOn", equalTo(today()));
        given().auth().oauth2(SignedTokens.withoutRoles()).when().delete(SIGNATORIES + "/{organizationId}", statement, represented.id())
                .then().statusCode(403);
        given().auth().oauth2(SignedTokens.admin()).header(KEY, represented.apiKey())
                .when().delete(SIGNATORIES + "/{organizationId}", statement, represented.id())
                .then().statusCode(400).body("detail", containsString("not both"));
        given().auth().oauth2(SignedTokens.admin()).when().delete(SIGNATORIES + "/{organizationId}", statement, represented.id())
                .then().statusCode(200).body("withdrawnOn", equalTo(today()));
        given().when().get(SIGNATORIES, statement).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldTakeASuspendedSignatoryOffTheListAndBringItBackWhenReinstated() {
        long statement = StatementsPeer.openStatement("Coalition statement with a signatory suspended and reinstated");
        Registered signatory = Fixtures.registerVerified("Reinstated Registry");
        given().header(KEY, signatory.apiKey()).contentType(ContentType.JSON).body("{}")
                .when().post(SIGNATORIES, statement).then().statusCode(201);
        given().when().get(SIGNATORIES, statement).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].organizationId", equalTo((int) signatory.id()));

        Fixtures.changeStatus(signatory.id(), "SUSPENDED");
        given().when().get(SIGNATORIES, statement).then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));

        Fixtures.changeStatus(signatory.id(), "VERIFIED");
        given().queryParam("asOf", today()).when().get(SIGNATORIES, statement).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].organizationId", equalTo((int) signatory.id()));
    }

    @Test
    void shouldListSignatoriesAlphabeticallyIgnoringCaseAndAccentsAsJsonAndCsv() {
        long statement = StatementsPeer.openStatement("Coalition statement with an ordered list");
        String suffix = Fixtures.uniqueName("");
        List<String> names = List.of("au Domain" + suffix, "Asia Pacific" + suffix, "Associação DNS" + suffix, "Blacknight, \"Ltd\"" + suffix.replace(" ", "-"));
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            long id = ((Number) given().contentType(ContentType.JSON).body(Fixtures.profile(name.replace("\"", "\\\"")))
                    .when().post("/api/registrations").then().statusCode(201).extract().path("organization.id")).longValue();
            Fixtures.changeStatus(id, "VERIFIED");
            ids.add(id);
            given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                    .body("{\"organizationId\": " + id + ", \"endorsedOn\": \"2024-06-11\"}")
                    .when().post(SIGNATORIES, statement).then().statusCode(201);
        }
        // A suspended organization drops out of the list.
        Registered suspended = Fixtures.registerVerified("Aardvark Suspended");
        given().header(KEY, suspended.apiKey()).contentType(ContentType.JSON).body("{}").when().post(SIGNATORIES, statement).then().statusCode(201);
        Fixtures.changeStatus(suspended.id(), "SUSPENDED");

        given().queryParam("asOf", "2024-06-11").when().get(SIGNATORIES, statement)
                .then().statusCode(200).body("total", equalTo(4)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.name", equalTo(List.of(names.get(1), names.get(2), names.get(0), names.get(3))));
        given().queryParam("asOf", "2024-06-11").queryParam("size", 2).queryParam("page", 1).when().get(SIGNATORIES, statement)
                .then().statusCode(200).body("total", equalTo(4)).body("items.name", equalTo(List.of(names.get(0), names.get(3))));
        given().queryParam("asOf", "2024-06-11").queryParam("sort", "-name").queryParam("size", 1).when().get(SIGNATORIES, statement)
                .then().statusCode(200).body("items[0].name", equalTo(names.get(3)));

        String path = "/api/statements/" + statement + "/signatories";
        for (String sort : List.of("name", "-name", "country", "-endorsedOn")) {
            List<Map<String, Object>> walked = PageWalk.bothWays(() -> given().queryParam("asOf", "2024-06-11"), path, 1, sort);
            if (sort.equals("name")) {
                assertEquals(List.of(names.get(1), names.get(2), names.get(0), names.get(3)), walked.stream().map(s -> s.get("name")).toList());
            }
        }
        PageWalk.assertRefusesBadCursors(() -> given().queryParam("asOf", "2024-06-11"), path, "name", "-name");

        String csv = given().queryParam("asOf", "2024-06-11").accept("text/csv").when().get(SIGNATORIES, statement)
                .then().statusCode(200).contentType(startsWith("text/csv")).header("X-Total-Count", "4")
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("name,shortName,country,website,endorsedOn,organizationId", lines[0]);
        assertEquals(5, lines.length);
        assertEquals(names.get(1) + ",TST,NZ,https://example.org,2024-06-11," + ids.get(1), lines[1]);
        assertEquals("\"" + names.get(3).replace("\"", "\"\"") + "\",TST,NZ,https://example.org,2024-06-11," + ids.get(3), lines[4]);
        given().queryParam("asOf", "2024-06-11").queryParam("format", "csv").when().get(SIGNATORIES, statement)
                .then().statusCode(200).contentType(startsWith("text/csv"));

        given().queryParam("asOf", "2024-06-31").when().get(SIGNATORIES, statement)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("asOf"));
        given().queryParam("asOf", "yesterday").when().get(SIGNATORIES, statement)
                .then().statusCode(400).body("violations[0].field", equalTo("asOf"));
        given().queryParam("format", "xml").when().get(SIGNATORIES, statement)
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
        given().queryParam("sort", "colour").when().get(SIGNATORIES, statement)
                .then().statusCode(400).body("violations[0].field", equalTo("sort"));
        given().queryParam("asOf", "2024-06-10").when().get(SIGNATORIES, statement)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldAnswer503AndWriteNothingWhileStatementsServiceIsDown() {
        long statement = StatementsPeer.openStatement("Coalition statement while its service is down");
        Registered organization = Fixtures.registerVerified("Patient Registry");
        StatementsPeer.stopPeer();
        try {
            // Enough failures to open the circuit whatever earlier tests left in its window; open, it answers 503 too.
            for (int attempt = 0; attempt <= Statements.CIRCUIT_WINDOW; attempt++) {
                given().header(KEY, organization.apiKey()).contentType(ContentType.JSON).body("{}")
                        .when().post(SIGNATORIES, statement)
                        .then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", "5").body("detail", containsString("nothing was recorded"));
                given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                        .body("{\"organizationId\": " + organization.id() + ", \"endorsedOn\": \"2024-06-11\"}")
                        .when().post(SIGNATORIES, statement)
                        .then().statusCode(503);
            }
            given().when().get("/api/organizations/{id}/endorsements", organization.id())
                    .then().statusCode(200).body("total", equalTo(0));
            // Reading the list does not need statements-service.
            given().when().get(SIGNATORIES, statement).then().statusCode(200).body("total", equalTo(0));
        } finally {
            StatementsPeer.startPeer();
        }
        awaitEndorsement(statement, organization);
    }

    /**
     * Once statements-service is back, the open circuit lets a trial call through after its short test delay, and
     * closes with an empty window, so later tests are not refused for the failures of this one.
     */
    private static void awaitEndorsement(long statement, Registered organization) {
        long deadline = System.currentTimeMillis() + 10_000;
        int status;
        do {
            status = given().header(KEY, organization.apiKey()).contentType(ContentType.JSON).body("{}")
                    .when().post(SIGNATORIES, statement).then().extract().statusCode();
            if (status == 503) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } while (status == 503 && System.currentTimeMillis() < deadline);
        assertEquals(201, status);
    }
}
