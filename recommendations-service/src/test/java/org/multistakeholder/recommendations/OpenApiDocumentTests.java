package org.multistakeholder.recommendations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.OpenApiDocument;
import org.multistakeholder.platform.testing.SharedConfiguration;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The API's contract is its OpenAPI document: every operation, parameter and error must be described there. */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTests {

    @Test
    void shouldDescribeEveryOperationParameterAndError() {
        OpenApiDocument document = OpenApiDocument.parse(given().queryParam("format", "json")
                .when().get("/openapi/recommendations").then().statusCode(200).extract().asString());

        assertEquals(List.of(), document.gaps());
        assertEquals(19, document.operations().size(), document.operations().toString());
        List<String> unsecuredWrites = document.operations().stream()
                .filter(name -> !name.startsWith("GET "))
                .filter(name -> !document.operation(name.split(" ")[0], name.split(" ")[1]).has("security"))
                .toList();
        assertEquals(List.of(), unsecuredWrites, "every write needs the editorToken security requirement");
    }

    @Test
    void shouldMatchTheCommittedDocument() {
        OpenApiDocument.assertMatchesCommitted(given().queryParam("format", "json").when().get("/openapi/recommendations")
                .then().statusCode(200).extract().asString(), java.nio.file.Path.of("src/main/openapi/recommendations.json"));
    }

    /** The document's security scheme, and most of the service's settings, are the configuration the three share. */
    @Test
    void shouldReadTheSharedConfiguration() {
        SharedConfiguration.assertApplied();
    }
}
