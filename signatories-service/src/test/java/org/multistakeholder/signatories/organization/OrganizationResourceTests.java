package org.multistakeholder.signatories.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.PageWalk;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.signatories.Fixtures;
import org.multistakeholder.signatories.Fixtures.Registered;
import org.multistakeholder.signatories.statement.StatementsPeer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = StatementsPeer.class, restrictToAnnotatedClass = false)
class OrganizationResourceTests {

    private static final String KEY = "X-API-Key";

    @Test
    void shouldLetOrganizationReadAndEditOnlyItsOwnProfile() {
        Registered own = Fixtures.register("Own Profile Registry");
        Registered other = Fixtures.register("Other Profile Registry");

        String etag = given().header(KEY, own.apiKey()).when().get("/api/organizations/{id}", own.id())
                .then().statusCode(200).body("contact.name", equalTo("Jane Doe")).header("ETag", notNullValue())
                .extract().header("ETag");
        String renamed = Fixtures.uniqueName("Renamed Registry");
        given().header(KEY, own.apiKey()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Fixtures.profile(renamed).replaceFirst("\\{", "{\"id\": 1, \"status\": \"VERIFIED\", \"version\": 0, "))
                .when().put("/api/organizations/{id}", own.id())
                .then().statusCode(200).body("name", equalTo(renamed)).body("status", equalTo("PENDING"))
                .header("ETag", not(equalTo(etag)));

        // Stale and missing If-Match, then another organization's id.
        given().header(KEY, own.apiKey()).header("If-Match", etag).contentType(ContentType.JSON).body(Fixtures.profile(renamed))
                .when().put("/api/organizations/{id}", own.id())
                .then().statusCode(412).contentType("application/problem+json");
        given().header(KEY, own.apiKey()).contentType(ContentType.JSON).body(Fixtures.profile(renamed))
                .when().put("/api/organizations/{id}", own.id())
                .then().statusCode(428);
        given().header(KEY, own.apiKey()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Fixtures.profile(Fixtures.uniqueName("Hijack")))
                .when().put("/api/organizations/{id}", other.id())
                .then().statusCode(403).contentType("application/problem+json");
        given().header(KEY, own.apiKey()).when().get("/api/organizations/{id}/status-history", other.id())
                .then().statusCode(403);
        given().header(KEY, own.apiKey()).when().post("/api/organizations/{id}/api-key", other.id())
                .then().statusCode(403);
        given().header(KEY, own.apiKey()).when().get("/api/organizations/{id}", other.id())
                .then().statusCode(404);
        given().auth().oauth2(SignedTokens.admin()).when().get("/api/organizations/{id}", other.id())
                .then().statusCode(200).body("name", equalTo(other.name()));
    }

    @Test
    void shouldRefuseWrongMissingAndRevokedKeys() {
        Registered organization = Fixtures.register("Rotating Registry");
        String[] wrong = { "garbage", organization.apiKey().substring(0, 17) + "A".repeat(43), organization.apiKey() + "x" };
        for (String key : wrong) {
            given().header(KEY, key).when().get("/api/organizations/{id}", organization.id())
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(Fixtures.profile(organization.name()))
                .when().put("/api/organizations/{id}", organization.id())
                .then().statusCode(401);
        given().auth().oauth2("not-a-token").when().get("/api/organizations/{id}", organization.id())
                .then().statusCode(401);
        given().when().get("/api/organizations/{id}/endorsements", organization.id())
                .then().statusCode(404);
        given().header(KEY, organization.apiKey()).when().get("/api/organizations/{id}/endorsements", organization.id())
                .then().statusCode(200).body("total", equalTo(0));

        String newKey = given().header(KEY, organization.apiKey()).when().post("/api/organizations/{id}/api-key", organization.id())
                .then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("organizationId", equalTo((int) organization.id())).extract().path("apiKey");
        given().header(KEY, organization.apiKey()).when().get("/api/organizations/{id}", organization.id())
                .then().statusCode(401);
        given().header(KEY, newKey).when().get("/api/organizations/{id}", organization.id())
                .then().statusCode(200).body("contact.email", equalTo("jane.doe@example.org"));

        // An editor may issue a key for an organization that lost its own; the one before stops working.
        String editorsKey = given().auth().oauth2(SignedTokens.admin()).when().post("/api/organizations/{id}/api-key", organization.id())
                .then().statusCode(200).extract().path("apiKey");
        given().header(KEY, newKey).when().get("/api/organizations/{id}", organization.id()).then().statusCode(401);
        given().header(KEY, editorsKey).when().get("/api/organizations/{id}", organization.id()).then().statusCode(200);
        given().auth().oauth2(SignedTokens.withoutRoles()).when().post("/api/organizations/{id}/api-key", organization.id())
                .then().statusCode(403);
        given().when().post("/api/organizations/{id}/api-key", organization.id()).then().statusCode(401);
    }

    @Test
    void shouldVerifySuspendAndReinstateWithHistory() {
        Registered organization = Fixtures.register("Lifecycle Registry");
        String path = "/api/organizations/{id}/status-history";
        String decision = "{\"status\": \"%s\", \"reason\": \"%s\", \"effectiveOn\": \"2024-06-10\"}";

        given().header(KEY, organization.apiKey()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(decision.formatted("VERIFIED", "Self-verification")).when().post(path, organization.id())
                .then().statusCode(403);
        given().auth().oauth2(SignedTokens.withoutRoles()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(decision.formatted("VERIFIED", "No rights")).when().post(path, organization.id())
                .then().statusCode(403);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(decision.formatted("VERIFIED", "Anonymous")).when().post(path, organization.id())
                .then().statusCode(401);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(decision.formatted("VERIFIED", "Checked")).when().post(path, organization.id())
                .then().statusCode(428);
        given().auth().oauth2(SignedTokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"status\": \"VERIFIED\"}").when().post(path, organization.id())
                .then().statusCode(400).body("violations.field", hasItem(containsString("reason")));
        given().auth().oauth2(SignedTokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"status\": \"VERIFIED\", \"reason\": \"Later\", \"effectiveOn\": \"2999-01-01\"}").when().post(path, organization.id())
                .then().statusCode(400).body("violations[0].field", equalTo("effectiveOn"));
        given().auth().oauth2(SignedTokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(decision.formatted("PENDING", "Back")).when().post(path, organization.id())
                .then().statusCode(409);

        String etag = given().auth().oauth2(SignedTokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(decision.formatted("VERIFIED", "Membership confirmed")).when().post(path, organization.id())
                .then().statusCode(201).body("action", equalTo("VERIFY")).body("effectiveOn", equalTo("2024-06-10"))
                .header("Location", endsWith("/api/organizations/" + organization.id() + "/status-history"))
                .extract().header("ETag");
        given().auth().oauth2(SignedTokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(decision.formatted("SUSPENDED", "Stale")).when().post(path, organization.id())
                .then().statusCode(412);
        etag = given().auth().oauth2(SignedTokens.admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(decision.formatted("SUSPENDED", "Domain abuse reports")).when().post(path, organization.id())
                .then().statusCode(201).body("action", equalTo("SUSPEND")).extract().header("ETag");
        given().auth().oauth2(SignedTokens.admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(decision.formatted("VERIFIED", "Reports resolved")).when().post(path, organization.id())
                .then().statusCode(201).body("action", equalTo("REINSTATE"));

        given().header(KEY, organization.apiKey()).when().get(path, organization.id())
                .then().statusCode(200)
                .body("action", equalTo(List.of("REGISTER", "VERIFY", "SUSPEND", "REINSTATE")))
                .body("reason[2]", equalTo("Domain abuse reports"));
        given().when().get(path, organization.id()).then().statusCode(401);
        given().auth().oauth2(SignedTokens.admin()).when().get(path, 987654321).then().statusCode(404);
    }

    @Test
    void shouldListOnlyVerifiedOrganizationsPubliclyWithoutContacts() {
        Registered verified = Fixtures.registerVerified("Listed Registry");
        Registered pending = Fixtures.register("Unlisted Registry");

        given().queryParam("q", verified.name().toUpperCase()).when().get("/api/organizations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo(verified.name()))
                .body("items[0]", not(hasKey("contact")));
        given().queryParam("q", pending.name()).when().get("/api/organizations")
                .then().statusCode(200).body("total", equalTo(0));
        given().when().get("/api/organizations/{id}", verified.id())
                .then().statusCode(200).body("$", not(hasKey("contact")));
        given().queryParam("status", "PENDING").when().get("/api/organizations")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).queryParam("status", "PENDING").queryParam("q", pending.name())
                .when().get("/api/organizations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].contact.email", equalTo("jane.doe@example.org"));
        given().auth().oauth2(SignedTokens.admin()).queryParam("status", "PENDING").queryParam("size", 100)
                .when().get("/api/organizations")
                .then().statusCode(200).body("items.status", everyItem(equalTo("PENDING")));
    }

    @Test
    void shouldKeepListTotalsRightAsOrganizationsRegisterChangeStatusAndMove() {
        int pendingInNz = editorsTotal("status=PENDING&country=NZ");
        int verifiedInNz = editorsTotal("status=VERIFIED&country=NZ");
        int verifiedCctldsInFr = editorsTotal("status=VERIFIED&kind=CCTLD_MANAGER&country=FR");
        int everyone = editorsTotal("");
        int publicVerified = given().when().get("/api/organizations").then().statusCode(200).extract().path("total");

        Registered organization = Fixtures.register("Counted Registry");
        assertTotal("status=PENDING&country=NZ", pendingInNz + 1);
        assertTotal("", everyone + 1);

        Fixtures.changeStatus(organization.id(), "VERIFIED");
        assertTotal("status=PENDING&country=NZ", pendingInNz);
        assertTotal("status=VERIFIED&country=NZ", verifiedInNz + 1);
        given().when().get("/api/organizations").then().statusCode(200).body("total", equalTo(publicVerified + 1));

        // Moving to another country moves it between the per-country totals; a profile edit changes no total.
        String etag = given().header(KEY, organization.apiKey()).when().get("/api/organizations/{id}", organization.id())
                .then().statusCode(200).extract().header("ETag");
        given().header(KEY, organization.apiKey()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Fixtures.profile(organization.name()).replace("\"NZ\"", "\"FR\""))
                .when().put("/api/organizations/{id}", organization.id())
                .then().statusCode(200);
        assertTotal("status=VERIFIED&country=NZ", verifiedInNz);
        assertTotal("status=VERIFIED&kind=CCTLD_MANAGER&country=FR", verifiedCctldsInFr + 1);
        assertTotal("", everyone + 1);

        Fixtures.changeStatus(organization.id(), "SUSPENDED");
        assertTotal("status=VERIFIED&kind=CCTLD_MANAGER&country=FR", verifiedCctldsInFr);
        given().when().get("/api/organizations").then().statusCode(200).body("total", equalTo(publicVerified));
    }

    @Test
    void shouldGiveTotalsThatMatchTheItemsListed() {
        Fixtures.registerVerified("Tallied Registry");
        Fixtures.register("Tallied Registrar");
        for (String filter : List.of("", "status=PENDING", "status=VERIFIED", "kind=CCTLD_MANAGER", "country=NZ",
                "status=VERIFIED&country=NZ", "country=ZZ", "q=tallied", "q=TST")) {
            var page = given().auth().oauth2(SignedTokens.admin()).when().get("/api/organizations?size=100" + (filter.isEmpty() ? "" : "&" + filter))
                    .then().statusCode(200).extract();
            int total = page.path("total");
            assertTrue(total <= 100, "the test database holds more organizations than one page: " + filter);
            assertEquals(total, page.<List<?>>path("items").size(), filter);
        }
    }

    @Test
    void shouldShowEveryOrganizationOnceWhenFollowingNextInEverySortOrder() {
        String tag = Fixtures.uniqueName("Paged").replace(" ", "");
        // Seven organizations of one country and short name, so those sorts are all ties broken by id; two stay pending.
        for (int i = 0; i < 7; i++) {
            Registered registered = Fixtures.register(tag);
            if (i % 3 != 0) {
                Fixtures.changeStatus(registered.id(), "VERIFIED");
            }
        }
        Supplier<RequestSpecification> editor = () -> given().auth().oauth2(SignedTokens.admin()).queryParam("q", tag);
        for (String sort : List.of("name", "-name", "createdAt", "-createdAt", "id", "-id", "country", "-status", "shortName")) {
            assertEquals(7, PageWalk.bothWays(editor, "/api/organizations", 2, sort).size(), sort);
        }
        assertEquals(4, PageWalk.following(() -> given().queryParam("q", tag), "/api/organizations", 2, "name").size(),
                "the public sees the verified ones only");
        PageWalk.assertRefusesBadCursors(editor, "/api/organizations", "name", "createdAt");
        PageWalk.assertRefusesBadCursors(editor, "/api/organizations", "-createdAt", "createdAt");
        PageWalk.assertRefusesBadCursors(editor, "/api/organizations", "country", "name");
    }

    @Test
    void shouldFollowNextPastTheLongestNames() {
        String tag = Fixtures.uniqueName("Long").replace(" ", "");
        for (String last : List.of("一", "二", "三")) {
            // 300 characters of three bytes each in UTF-8: the longest value a cursor carries.
            String name = tag + " " + "名".repeat(300 - tag.length() - 2) + last;
            given().contentType(ContentType.JSON).body(Fixtures.profile(name)).when().post("/api/registrations").then().statusCode(201);
        }
        Supplier<RequestSpecification> editor = () -> given().auth().oauth2(SignedTokens.admin()).queryParam("q", tag);
        assertEquals(3, PageWalk.following(editor, "/api/organizations", 1, "name").size());
        assertEquals(3, PageWalk.following(editor, "/api/organizations", 1, "-name").size());
    }

    @Test
    void shouldContinueAfterTheLastOrganizationShownWhenOthersRegisterBeforeIt() {
        String tag = Fixtures.uniqueName("Shifting").replace(" ", "");
        Fixtures.register(tag + " B");
        Fixtures.register(tag + " C");
        Fixtures.register(tag + " D");
        Supplier<RequestSpecification> editor = () -> given().auth().oauth2(SignedTokens.admin()).queryParam("q", tag).queryParam("size", 2);
        var first = editor.get().when().get("/api/organizations").then().statusCode(200).extract();
        assertThat(first.path("items.name"), contains(startsWith(tag + " B"), startsWith(tag + " C")));
        // Registered between the two reads, before everything already shown: a page number would now repeat C.
        Fixtures.register(tag + " A");
        editor.get().queryParam("after", first.<String>path("next")).when().get("/api/organizations")
                .then().statusCode(200).body("page", equalTo(1)).body("total", equalTo(4))
                .body("items.name", contains(startsWith(tag + " D"))).body("next", nullValue());
    }

    private static int editorsTotal(String filter) {
        return given().auth().oauth2(SignedTokens.admin()).when().get("/api/organizations?size=1" + (filter.isEmpty() ? "" : "&" + filter))
                .then().statusCode(200).extract().path("total");
    }

    private static void assertTotal(String filter, int expected) {
        assertEquals(expected, editorsTotal(filter), filter);
    }

    @Test
    void shouldRefuseBadListParametersWithProblem() {
        given().queryParam("status", "ASLEEP").when().get("/api/organizations")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("status"));
        given().queryParam("kind", "BAKERY").when().get("/api/organizations")
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
        given().queryParam("country", "nz1").when().get("/api/organizations")
                .then().statusCode(400).body("violations[0].field", equalTo("country"));
        given().queryParam("page", -1).when().get("/api/organizations")
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
        given().queryParam("sort", "colour").when().get("/api/organizations")
                .then().statusCode(400).body("detail", containsString("not sortable"));
    }
}
