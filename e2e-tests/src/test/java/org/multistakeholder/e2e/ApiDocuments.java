package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.multistakeholder.platform.testing.OpenApiDocument;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The three services' OpenAPI documents as the running product publishes them through the gateway, so the
 * tests driven by them cover whatever the product offers now, a new operation included.
 */
final class ApiDocuments {

    /** One operation of one service's document. */
    record Operation(String service, String method, String path) {

        boolean isWrite() {
            return List.of("POST", "PUT", "PATCH", "DELETE").contains(method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final Map<String, OpenApiDocument> documents = new LinkedHashMap<>();

    private ApiDocuments() {
    }

    static ApiDocuments read(Product product) {
        ApiDocuments api = new ApiDocuments();
        for (String service : Product.SERVICES) {
            String json = given().accept("application/json").when().get(product.gateway() + "/openapi/" + service)
                    .then().statusCode(200).extract().asString();
            api.documents.put(service, OpenApiDocument.parse(json));
        }
        return api;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        documents.forEach((service, document) -> document.operations().forEach(name -> {
            int space = name.indexOf(' ');
            operations.add(new Operation(service, name.substring(0, space), name.substring(space + 1)));
        }));
        return operations;
    }

    OpenApiDocument document(Operation operation) {
        return documents.get(operation.service());
    }

    /** The operation's description in its service's document. */
    JsonNode describe(Operation operation) {
        return document(operation).operation(operation.method(), operation.path());
    }

    /** The operation's JSON request body schema, resolved; a missing node when it takes no body. */
    JsonNode requestSchema(Operation operation) {
        return document(operation).requestSchema(operation.method(), operation.path());
    }

    /** A request body made of the document's examples; a missing node when the operation takes none. */
    JsonNode exampleBody(Operation operation) {
        JsonNode schema = requestSchema(operation);
        return schema.isMissingNode() ? schema : document(operation).example(schema);
    }

    List<String> security(Operation operation) {
        return document(operation).security(operation.method(), operation.path());
    }

    boolean takesIfMatch(Operation operation) {
        return document(operation).parameters(operation.method(), operation.path(), "header").containsKey("If-Match");
    }

    Map<String, JsonNode> queryParameters(Operation operation) {
        return document(operation).parameters(operation.method(), operation.path(), "query");
    }

    /** Whether the operation answers with {@code status}. */
    boolean answers(Operation operation, String status) {
        return describe(operation).path("responses").has(status);
    }

    /** The schema of the operation's 200 JSON answer, resolved. */
    JsonNode answerSchema(Operation operation) {
        return document(operation).responseSchema(operation.method(), operation.path(), "200");
    }

    /** Whether the schema is the page envelope every list answers with. */
    static boolean isPage(JsonNode schema) {
        JsonNode properties = schema.path("properties");
        return properties.path("items").path("type").asText().equals("array")
                && properties.has("page") && properties.has("size") && properties.has("total");
    }
}
