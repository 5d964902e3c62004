package org.multistakeholder.signatories;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.OpenApiDocument;
import org.multistakeholder.platform.testing.SharedConfiguration;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.signatories.statement.StatementsPeer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation, parameter and response of the published document is described, as the design asks. */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = StatementsPeer.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTests {

    @Test
    void shouldDescribeEveryOperationParameterAndResponse() {
        OpenApiDocument document = OpenApiDocument.parse(given().queryParam("format", "json")
                .when().get("/openapi/signatories").then().statusCode(200).extract().asString());

        assertTrue(document.securitySchemes().has("editorToken") && document.securitySchemes().has("organizationKey"),
                "security schemes: " + document.securitySchemes());
        assertEquals(List.of(), document.gaps());
        assertTrue(document.operations().contains("POST /api/statements/{statementId}/signatories"), document.operations().toString());
        assertTrue(document.operations().contains("POST /api/registrations"), document.operations().toString());
    }

    @Test
    void shouldMatchTheCommittedDocument() {
        OpenApiDocument.assertMatchesCommitted(given().queryParam("format", "json").when().get("/openapi/signatories")
                .then().statusCode(200).extract().asString(), java.nio.file.Path.of("src/main/openapi/signatories.json"));
    }

    /** The document's security scheme, and most of the service's settings, are the configuration the three share. */
    @Test
    void shouldReadTheSharedConfiguration() {
        SharedConfiguration.assertApplied();
    }
}
