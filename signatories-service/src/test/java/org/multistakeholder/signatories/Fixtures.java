package org.multistakeholder.signatories;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.multistakeholder.platform.testing.SignedTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Organizations created through the API, with names no other test uses. */
public final class Fixtures {

    private Fixtures() {
    }

    public record Registered(long id, String name, String apiKey) {
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String profile(String name) {
        return """
                {"name": "%s", "shortName": "TST", "country": "NZ", "website": "https://example.org",
                 "kind": "CCTLD_MANAGER", "contact": {"name": "Jane Doe", "email": "jane.doe@example.org"}}""".formatted(name);
    }

    public static Registered register(String prefix) {
        String name = uniqueName(prefix);
        ExtractableResponse<Response> response = given().contentType(ContentType.JSON).body(profile(name))
                .when().post("/api/registrations")
                .then().statusCode(201).extract();
        return new Registered(((Number) response.path("organization.id")).longValue(), name, response.path("apiKey"));
    }

    public static Registered registerVerified(String prefix) {
        Registered registered = register(prefix);
        changeStatus(registered.id(), "VERIFIED");
        return registered;
    }

    public static void changeStatus(long id, String status) {
        String etag = given().auth().oauth2(SignedTokens.admin()).when().get("/api/organizations/{id}", id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(SignedTokens.admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"status\": \"" + status + "\", \"reason\": \"Test decision\"}")
                .when().post("/api/organizations/{id}/status-history", id)
                .then().statusCode(201);
    }
}
