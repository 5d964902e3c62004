package org.multistakeholder.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

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

    /** The operation at {@code path} for {@code method} (GET, POST...), or a missing node. */
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

    /**
     * The contract other systems code against is the committed copy of the document; a change to the API
     * that does not change that copy too fails here. Run the tests with {@code -Dopenapi.refresh=true} to
     * write the generated document over the committed one, then review the diff.
     */
    public static void assertMatchesCommitted(String generatedJson, Path committed) {
        String generated = canonical(generatedJson);
        try {
            if (Boolean.getBoolean("openapi.refresh")) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, generated);
                return;
            }
            String expected = Files.exists(committed) ? canonical(Files.readString(committed)) : "";
            if (!expected.equals(generated)) {
                throw new AssertionError("The generated OpenAPI document differs from " + committed
                        + ". If the change is intended, refresh the committed copy and review its diff:"
                        + " ./mvnw -B verify -pl <service> -Dopenapi.refresh=true");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String canonical(String json) {
        try {
            ObjectMapper mapper = JsonMapper.builder()
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, SerializationFeature.INDENT_OUTPUT)
                    .build();
            return mapper.writeValueAsString(mapper.treeToValue(mapper.readTree(json), Object.class)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                action.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
            }
        }
    }
}
