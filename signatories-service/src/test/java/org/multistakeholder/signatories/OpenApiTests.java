package org.multistakeholder.signatories;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.signatories.statement.StatementsPeer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every operation, parameter and response of the published document is described, as the design asks. */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = StatementsPeer.class, restrictToAnnotatedClass = false)
class OpenApiTests {

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeEveryOperationParameterAndResponse() {
        JsonPath document = given().queryParam("format", "json").when().get("/openapi/signatories")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> schemes = document.getMap("components.securitySchemes");
        assertTrue(schemes.containsKey("editorToken") && schemes.containsKey("organizationKey"), "security schemes: " + schemes.keySet());

        List<String> gaps = new ArrayList<>();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            Map<String, Object> operation = (Map<String, Object>) value;
            String name = method.toUpperCase() + " " + path;
            if (operation.get("summary") == null || operation.get("description") == null) {
                gaps.add(name + ": summary or description");
            }
            for (Map<String, Object> parameter : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
                if (parameter.get("description") == null || parameter.get("example") == null) {
                    gaps.add(name + ": parameter " + parameter.get("name"));
                }
            }
            ((Map<String, Map<String, Object>>) operation.get("responses")).forEach((status, response) -> {
                if (response.get("description") == null) {
                    gaps.add(name + ": response " + status);
                }
            });
        }));
        assertEquals(List.of(), gaps);
        assertTrue(paths.containsKey("/api/statements/{statementId}/signatories"), "paths: " + paths.keySet());
        assertTrue(paths.containsKey("/api/registrations"), "paths: " + paths.keySet());
    }
}
