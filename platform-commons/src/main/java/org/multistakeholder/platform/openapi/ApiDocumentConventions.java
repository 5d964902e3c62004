package org.multistakeholder.platform.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.multistakeholder.platform.http.EntityTags;
import org.multistakeholder.platform.calendar.Calendar;
import org.multistakeholder.platform.problems.ProblemType;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What every service's OpenAPI document says the same way, because it is true of all three: the gateway that
 * serves them, the errors any operation may answer, problem documents with their schema, and the limits that
 * follow from a value's type.
 *
 * <p>A resource method declares only the answers that are its own: its success, its 404 and 409, and any error
 * whose description says more than the shared one. The rest follows from what the operation takes and who may
 * call it: a 400 where it reads a body or query parameters, the editor's 401 and 403 where only an editor's
 * bearer token is accepted, 412 and 428 where it takes If-Match, and everywhere the 401 of a token that does not
 * verify and the 500. Every error is a problem document: a response declared with a description alone gets
 * {@code application/problem+json} and its schema here.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentConventions implements OASFilter {

    /**
     * Marks an anonymous write the gateway limits per client address as well
     * ({@code @Extension(name = RATE_LIMITED, value = "true")} on the resource method); every write is limited per
     * credential, and declares the gateway's rate-limit headers and its 429.
     */
    public static final String RATE_LIMITED = "x-rate-limited-by-gateway";
    /** draft-ietf-httpapi-ratelimit-headers: what is left of each policy that applied, and the policies. */
    static final String RATE_LIMIT_HEADER = "RateLimit";
    static final String RATE_LIMIT_POLICY_HEADER = "RateLimit-Policy";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/HttpProblem";
    static final String VALIDATION_PROBLEM_SCHEMA = "#/components/schemas/HttpValidationProblem";

    /** ISO-8601 dates are always YYYY-MM-DD. */
    static final int DATE_LENGTH = 10;
    /** The longest ISO-8601 instant the services read or write: nanoseconds and an offset, 2024-07-26T09:00:00.123456789+02:00. */
    static final int DATE_TIME_LENGTH = 35;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // The servers are the deployment's: PublicServer names them when the service starts.
        StandaloneReferences.apply(openAPI);

        Components components = openAPI.getComponents();
        Map<String, Schema> schemas = components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
        // The raw envelope says nothing without its item type; each list answers with its own PageX schema.
        if (components != null && schemas.containsKey("Page")) {
            components.removeSchema("Page");
        }
        for (String problem : List.of("HttpProblem", "HttpValidationProblem")) {
            Schema status = schemas.containsKey(problem) && schemas.get(problem).getProperties() != null
                    ? schemas.get(problem).getProperties().get("status")
                    : null;
            if (status != null) {
                // Problem documents are only ever errors.
                status.setMinimum(BigDecimal.valueOf(400));
                status.setMaximum(BigDecimal.valueOf(599));
            }
            if (schemas.containsKey(problem)) {
                describeProblem(schemas.get(problem));
            }
        }

        Limits limits = new Limits(schemas);
        schemas.values().forEach(limits::apply);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> editorSchemes = bearerSchemes(components);
        describeRateLimitHeaders(openAPI);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                declareSharedErrors(operation, editorSchemes);
                if (operation.getSecurity() == null) {
                    // Public: said outright, so that Swagger UI shows no lock and generated clients send no credential.
                    operation.setSecurity(new ArrayList<>());
                }
                if (path.getValue().getPOST() == operation) {
                    declareIdempotencyKey(operation);
                }
                declareCommonErrors(operation);
                boundIfMatch(operation);
                if (WRITES.contains(entry.getKey())) {
                    declareRateLimit(operation);
                }
                showProblems(path.getKey(), operation);
                forEachSchema(operation, limits::apply);
            }
        }
    }

    /** The names of the bearer-token schemes: an editor's credential, in every service. */
    private static Set<String> bearerSchemes(Components components) {
        Set<String> names = new java.util.HashSet<>();
        if (components != null && components.getSecuritySchemes() != null) {
            components.getSecuritySchemes().forEach((name, scheme) -> {
                if (scheme.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(scheme.getScheme())) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    /**
     * The errors that follow from what an operation takes and who may call it, where the resource declares none of
     * its own for that status: a body or query parameters it cannot read, an editor's credential missing or
     * without the admin group, an If-Match missing or naming a version that is no longer current.
     */
    private static void declareSharedErrors(Operation operation, Set<String> editorSchemes) {
        if (operation.getResponses() == null) {
            return;
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean readsQuery = parameters.stream().anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY);
        boolean takesIfMatch = parameters.stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName()));
        List<SecurityRequirement> security = operation.getSecurity();
        boolean editorsOnly = security != null && security.size() == 1 && security.get(0).getSchemes() != null
                && security.get(0).getSchemes().size() == 1
                && editorSchemes.containsAll(security.get(0).getSchemes().keySet());
        if (operation.getRequestBody() != null) {
            declare(operation, "400", "The body is malformed or a field is invalid");
        } else if (readsQuery) {
            declare(operation, "400", "A query parameter is invalid");
        }
        if (editorsOnly) {
            declare(operation, "401", "No valid editor token");
            declare(operation, "403", "The token does not carry the admin group");
        }
        if (takesIfMatch) {
            declare(operation, "412", "It changed since it was read");
            declare(operation, "428", "If-Match is missing");
        }
    }

    /**
     * A problem response with this description, unless the operation declares its own for the status. The bare
     * reason phrase is not one: quarkus-resteasy-problem puts "Bad Request" on every operation with a validated body.
     */
    private static void declare(Operation operation, String status, String description) {
        APIResponse declared = operation.getResponses().getAPIResponse(status);
        jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(Integer.parseInt(status));
        String reason = known == null ? null : known.getReasonPhrase();
        if (declared == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else if (reason != null && reason.equals(declared.getDescription())) {
            declared.setDescription(description);
        }
    }

    /**
     * Every POST takes an Idempotency-Key (platform-commons' IdempotentPosts), so a client may send it again safely;
     * a key sent with another request is a 422, a key whose first request is still being answered a 409.
     */
    private static void declareIdempotencyKey(Operation operation) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER && IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName()));
        if (!declared) {
            operation.addParameter(OASFactory.createParameter().name(IDEMPOTENCY_KEY).in(Parameter.In.HEADER).required(false)
                    .description("A key of your choosing, new for each request (a UUID, say), so that sending the request again "
                            + "is safe: the same key with the same body within 24 hours answers what the first request answered "
                            + "(status, body, Location and ETag, with Idempotent-Replayed: true) without doing it again; only a "
                            + "success is kept, so after an error the corrected request may reuse the key. Keys are the caller's "
                            + "own (an editor's token, an organization's key, or else the client's address).")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(16).maxLength(255)
                            .pattern("^[\\x21-\\x7E]{16,255}$"))
                    .example("5f0c3f6e-8a9b-4c7d-9e21-3b6a1d2c4e5f"));
        }
        if (operation.getResponses() == null) {
            return;
        }
        String inFlight = "the first request with this Idempotency-Key is still being answered";
        APIResponse conflict = operation.getResponses().getAPIResponse("409");
        if (conflict == null) {
            declare(operation, "409", "The first request with this Idempotency-Key is still being answered");
        } else if (conflict.getDescription() != null && !conflict.getDescription().contains(IDEMPOTENCY_KEY)) {
            conflict.setDescription(conflict.getDescription() + ", or " + inFlight);
        }
        declare(operation, "422", "The Idempotency-Key was sent with another request within the last 24 hours");
    }

    /**
     * Any operation may meet a malformed Authorization header or a bearer token that does not verify (refused before
     * the operation runs, even where none is needed) and an unexpected failure; every error is a problem document.
     */
    private static void declareCommonErrors(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        if (!operation.getResponses().hasAPIResponse("401")) {
            operation.getResponses().addAPIResponse("401", problem(
                    "The request carries an Authorization header that is not one bearer token, or a token that is invalid, "
                            + "has expired, is valid longer than the maximum lifetime or is issued in the future; this "
                            + "operation needs none"));
        }
        if (!operation.getResponses().hasAPIResponse("500")) {
            operation.getResponses().addAPIResponse("500", problem(
                    "An unexpected failure; the problem document tells nothing of the service's internals"));
        }
        for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
            boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
            if (error && response.getValue().getContent() == null) {
                response.getValue().setContent(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()));
            }
            Content content = response.getValue().getContent();
            MediaType problem = content == null || content.getMediaTypes() == null ? null : content.getMediaType(PROBLEM);
            boolean validation = response.getKey().equals("400");
            if (problem != null && problem.getSchema() == null) {
                problem.setSchema(OASFactory.createSchema().ref(validation ? VALIDATION_PROBLEM_SCHEMA : PROBLEM_SCHEMA));
            } else if (problem != null && validation && PROBLEM_SCHEMA.equals(problem.getSchema().getRef())) {
                // A 400 may name the fields it refuses. quarkus-resteasy-problem gives every error one content with
                // the plain schema, shared by all: this one gets its own.
                response.getValue().setContent(OASFactory.createContent().addMediaType(PROBLEM,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(VALIDATION_PROBLEM_SCHEMA))));
            }
        }
    }

    /**
     * The problem schemas as the platform fills them in, rather than quarkus-resteasy-problem's generic words and
     * examples: the types it sends, listed in the type's description, and examples of its own.
     */
    private static void describeProblem(Schema problem) {
        problem.setDescription("A problem document (RFC 9457): every error the platform answers, the gateway's own included");
        Map<String, Schema> properties = problem.getProperties() == null ? Map.of() : problem.getProperties();
        StringBuilder types = new StringBuilder("The kind of error, one URI per kind, stable: ");
        for (ProblemType type : ProblemType.values()) {
            types.append(type == ProblemType.values()[0] ? "" : "; ").append(type.slug()).append(" (").append(type.status())
                    .append(")");
        }
        types.append(", each ").append(ProblemType.BASE).append("SLUG. A client may branch on it; a new kind may be added");
        set(properties.get("type"), types.toString(), ProblemType.NOT_FOUND.uri().toString());
        set(properties.get("title"), "The kind's title, the same for every problem of that type", ProblemType.NOT_FOUND.title());
        set(properties.get("status"), "The HTTP status of the answer", 404);
        set(properties.get("detail"), "What went wrong this time, in words a person can act on", "Statement 999 does not exist");
        set(properties.get("instance"), "The path of the request that failed", "/api/statements/999");
        if (properties.get("instance") != null) {
            // A path, not an absolute URI: RFC 9457 makes it a URI reference.
            properties.get("instance").setFormat("uri-reference");
        }
    }

    private static void set(Schema property, String description, Object example) {
        if (property != null) {
            property.setDescription(description);
            property.setExamples(List.of(example));
        }
    }

    /**
     * Each error answer's example is the problem the platform sends for that status at that operation: its type and
     * title ({@link ProblemType}), the response's description as the detail and the operation's example path as the
     * instance, rather than a generic 404 for every status. Each gets a media type of its own: the library shares one
     * among responses.
     */
    private static void showProblems(String path, Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        String instance = path;
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getIn() == Parameter.In.PATH && parameter.getExample() != null) {
                    instance = instance.replace("{" + parameter.getName() + "}", String.valueOf(parameter.getExample()));
                }
            }
        }
        for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
            Content content = response.getValue().getContent();
            MediaType shared = content == null || content.getMediaTypes() == null ? null : content.getMediaType(PROBLEM);
            java.util.Optional<ProblemType> type = ProblemType.of(Integer.parseInt(response.getKey()));
            if (shared == null || type.isEmpty()) {
                continue;
            }
            Map<String, Object> example = new java.util.LinkedHashMap<>();
            example.put("type", type.get().uri().toString());
            example.put("title", type.get().title());
            example.put("status", type.get().status());
            example.put("detail", response.getValue().getDescription());
            example.put("instance", instance);
            Content own = OASFactory.createContent();
            content.getMediaTypes().forEach(own::addMediaType);
            response.getValue().setContent(own.addMediaType(PROBLEM, OASFactory.createMediaType().schema(shared.getSchema()).example(example)));
        }
    }

    /**
     * The gateway limits every write per credential (an editor's token, an organization's key) and the anonymous ones
     * marked {@link #RATE_LIMITED} per client address too: past an allowance it answers 429 with Retry-After, and every
     * answer of a limited write names the policies that applied and what is left of them.
     */
    private static void declareRateLimit(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        boolean perAddress = operation.getExtensions() != null && operation.getExtensions().containsKey(RATE_LIMITED);
        if (!operation.getResponses().hasAPIResponse("429")) {
            operation.getResponses().addAPIResponse("429", problem((perAddress
                    ? "Too many of these requests from the caller's address, or with the caller's credential"
                    : "Too many writes with the caller's credential")
                    + "; the gateway refuses more until the number of seconds in Retry-After has passed")
                    .addHeader("Retry-After", OASFactory.createHeader()
                            .description("Seconds to wait before the gateway lets one more request through")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(60)))));
        }
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            for (String header : List.of(RATE_LIMIT_HEADER, RATE_LIMIT_POLICY_HEADER)) {
                if (response.getHeaders() == null || !response.getHeaders().containsKey(header)) {
                    response.addHeader(header, OASFactory.createHeader().ref(header));
                }
            }
        }
    }

    /** The rate-limit headers, described once for every write that answers with them. */
    private static void describeRateLimitHeaders(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        String policies = "per client address for anonymous registrations (\"registrations\") and comments (\"comments\"), "
                + "per credential for every write that carries one (\"token-writes\" for a bearer token, \"api-key-writes\" "
                + "for an API key)";
        openAPI.getComponents().addHeader(RATE_LIMIT_HEADER, OASFactory.createHeader()
                .description("What is left of each gateway policy that applied to the request, " + policies
                        + ": r more requests until the window ends in t seconds (draft-ietf-httpapi-ratelimit-headers), "
                        + "for example \"token-writes\";r=599;t=60. With 0 left the next request is a 429")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)));
        openAPI.getComponents().addHeader(RATE_LIMIT_POLICY_HEADER, OASFactory.createHeader()
                .description("The gateway policies that applied to the request, " + policies + ": q requests in a window of "
                        + "w seconds that opens with the first, for example \"token-writes\";q=600;w=60")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)));
    }

    /** Every update names the version it read in If-Match, read the same way everywhere ({@link EntityTags}). */
    private static void boundIfMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName()) && schema != null
                    && schema.getMaxLength() == null) {
                schema.setMaxLength(EntityTags.MAX_IF_MATCH_LENGTH);
            }
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }

    private static void forEachSchema(Operation operation, java.util.function.Consumer<Schema> action) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getSchema() != null) {
                    action.accept(parameter.getSchema());
                }
            }
        }
        if (operation.getRequestBody() != null) {
            forEachSchema(operation.getRequestBody().getContent(), action);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                forEachSchema(response.getContent(), action);
                if (response.getHeaders() != null) {
                    for (Header header : response.getHeaders().values()) {
                        if (header.getSchema() != null) {
                            action.accept(header.getSchema());
                        }
                    }
                }
            }
        }
    }

    private static void forEachSchema(Content content, java.util.function.Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType mediaType : content.getMediaTypes().values()) {
                if (mediaType.getSchema() != null) {
                    action.accept(mediaType.getSchema());
                }
            }
        }
    }

    /**
     * The bounds a value has by its type, for the schemas that declare no tighter ones: an integer holds what its
     * format holds, and a date or an instant is as long as ISO-8601 writes it.
     */
    static final class Limits {

        private final Map<String, Schema> components;
        private final Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        Limits(Map<String, Schema> components) {
            this.components = components;
        }

        void apply(Schema schema) {
            if (schema == null || !seen.add(schema)) {
                return;
            }
            List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
            String format = format(schema);
            if (types.contains(Schema.SchemaType.INTEGER)) {
                boundInteger(schema, format);
            }
            if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null
                    && schema.getConstValue() == null) {
                if ("date".equals(format)) {
                    schema.setMaxLength(DATE_LENGTH);
                } else if ("date-time".equals(format)) {
                    schema.setMaxLength(DATE_TIME_LENGTH);
                }
            }
            // The calendar rule, on the schema that carries the format (a field of type Instant refers to it).
            if (types.contains(Schema.SchemaType.STRING) && schema.getPattern() == null && schema.getFormat() != null) {
                if ("date".equals(schema.getFormat())) {
                    schema.setPattern(Calendar.DATE_PATTERN);
                } else if ("date-time".equals(schema.getFormat())) {
                    schema.setPattern(Calendar.INSTANT_PATTERN);
                }
                if (schema.getPattern() != null && schema.getDescription() == null
                        && ("date".equals(schema.getFormat()) || "date-time".equals(schema.getFormat()))) {
                    schema.setDescription("Years " + Calendar.RULE.substring("years ".length()) + "; anything else is a 400");
                }
            }
            List<Schema> nested = new ArrayList<>();
            if (schema.getProperties() != null) {
                nested.addAll(schema.getProperties().values());
            }
            nested.add(schema.getItems());
            nested.add(schema.getAdditionalPropertiesSchema());
            for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(),
                    schema.getPrefixItems())) {
                if (group != null) {
                    nested.addAll(group);
                }
            }
            nested.forEach(this::apply);
        }

        private static void boundInteger(Schema schema, String format) {
            BigDecimal min;
            BigDecimal max;
            if ("int32".equals(format)) {
                min = BigDecimal.valueOf(Integer.MIN_VALUE);
                max = BigDecimal.valueOf(Integer.MAX_VALUE);
            } else if ("int64".equals(format)) {
                min = BigDecimal.valueOf(Long.MIN_VALUE);
                max = BigDecimal.valueOf(Long.MAX_VALUE);
            } else {
                return;
            }
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(min);
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(max);
            }
        }

        /** The schema's format, or that of the component it refers to (a field of type Instant refers to one). */
        private String format(Schema schema) {
            if (schema.getFormat() != null) {
                return schema.getFormat();
            }
            String ref = schema.getRef();
            if (ref != null && ref.startsWith("#/components/schemas/")) {
                Schema target = components.get(ref.substring("#/components/schemas/".length()));
                return target == null ? null : target.getFormat();
            }
            return null;
        }
    }
}
