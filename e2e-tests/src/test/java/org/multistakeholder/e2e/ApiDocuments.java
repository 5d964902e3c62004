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

    /** The operation for {@code method} at the path template, which the documents must hold. */
    Operation operation(String method, String template) {
        return operations().stream().filter(o -> o.method().equals(method) && o.path().equals(template)).findFirst()
                .orElseThrow(() -> new IllegalStateException(method + " " + template + " is not in the documents"));
    }

    /** Every error status some operation of the documents declares. */
    java.util.Set<Integer> errorStatuses() {
        java.util.Set<Integer> statuses = new java.util.TreeSet<>();
        for (Operation operation : operations()) {
            describe(operation).path("responses").fieldNames().forEachRemaining(status -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    statuses.add(Integer.parseInt(status));
                }
            });
        }
        return statuses;
    }

    /**
     * What differs between the problem the operation really answered and the example its document shows for that
     * status, in type, title and status; empty when they agree.
     */
    List<String> unlikeExample(Operation operation, int status, String contentType, JsonNode problem) {
        JsonNode example = describe(operation).path("responses").path(Integer.toString(status)).path("content")
                .path("application/problem+json").path("example");
        List<String> differences = new ArrayList<>();
        if (example.isMissingNode()) {
            differences.add(operation + " answered " + status + ", which its document shows no problem example for");
            return differences;
        }
        if (!contentType.startsWith("application/problem+json")) {
            differences.add(operation + " answered " + status + " as " + contentType + ", not a problem document");
        }
        for (String field : List.of("type", "title", "status")) {
            if (!example.path(field).equals(problem.path(field))) {
                differences.add(operation + " answered " + status + " with " + field + " " + problem.path(field)
                        + " where its document shows " + example.path(field));
            }
        }
        return differences;
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
