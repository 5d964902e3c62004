package org.multistakeholder.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
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

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
    }

    /** Each status of the operation with its description, once the filter has run over a document holding it. */
    private static Map<String, String> filtered(Operation operation) {
        OpenAPI document = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSecurityScheme("editorToken",
                        OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .paths(OASFactory.createPaths().addPathItem("/api/things", OASFactory.createPathItem().GET(operation)));
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
