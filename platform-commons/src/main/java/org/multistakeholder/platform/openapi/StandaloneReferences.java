package org.multistakeholder.platform.openapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * A {@code $ref} stands alone. OpenAPI 3.1 allows words beside a reference, but client generators read a
 * reference with a sibling {@code type} as an untyped map and drop the referred enum, and SmallRye writes the
 * field's {@code @Schema} description, example and type beside every reference to a shared schema.
 *
 * <p>A reference to a plain value (a date, an instant, an enumeration: a schema without properties) is replaced
 * by that value's schema written out in place, so each field keeps its own description and example: Swagger UI
 * and the tests build request bodies from the field's example, which differs from field to field (a status
 * change's example must be a status the example statement can move to). A reference to an object keeps the
 * reference alone; the field's description moves to the object's schema when that has none. A shared plain
 * schema that no reference names any more is dropped.
 */
final class StandaloneReferences {

    private static final String PREFIX = "#/components/schemas/";

    private final Map<String, Schema> components;
    private final Set<String> inlined = new HashSet<>();

    private StandaloneReferences(Map<String, Schema> components) {
        this.components = components;
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of()
                : openAPI.getComponents().getSchemas();
        StandaloneReferences references = new StandaloneReferences(components);
        forEachSchema(openAPI, references::standAlone);
        if (references.inlined.isEmpty()) {
            return;
        }
        Set<String> named = new HashSet<>();
        forEachSchema(openAPI, schema -> {
            if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
                named.add(schema.getRef().substring(PREFIX.length()));
            }
        });
        for (String name : references.inlined) {
            if (!named.contains(name)) {
                openAPI.getComponents().removeSchema(name);
            }
        }
    }

    private void standAlone(Schema schema) {
        String ref = schema.getRef();
        if (ref == null || schema.getAll().size() == 1 || !ref.startsWith(PREFIX)) {
            return;
        }
        String name = ref.substring(PREFIX.length());
        Schema target = components.get(name);
        Map<String, Object> siblings = new LinkedHashMap<>(schema.getAll());
        siblings.remove("$ref");
        siblings.keySet().forEach(key -> schema.set(key, null));
        if (target == null) {
            return;
        }
        if (isPlainValue(target)) {
            schema.setRef(null);
            target.getAll().forEach((key, value) -> schema.set(key, copy(value)));
            siblings.forEach(schema::set);
            inlined.add(name);
        } else if (target.getDescription() == null && siblings.get("description") != null) {
            target.setDescription((String) siblings.get("description"));
        }
    }

    /** A schema that holds one value, not an object or array of them: a date, an instant, an enumeration. */
    private static boolean isPlainValue(Schema schema) {
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        return schema.getRef() == null && schema.getProperties() == null && schema.getAllOf() == null
                && schema.getAnyOf() == null && schema.getOneOf() == null && !types.isEmpty()
                && !types.contains(Schema.SchemaType.OBJECT) && !types.contains(Schema.SchemaType.ARRAY);
    }

    private static Object copy(Object value) {
        return value instanceof List<?> list ? new ArrayList<>(list) : value;
    }

    /** Every schema of the document, nested ones included, each once. */
    static void forEachSchema(OpenAPI openAPI, Consumer<Schema> action) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Consumer<Schema> walk = new Consumer<>() {
            @Override
            public void accept(Schema schema) {
                if (schema == null || !seen.add(schema)) {
                    return;
                }
                action.accept(schema);
                List<Schema> nested = new ArrayList<>();
                if (schema.getProperties() != null) {
                    nested.addAll(schema.getProperties().values());
                }
                nested.add(schema.getItems());
                nested.add(schema.getAdditionalPropertiesSchema());
                nested.add(schema.getNot());
                for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(),
                        schema.getPrefixItems())) {
                    if (group != null) {
                        nested.addAll(group);
                    }
                }
                nested.forEach(this);
            }
        };
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            new ArrayList<>(openAPI.getComponents().getSchemas().values()).forEach(walk);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path.getParameters() != null) {
                path.getParameters().forEach(parameter -> walk.accept(parameter.getSchema()));
            }
            for (Operation operation : path.getOperations().values()) {
                if (operation.getParameters() != null) {
                    for (Parameter parameter : operation.getParameters()) {
                        walk.accept(parameter.getSchema());
                    }
                }
                if (operation.getRequestBody() != null) {
                    forEachSchema(operation.getRequestBody().getContent(), walk);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        forEachSchema(response.getContent(), walk);
                        if (response.getHeaders() != null) {
                            for (Header header : response.getHeaders().values()) {
                                walk.accept(header.getSchema());
                            }
                        }
                    }
                }
            }
        }
    }

    private static void forEachSchema(Content content, Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType mediaType : content.getMediaTypes().values()) {
                action.accept(mediaType.getSchema());
            }
        }
    }
}
