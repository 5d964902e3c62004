package org.multistakeholder.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

/** The answers the shared filter adds to an operation from what it takes and who may call it. */
class ApiDocumentConventionsTests {

    private static final String PROBLEM = "#/components/schemas/HttpProblem";
    private static final String VALIDATION = "#/components/schemas/HttpValidationProblem";
    private static final String NEEDS_NONE = "The request carries an Authorization header that is not one bearer token, or a token "
            + "that is invalid, has expired, is valid longer than the maximum lifetime or is issued in the future; this operation "
            + "needs none";
    private static final String FAILURE = "An unexpected failure; the problem document tells nothing of the service's internals";

    @Test
    void shouldGiveAReadByIdOnlyTheCommonErrors() {
        Operation read = operation();
        read.getResponses().addAPIResponse("404", OASFactory.createAPIResponse().description("No letter has this id"));
        assertEquals(Map.of("200", "ok", "401", NEEDS_NONE, "404", "No letter has this id", "500", FAILURE), filtered(read));
        assertEquals(PROBLEM, schemaOf(read, "404"));
    }

    @Test
    void shouldDeclareTheBadRequestOfAListAndOfABody() {
        Operation list = operation().addParameter(OASFactory.createParameter().name("q").in(Parameter.In.QUERY));
        assertEquals("A query parameter is invalid", filtered(list).get("400"));
        assertEquals(VALIDATION, schemaOf(list, "400"));
        Operation write = operation().requestBody(OASFactory.createRequestBody());
        assertEquals("The body is malformed or a field is invalid", filtered(write).get("400"));
        Operation plain = operation();
        assertEquals(null, filtered(plain).get("400"));
    }

    @Test
    void shouldDeclareTheEditorsAnswersWhereOnlyAnEditorsTokenIsTaken() {
        Operation editors = operation().addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("editorToken"));
        Map<String, String> responses = filtered(editors);
        assertEquals("No valid editor token", responses.get("401"));
        assertEquals("The token does not carry the admin group", responses.get("403"));

        // An organization's key too: who may do what is the operation's to say.
        Operation either = operation().addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("editorToken"))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("organizationKey"));
        assertEquals(NEEDS_NONE, filtered(either).get("401"));
        assertEquals(null, filtered(either).get("403"));
    }

    @Test
    void shouldDeclareTheAnswersOfIfMatch() {
        Operation update = operation().addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                .schema(OASFactory.createSchema()));
        update.getResponses().addAPIResponse("412", OASFactory.createAPIResponse().description("The letter changed since it was read"));
        Map<String, String> responses = filtered(update);
        assertEquals("The letter changed since it was read", responses.get("412"));
        assertEquals("If-Match is missing", responses.get("428"));
        assertEquals(null, responses.get("400"));
    }

    @Test
    void shouldKeepWhatTheOperationSaysOfItsOwn() {
        Operation list = operation().addParameter(OASFactory.createParameter().name("asOf").in(Parameter.In.QUERY));
        list.getResponses().addAPIResponse("400", OASFactory.createAPIResponse().description("asOf is not a date"));
        assertEquals("asOf is not a date", filtered(list).get("400"));
        // quarkus-resteasy-problem's placeholder for a validated body is not the operation's own.
        Operation write = operation().requestBody(OASFactory.createRequestBody());
        write.getResponses().addAPIResponse("400", OASFactory.createAPIResponse().description("Bad Request")
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)))));
        assertEquals("The body is malformed or a field is invalid", filtered(write).get("400"));
        assertEquals(VALIDATION, schemaOf(write, "400"));
    }

    @Test
    void shouldWriteOutAReferredValueWithTheFieldsOwnWordsAndLeaveAReferredObjectAlone() {
        OpenAPI document = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("Status", OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("OPEN", "CLOSED")))
                .addSchema("Instant", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time"))
                .addSchema("Party", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addProperty("name", OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                .addSchema("Letter", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addProperty("status", OASFactory.createSchema().ref("Status").addType(Schema.SchemaType.STRING)
                                .description("Where it stands").examples(List.of("CLOSED")))
                        .addProperty("sentAt", OASFactory.createSchema().ref("Instant").addType(Schema.SchemaType.STRING)
                                .description("When it was sent").examples(List.of("2024-07-25T09:00:00Z")))
                        .addProperty("sender", OASFactory.createSchema().ref("Party").addType(Schema.SchemaType.OBJECT)
                                .description("Who wrote it"))
                        .addProperty("history", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref("Status")))));
        new ApiDocumentConventions().filterOpenAPI(document);

        Map<String, Schema> schemas = document.getComponents().getSchemas();
        Schema status = schemas.get("Letter").getProperties().get("status");
        assertEquals(null, status.getRef());
        assertEquals(List.of("OPEN", "CLOSED"), status.getEnumeration());
        assertEquals(List.of("CLOSED"), status.getExamples());
        assertEquals("Where it stands", status.getDescription());
        Schema sentAt = schemas.get("Letter").getProperties().get("sentAt");
        assertEquals("date-time", sentAt.getFormat());
        assertEquals(List.of("2024-07-25T09:00:00Z"), sentAt.getExamples());
        assertEquals(Map.of("$ref", "#/components/schemas/Party"), schemas.get("Letter").getProperties().get("sender").getAll());
        assertEquals("Who wrote it", schemas.get("Party").getDescription());
        // Still named by the array's items; no field names the instant any more.
        assertTrue(schemas.containsKey("Status"));
        assertFalse(schemas.containsKey("Instant"));
    }

    @Test
    void shouldDeclareAPublicOperationPublic() {
        Operation read = operation();
        filtered(read);
        assertEquals(List.of(), read.getSecurity());
        Operation editors = operation().addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("editorToken"));
        filtered(editors);
        assertEquals(1, editors.getSecurity().size());
    }

    @Test
    void shouldShowTheProblemEachStatusAnswersWith() {
        Operation read = operation().addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH).example(7));
        read.getResponses().addAPIResponse("404", OASFactory.createAPIResponse().description("No thing has this id"));
        filtered(read);
        Object example = read.getResponses().getAPIResponse("404").getContent().getMediaType("application/problem+json").getExample();
        assertEquals(Map.of("type", "https://platform.local/problems/not-found", "title", "Not Found", "status", 404,
                "detail", "No thing has this id", "instance", "/api/things/7"), example);
        Object failure = read.getResponses().getAPIResponse("500").getContent().getMediaType("application/problem+json").getExample();
        assertEquals("https://platform.local/problems/internal-error", ((Map<?, ?>) failure).get("type"));
        assertEquals("Internal Server Error", ((Map<?, ?>) failure).get("title"));
    }

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
    }

    /** Each status of the operation with its description, once the filter has run over a document holding it. */
    private static Map<String, String> filtered(Operation operation) {
        OpenAPI document = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSecurityScheme("editorToken",
                        OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .paths(OASFactory.createPaths().addPathItem("/api/things/{id}", OASFactory.createPathItem().GET(operation)));
        new ApiDocumentConventions().filterOpenAPI(document);
        Map<String, String> descriptions = new TreeMap<>();
        Map<String, APIResponse> responses = new LinkedHashMap<>(operation.getResponses().getAPIResponses());
        responses.forEach((status, response) -> descriptions.put(status, response.getDescription()));
        return descriptions;
    }

    private static String schemaOf(Operation operation, String status) {
        return operation.getResponses().getAPIResponse(status).getContent().getMediaType("application/problem+json").getSchema().getRef();
    }
}
