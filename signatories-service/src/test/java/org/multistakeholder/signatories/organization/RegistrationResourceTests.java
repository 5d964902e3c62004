package org.multistakeholder.signatories.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.signatories.Fixtures;
import org.multistakeholder.signatories.statement.StatementsPeer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = StatementsPeer.class, restrictToAnnotatedClass = false)
class RegistrationResourceTests {

    @Test
    void shouldRegisterPendingOrganizationAndShowKeyOnce() {
        String name = Fixtures.uniqueName("Registry of Tests");
        String location = given().contentType(ContentType.JSON).body(Fixtures.profile(name))
                .when().post("/api/registrations")
                .then().statusCode(201)
                .header("Location", containsString("/api/organizations/"))
                .header("Cache-Control", containsString("no-store"))
                .body("organization.status", equalTo("PENDING"))
                .body("organization.name", equalTo(name))
                .body("organization.contact.email", equalTo("jane.doe@example.org"))
                .body("apiKey", matchesPattern("[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{43}"))
                .extract().header("Location");

        // Pending: not public, and the key is never shown again.
        given().when().get(location).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).when().get(location)
                .then().statusCode(200).body("status", equalTo("PENDING")).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("apiKey")));
        given().auth().oauth2(SignedTokens.admin()).when().get(location + "/status-history")
                .then().statusCode(200).body("action", equalTo(List.of("REGISTER"))).body("[0].toStatus", equalTo("PENDING"));
    }

    @Inject
    DataSource database;

    @Test
    void shouldStoreOnlyTheKeyIdAndAHashOfTheSecret() throws Exception {
        var registration = given().contentType(ContentType.JSON).body(Fixtures.profile(Fixtures.uniqueName("Hashed Keys")))
                .when().post("/api/registrations").then().statusCode(201).extract().jsonPath();
        String apiKey = registration.getString("apiKey");
        String keyId = apiKey.substring(0, apiKey.indexOf('.'));
        String secret = apiKey.substring(apiKey.indexOf('.') + 1);

        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("select * from api_key where organization_id = ?")) {
            query.setLong(1, registration.getLong("organization.id"));
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the key is stored");
                assertEquals(keyId, row.getString("key_id"));
                assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)),
                        row.getBytes("secret_hash"));
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    String stored = row.getString(column);
                    assertFalse(stored != null && (stored.contains(secret) || stored.contains(apiKey)),
                            "column " + row.getMetaData().getColumnName(column) + " holds the key");
                    byte[] bytes = row.getBytes(column);
                    assertFalse(bytes != null && new String(bytes, StandardCharsets.UTF_8).contains(secret),
                            "column " + row.getMetaData().getColumnName(column) + " holds the secret");
                }
            }
        }
    }

    @Test
    void shouldRefuseDuplicateNameIgnoringCaseAndAccents() {
        String suffix = Fixtures.uniqueName("");
        given().contentType(ContentType.JSON).body(Fixtures.profile("Associação Teste" + suffix))
                .when().post("/api/registrations").then().statusCode(201);

        given().contentType(ContentType.JSON).body(Fixtures.profile("ASSOCIACAO  teste" + suffix))
                .when().post("/api/registrations")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already registered"));
        given().auth().oauth2(SignedTokens.admin()).queryParam("q", "associacao teste" + suffix).queryParam("status", "PENDING")
                .when().get("/api/organizations")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void shouldLeaveExactlyOneOrganizationWhenTheSameNameIsRegisteredConcurrently() throws Exception {
        String name = Fixtures.uniqueName("Concurrent Registry");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                attempts.add(() -> given().contentType(ContentType.JSON).body(Fixtures.profile(name))
                        .when().post("/api/registrations").then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> attempt : pool.invokeAll(attempts)) {
                statuses.add(attempt.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses: " + statuses);
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), "statuses: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(SignedTokens.admin()).queryParam("q", name).queryParam("status", "PENDING")
                .when().get("/api/organizations")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void shouldRefuseMissingAndMalformedFields() {
        String name = Fixtures.uniqueName("Malformed");
        given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\",")
                .when().post("/api/registrations")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"country\": \"NZ\", \"website\": \"https://example.org\", \"kind\": \"REGISTRY\"}")
                .when().post("/api/registrations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("contact")));
        given().contentType(ContentType.JSON).body(Fixtures.profile(name).replace("jane.doe@example.org", "not-an-email"))
                .when().post("/api/registrations")
                .then().statusCode(400).body("violations.field", hasItem(containsString("email")));
        given().contentType(ContentType.JSON).body(Fixtures.profile(name).replace("\"NZ\"", "\"XX\""))
                .when().post("/api/registrations")
                .then().statusCode(400).body("violations[0].field", equalTo("country"));
        given().contentType(ContentType.JSON).body(Fixtures.profile(name).replace("\"NZ\"", "\"New Zealand\""))
                .when().post("/api/registrations")
                .then().statusCode(400).body("violations.field", hasItem(containsString("country")));
        given().contentType(ContentType.JSON).body(Fixtures.profile(name).replace("https://example.org", "javascript:alert(1)"))
                .when().post("/api/registrations")
                .then().statusCode(400).body("violations.field", hasItem(containsString("website")));
        given().contentType(ContentType.JSON).body(Fixtures.profile(name).replace("CCTLD_MANAGER", "BAKERY"))
                .when().post("/api/registrations")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("kind"));
        given().contentType(ContentType.JSON).body(Fixtures.profile(name).replace("\"Jane Doe\"", "42.5").replace("\"name\": \"" + name + "\"", "\"name\": []"))
                .when().post("/api/registrations")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Fixtures.profile(name).replace("\"kind\"", "\"colour\": \"red\", \"kind\""))
                .when().post("/api/registrations")
                .then().statusCode(400).body("detail", containsString("colour"));

        // None of the refused requests left an organization behind.
        given().auth().oauth2(SignedTokens.admin()).queryParam("q", name).queryParam("status", "PENDING")
                .when().get("/api/organizations")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
