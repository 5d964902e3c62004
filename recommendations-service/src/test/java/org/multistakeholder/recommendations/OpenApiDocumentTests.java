package org.multistakeholder.recommendations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The API's contract is its OpenAPI document: every operation, parameter and error must be described there. */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTests {

    @Test
    void shouldDescribeEveryOperationParameterAndError() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json")
                .when().get("/openapi/recommendations").then().statusCode(200).extract().asString());
        List<String> gaps = new ArrayList<>();
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                operations.add(name);
                JsonNode body = operation.getValue();
                if (!body.hasNonNull("summary") || !body.hasNonNull("description")) {
                    gaps.add(name + ": summary or description");
                }
                for (JsonNode parameter : body.path("parameters")) {
                    if (!parameter.hasNonNull("description") || !parameter.hasNonNull("example")) {
                        gaps.add(name + ": parameter " + parameter.path("name").asText());
                    }
                }
                for (Map.Entry<String, JsonNode> response : body.path("responses").properties()) {
                    if (response.getKey().startsWith("4") && !response.getValue().path("content").has("application/problem+json")) {
                        gaps.add(name + ": response " + response.getKey() + " is not a problem document");
                    }
                }
                boolean writes = !operation.getKey().equals("get");
                if (writes && !body.has("security")) {
                    gaps.add(name + ": no editorToken security requirement");
                }
            }
        }
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            for (Map.Entry<String, JsonNode> property : schema.getValue().path("properties").properties()) {
                JsonNode value = property.getValue();
                boolean described = value.hasNonNull("description") || value.has("$ref") || value.has("allOf");
                if (!described) {
                    gaps.add("schema " + schema.getKey() + "." + property.getKey() + ": description");
                }
            }
        }
        assertEquals(17, operations.size(), operations.toString());
        assertEquals(List.of(), gaps);
    }
}
