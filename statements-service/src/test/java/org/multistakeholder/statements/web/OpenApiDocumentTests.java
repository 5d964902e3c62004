package org.multistakeholder.statements.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation, parameter, error response and schema field of the published document is described. */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTests {

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeEveryOperationParameterErrorAndField() {
        Map<String, Object> document = given().accept("application/json").when().get("/openapi/statements")
                .then().statusCode(200).extract().jsonPath().getMap("");
        List<String> gaps = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        for (var path : paths.entrySet()) {
            for (var entry : path.getValue().entrySet()) {
                Map<String, Object> operation = (Map<String, Object>) entry.getValue();
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                if (operation.get("summary") == null || operation.get("description") == null) {
                    gaps.add(where + ": summary or description");
                }
                for (Map<String, Object> parameter : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
                    if (parameter.get("description") == null || !parameter.containsKey("example")) {
                        gaps.add(where + ": parameter " + parameter.get("name"));
                    }
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                for (var response : responses.entrySet()) {
                    Map<String, Object> content = (Map<String, Object>) response.getValue().getOrDefault("content", Map.of());
                    if (response.getKey().startsWith("4") && !content.containsKey("application/problem+json")) {
                        gaps.add(where + ": response " + response.getKey() + " is not a problem document");
                    }
                }
            }
        }
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) document.get("components")).get("schemas");
        for (var schema : schemas.entrySet()) {
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.getValue().getOrDefault("properties", Map.of());
            for (var property : properties.entrySet()) {
                Map<String, Object> field = property.getValue();
                if (field.get("description") == null && !field.containsKey("$ref") && !field.containsKey("allOf")) {
                    gaps.add("schema " + schema.getKey() + "." + property.getKey());
                }
            }
        }
        assertEquals(List.of(), gaps);
        assertTrue(paths.containsKey("/api/correspondence/{id}/thread"));
        assertTrue(paths.containsKey("/api/statements/{statementId}/drafting-group"));
    }
}
