package org.multistakeholder.statements.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.OpenApiDocument;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

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

    @Test
    void shouldMatchTheCommittedDocument() {
        OpenApiDocument.assertMatchesCommitted(given().accept("application/json").when().get("/openapi/statements")
                .then().statusCode(200).extract().asString(), java.nio.file.Path.of("src/main/openapi/statements.json"));
    }
}
