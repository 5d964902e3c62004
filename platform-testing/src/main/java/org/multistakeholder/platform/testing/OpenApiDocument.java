package org.multistakeholder.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service's published OpenAPI document, read as a client reads it, with the rules every service's
 * document must meet: each operation, parameter, response and schema field described, parameters with an
 * example, and every error answered as a problem document.
 */
public final class OpenApiDocument {

    private final JsonNode document;

    private OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    public static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "METHOD /path" of every operation, in document order. */
    public List<String> operations() {
        List<String> operations = new ArrayList<>();
        forEachOperation((name, operation) -> operations.add(name));
        return operations;
    }

    /** The operation, or a missing node; {@code name} as in {@link #operations()}. */
    public JsonNode operation(String method, String path) {
        return document.path("paths").path(path).path(method.toLowerCase());
    }

    public JsonNode securitySchemes() {
        return document.path("components").path("securitySchemes");
    }

    /** What breaks the rules, one line each; empty when the document meets them all. */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (!operation.hasNonNull("summary") || !operation.hasNonNull("description")) {
                gaps.add(name + ": summary or description");
            }
            for (JsonNode parameter : operation.path("parameters")) {
                if (!parameter.hasNonNull("description") || !parameter.has("example")) {
                    gaps.add(name + ": parameter " + parameter.path("name").asText() + " needs a description and an example");
                }
            }
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                String status = response.getKey();
                if (!response.getValue().hasNonNull("description")) {
                    gaps.add(name + ": response " + status + " has no description");
                }
                boolean error = status.startsWith("4") || status.startsWith("5");
                if (error && !response.getValue().path("content").has("application/problem+json")) {
                    gaps.add(name + ": response " + status + " is not a problem document");
                }
            }
        });
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            for (Map.Entry<String, JsonNode> property : schema.getValue().path("properties").properties()) {
                JsonNode field = property.getValue();
                if (!field.hasNonNull("description") && !field.has("$ref") && !field.has("allOf")) {
                    gaps.add("schema " + schema.getKey() + "." + property.getKey() + " has no description");
                }
            }
        }
        return gaps;
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                action.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
            }
        }
    }
}
