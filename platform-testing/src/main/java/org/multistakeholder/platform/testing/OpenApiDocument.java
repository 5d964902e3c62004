package org.multistakeholder.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A service's published OpenAPI document, read as a client reads it, with the rules every service's
 * document must meet: each operation, parameter, response and schema field described, parameters with an
 * example, and every error answered as a problem document.
 */
public final class OpenApiDocument {

    /**
     * The parameters that have no example, the exception to "every parameter has an example" (DESIGN.md): each
     * excludes the parameters named beside it, and Swagger UI fills every example in, so with examples of its own it
     * would be sent with them and answered 400. Where an operation takes one of them without any it excludes, it has
     * its example like any other.
     */
    public static final Map<String, List<String>> STARTS_EMPTY = Map.of("after", List.of("page"), "asOf", List.of("from", "to"));

    /** Where the platform's problem types live: each kind of error has its own ({@code ProblemType}). */
    public static final String PROBLEM_TYPES = "https://platform.local/problems/";

    /** Text Swagger UI would read as an HTML tag, and not show: {@code <token>}. */
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("</?[A-Za-z][^>]*>");

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

    /** The names of the security schemes any of which the operation accepts; empty when it is public. */
    public List<String> security(String method, String path) {
        List<String> schemes = new ArrayList<>();
        for (JsonNode requirement : operation(method, path).path("security")) {
            requirement.fieldNames().forEachRemaining(schemes::add);
        }
        return schemes;
    }

    /** The operation's parameters of one kind ({@code path}, {@code query}, {@code header}), by name. */
    public Map<String, JsonNode> parameters(String method, String path, String in) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode parameter : operation(method, path).path("parameters")) {
            if (in.equals(parameter.path("in").asText())) {
                parameters.put(parameter.path("name").asText(), parameter);
            }
        }
        return parameters;
    }

    /** The schema of the operation's JSON request body, resolved; a missing node when it takes none. */
    public JsonNode requestSchema(String method, String path) {
        return resolve(operation(method, path).path("requestBody").path("content").path("application/json").path("schema"));
    }

    /** The schema of the operation's JSON answer with {@code status}, resolved; a missing node when it has none. */
    public JsonNode responseSchema(String method, String path, String status) {
        return resolve(operation(method, path).path("responses").path(status).path("content").path("application/json")
                .path("schema"));
    }

    /**
     * The schema a reference points to, followed until it is not a reference; anything else as it is. A property
     * that refers to a shared schema and describes itself beside the reference keeps its own words: they are
     * merged over the shared schema.
     */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; current.has("$ref") && depth < 20; depth++) {
            String name = current.path("$ref").asText().replaceFirst("^#/components/schemas/", "");
            JsonNode target = document.path("components").path("schemas").path(name);
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("unresolvable reference " + current.path("$ref").asText());
            }
            ObjectNode merged = target.deepCopy();
            current.properties().forEach(entry -> {
                if (!entry.getKey().equals("$ref")) {
                    merged.set(entry.getKey(), entry.getValue());
                }
            });
            current = merged;
        }
        return current;
    }

    /**
     * A value that the schema describes, made of the document's own examples: each property of an object with
     * its example, an array of one example item, the first value of an enumeration. Where the document gives
     * no example, a plain value of the declared type and format.
     */
    public JsonNode example(JsonNode schema) {
        return example(schema, 0);
    }

    private JsonNode example(JsonNode declared, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (declared.path("examples").isArray() && !declared.path("examples").isEmpty()) {
            return declared.path("examples").get(0).deepCopy();
        }
        if (declared.has("example")) {
            return declared.path("example").deepCopy();
        }
        JsonNode schema = resolve(declared);
        if (schema != declared) {
            return example(schema, depth);
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0).deepCopy();
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object": {
                ObjectNode object = nodes.objectNode();
                if (depth < 10) {
                    schema.path("properties").properties()
                            .forEach(property -> object.set(property.getKey(), example(property.getValue(), depth + 1)));
                }
                return object;
            }
            case "array": {
                ArrayNode array = nodes.arrayNode();
                if (depth < 10) {
                    array.add(example(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer":
                return nodes.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "number":
                return nodes.numberNode(Math.max(1.5, schema.path("minimum").asDouble(1.5)));
            case "boolean":
                return nodes.booleanNode(false);
            default:
                return nodes.textNode(switch (schema.path("format").asText()) {
                    case "date" -> "2024-06-11";
                    case "date-time" -> "2024-06-11T09:30:00Z";
                    default -> "text";
                });
        }
    }

    /** What breaks the rules, one line each; empty when the document meets them all. */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (!operation.hasNonNull("summary") || !operation.hasNonNull("description")) {
                gaps.add(name + ": summary or description");
            }
            List<String> parameterNames = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> parameterNames.add(parameter.path("name").asText()));
            for (JsonNode parameter : operation.path("parameters")) {
                String parameterName = parameter.path("name").asText();
                boolean startsEmpty = STARTS_EMPTY.getOrDefault(parameterName, List.of()).stream().anyMatch(parameterNames::contains);
                if (!parameter.hasNonNull("description")) {
                    gaps.add(name + ": parameter " + parameterName + " needs a description");
                }
                if (startsEmpty && parameter.has("example")) {
                    gaps.add(name + ": parameter " + parameterName + " excludes " + STARTS_EMPTY.get(parameterName)
                            + " and must start empty: no example");
                } else if (!startsEmpty && !parameter.has("example")) {
                    gaps.add(name + ": parameter " + parameterName + " needs an example");
                }
            }
            if (!operation.path("security").isArray()) {
                gaps.add(name + ": declares no security; a public operation declares none outright (security: [])");
            }
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                String status = response.getKey();
                if (!response.getValue().hasNonNull("description")) {
                    gaps.add(name + ": response " + status + " has no description");
                }
                boolean error = status.startsWith("4") || status.startsWith("5");
                if (error && !response.getValue().path("content").has("application/problem+json")) {
                    gaps.add(name + ": response " + status + " is not a problem document");
                } else if (error) {
                    JsonNode example = response.getValue().path("content").path("application/problem+json").path("example");
                    String path = name.substring(name.indexOf(' ') + 1);
                    if (!example.path("type").asText().startsWith(PROBLEM_TYPES) || example.path("status").asInt() != Integer.parseInt(status)
                            || example.path("title").asText().isEmpty() || example.path("detail").asText().isEmpty()
                            || !example.path("instance").asText().matches(path.replaceAll("\\{[^}]+}", "[^/]+"))) {
                        gaps.add(name + ": response " + status + " has no example of the problem it answers: " + example);
                    }
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
        referencesWithSiblings(document, "", gaps);
        tagsInText(document, "", gaps);
        JsonNode servers = document.path("servers");
        if (servers.size() != 1 || !servers.path(0).path("url").asText().matches("https?://[^/]+.*")) {
            gaps.add("servers must be the one gateway's absolute URL, not " + servers);
        }
        return gaps;
    }

    /** A {@code $ref} stands alone: a generator reads one with a sibling type as an untyped map. */
    private static void referencesWithSiblings(JsonNode node, String at, List<String> gaps) {
        if (node.isObject()) {
            if (node.has("$ref") && node.size() > 1) {
                List<String> siblings = new ArrayList<>();
                node.fieldNames().forEachRemaining(siblings::add);
                siblings.remove("$ref");
                gaps.add(at + ": $ref " + node.path("$ref").asText() + " has siblings " + siblings);
            }
            node.properties().forEach(field -> referencesWithSiblings(field.getValue(), at + "/" + field.getKey(), gaps));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                referencesWithSiblings(node.get(i), at + "/" + i, gaps);
            }
        }
    }

    /** Descriptions are Markdown in Swagger UI, which drops what looks like an HTML tag. */
    private static void tagsInText(JsonNode node, String at, List<String> gaps) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("description") && field.getValue().isTextual() && TAG.matcher(field.getValue().asText()).find()) {
                    gaps.add(at + ": description holds what Swagger UI reads as an HTML tag: " + field.getValue().asText());
                } else {
                    tagsInText(field.getValue(), at + "/" + field.getKey(), gaps);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                tagsInText(node.get(i), at + "/" + i, gaps);
            }
        }
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
