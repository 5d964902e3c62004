package org.multistakeholder.statements.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.OpenApiDocument;
import org.multistakeholder.platform.testing.SharedConfiguration;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every operation, parameter, error response and schema field of the published document is described. */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTests {

    @Test
    void shouldDescribeEveryOperationParameterErrorAndField() {
        OpenApiDocument document = OpenApiDocument.parse(given().accept("application/json")
                .when().get("/openapi/statements").then().statusCode(200).extract().asString());

        assertEquals(List.of(), document.gaps());
        assertTrue(document.operations().contains("GET /api/correspondence/{id}/thread"));
        assertTrue(document.operations().contains("GET /api/statements/{statementId}/drafting-group"));
    }

    /** What the document declares of every operation is what the service does. */
    @Test
    void shouldRefuseWhatTheDocumentDeclaresInvalid() {
        // Every operation declares 401: a token that does not verify is refused even where none is needed.
        given().auth().oauth2("not-a-token").when().get("/api/statements")
                .then().statusCode(401).contentType("application/problem+json");
        // Free-text filters declare maxLength 200.
        given().queryParam("q", "a".repeat(201)).when().get("/api/statements")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("q"));
        given().queryParam("q", "a".repeat(200)).when().get("/api/statements").then().statusCode(200);
        // If-Match declares maxLength 1024; a longer one is not read.
        String body = "{\"kind\":\"SUMMIT\",\"title\":\"Limits\",\"issuingBody\":\"Us\"}";
        String location = given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/statements").then().statusCode(201).extract().header("Location");
        String longIfMatch = "\"9\", ".repeat(210) + "\"0\"";
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", longIfMatch).body(body)
                .when().put(location).then().statusCode(412);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"9\", \"0\"").body(body)
                .when().put(location).then().statusCode(200);
    }

    @Test
    void shouldMatchTheCommittedDocument() {
        OpenApiDocument.assertMatchesCommitted(given().accept("application/json").when().get("/openapi/statements")
                .then().statusCode(200).extract().asString(), java.nio.file.Path.of("src/main/openapi/statements.json"));
    }

    /** The document's security scheme, and most of the service's settings, are the configuration the three share. */
    @Test
    void shouldReadTheSharedConfiguration() {
        SharedConfiguration.assertApplied();
    }
}
