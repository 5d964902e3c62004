package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * An organization's whole journey through the gateway, with signatories-service asking the real
 * statements-service before every endorsement.
 */
class EndorsementJourneyIT extends ThroughTheGateway {

    private static final int COALITION_STATEMENT = 2;
    private static final int PUBLISHED_SUMMIT_STATEMENT = 1;

    @Test
    void shouldRegisterGetVerifiedEndorseAndWithdraw() {
        String name = "End-to-end Registry " + UUID.randomUUID();
        JsonPath registration = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "shortName", "E2E", "country", "NZ", "website", "https://registry.example",
                        "kind", "REGISTRY", "contact", Map.of("name", "Operations", "email", "ops@registry.example")))
                .when().post("/api/registrations")
                .then().statusCode(201)
                .header("Location", startsWith(product.gateway() + "/api/organizations/"))
                .body("organization.status", equalTo("PENDING"))
                .extract().jsonPath();
        long id = registration.getLong("organization.id");
        String apiKey = registration.getString("apiKey");

        // Anonymous readers never see a pending organization, nor anyone's contact.
        given().when().get("/api/organizations/" + id).then().statusCode(404);
        endorse(apiKey, COALITION_STATEMENT).then().statusCode(403);

        String etag = given().auth().oauth2(product.adminToken()).when().get("/api/organizations/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(product.adminToken()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("status", "VERIFIED", "reason", "Checked by the end-to-end tests"))
                .when().post("/api/organizations/" + id + "/status-history")
                .then().statusCode(201);
        // The gateway keeps the 404 anonymous readers got for its validity: the verification shows within it.
        Product.eventually(() -> given().when().get("/api/organizations/" + id)
                .then().statusCode(200).body("contact", equalTo(null)));

        endorse(apiKey, COALITION_STATEMENT).then().statusCode(201)
                .header("Location", startsWith(product.gateway() + "/api/statements/2/signatories/"));
        endorse(apiKey, COALITION_STATEMENT).then().statusCode(200);
        // Anonymous lists come through the gateway's short cache: the change shows within its validity.
        Product.eventually(() -> given().queryParam("size", 100).when().get("/api/statements/2/signatories")
                .then().statusCode(200).body("items.name", hasItem(name)));
        given().queryParam("asOf", "2024-06-11").queryParam("size", 100).when().get("/api/statements/2/signatories")
                .then().statusCode(200).body("items.name", not(hasItem(name)));

        endorse(apiKey, PUBLISHED_SUMMIT_STATEMENT).then().statusCode(409).contentType("application/problem+json");
        endorse(apiKey, 987654321).then().statusCode(404).contentType("application/problem+json");

        given().header("X-API-Key", apiKey).when().delete("/api/statements/2/signatories/" + id)
                .then().statusCode(200);
        Product.eventually(() -> given().queryParam("size", 100).when().get("/api/statements/2/signatories")
                .then().statusCode(200).body("items.name", not(hasItem(name))));

        ApiDocuments api = ApiDocuments.read(product);
        product.stop("statements");
        try {
            io.restassured.response.Response unavailable = endorse(apiKey, COALITION_STATEMENT);
            unavailable.then().statusCode(503).contentType("application/problem+json");
            // As the document shows it (ProblemExamplesIT checks the other statuses).
            assertEquals(List.of(), ProblemExamplesIT.unlikeExample(api, "POST", "/api/statements/{statementId}/signatories", unavailable));
        } finally {
            product.start();
        }
        given().header("X-API-Key", apiKey).queryParam("inForce", true)
                .when().get("/api/organizations/" + id + "/endorsements")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRefuseAnotherOrganizationsKeyAndAWrongKey() {
        String first = register("First " + UUID.randomUUID());
        JsonPath second = given().contentType(ContentType.JSON)
                .body(registrationOf("Second " + UUID.randomUUID())).when().post("/api/registrations")
                .then().statusCode(201).extract().jsonPath();
        long secondId = second.getLong("organization.id");

        // Another organization's pending profile does not exist for it; changing it is forbidden outright.
        given().header("X-API-Key", first).when().get("/api/organizations/" + secondId).then().statusCode(404);
        given().header("X-API-Key", first).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(registrationOf("Taken over"))
                .when().put("/api/organizations/" + secondId)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("X-API-Key", "not-a-key").when().get("/api/organizations/" + secondId).then().statusCode(401)
                .contentType("application/problem+json");
        given().header("X-API-Key", first).when().delete("/api/statements/2/signatories/" + secondId)
                .then().statusCode(403);
    }

    private static io.restassured.response.Response endorse(String apiKey, int statement) {
        return given().header("X-API-Key", apiKey).contentType(ContentType.JSON).body("{}")
                .when().post("/api/statements/" + statement + "/signatories");
    }

    private static String register(String name) {
        return given().contentType(ContentType.JSON).body(registrationOf(name)).when().post("/api/registrations")
                .then().statusCode(201).extract().jsonPath().getString("apiKey");
    }

    private static Map<String, Object> registrationOf(String name) {
        return Map.of("name", name, "country", "DE", "website", "https://org.example", "kind", "COMPANY",
                "contact", Map.of("name", "Someone", "email", "someone@org.example"));
    }
}
