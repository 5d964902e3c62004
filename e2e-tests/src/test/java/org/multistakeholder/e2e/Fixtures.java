package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.multistakeholder.e2e.ApiDocuments.Operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Resources of a test's own, made through the API from the documents' examples, that the tests aim their
 * requests at, so the demo data stays as it is: a draft open for comment with a comment and two drafting-group
 * members, a coalition statement open for signature, a letter, a review with a recommendation, two status
 * changes and a quarterly report, and two verified organizations, the first endorsing the coalition statement.
 */
final class Fixtures {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");

    private final Product product;
    private final ApiDocuments api;
    private final boolean anonymousWritesThroughGateway;
    /** Values of path parameters by the path up to them, parameters written {}; see {@link #path}. */
    private final Map<String, String> ids = new LinkedHashMap<>();
    /** The answer to each creation made here, by operation. */
    private final Map<String, Response> creations = new LinkedHashMap<>();

    final String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String organizationKey;
    String organizationId;
    String otherOrganizationKey;
    String otherOrganizationId;

    private Fixtures(Product product, ApiDocuments api, boolean anonymousWritesThroughGateway) {
        this.product = product;
        this.api = api;
        this.anonymousWritesThroughGateway = anonymousWritesThroughGateway;
    }

    /**
     * @param anonymousWritesThroughGateway whether registrations and comments go through the gateway, which
     *        limits how many one address may post, or straight to their service
     */
    static Fixtures create(Product product, ApiDocuments api, boolean anonymousWritesThroughGateway) {
        Fixtures fixtures = new Fixtures(product, api, anonymousWritesThroughGateway);
        fixtures.make();
        return fixtures;
    }

    private void make() {
        Instant now = Instant.now();
        ObjectNode draft = example("POST", "/api/statements");
        draft.put("kind", "DRAFT_FOR_COMMENT").put("title", "End-to-end draft " + unique).remove("event");
        draft.putObject("commentPeriod").put("opensAt", now.minus(1, ChronoUnit.HOURS).toString())
                .put("closesAt", now.plus(30, ChronoUnit.DAYS).toString()).put("invitation", "Comments welcome");
        ArrayNode clauses = draft.putArray("clauses");
        clauses.addObject().put("number", 1).put("text", "The first clause.");
        clauses.addObject().put("number", 2).put("text", "The second clause.");
        String statement = create("POST", "/api/statements", "/api/statements", draft);
        ids.put("/api/statements/{}", statement);
        changeStatus(statement, "OPEN_FOR_COMMENT");
        ids.put("/api/statements/{}/clauses/{}", "1");
        ids.put("/api/statements/{}/versions/{}", "1");

        ObjectNode comment = example("POST", "/api/statements/{statementId}/comments").put("clauseNumber", 1);
        ids.put("/api/statements/{}/comments/{}", create("POST", "/api/statements/{statementId}/comments",
                "/api/statements/" + statement + "/comments", comment));
        ids.put("/api/statements/{}/drafting-group/{}", create("POST", "/api/statements/{statementId}/drafting-group",
                "/api/statements/" + statement + "/drafting-group", example("POST", "/api/statements/{statementId}/drafting-group")));
        createAgain("/api/statements/" + statement + "/drafting-group",
                example("POST", "/api/statements/{statementId}/drafting-group").put("name", "Second Member").put("position", 2));

        // Status changes are made on a statement of their own, a draft that may still go anywhere.
        ids.put("/api/statements/{}/status", createAgain("/api/statements",
                example("POST", "/api/statements").put("title", "End-to-end status " + unique)));

        ObjectNode coalition = example("POST", "/api/statements");
        coalition.put("kind", "COALITION").put("title", "End-to-end coalition " + unique);
        coalition.remove("event");
        coalition.remove("commentPeriod");
        String openForSignature = createAgain("/api/statements", coalition);
        changeStatus(openForSignature, "OPEN_FOR_SIGNATURE");
        // The signatories of a statement belong to the statement open for signature.
        ids.put("/api/statements/{}/signatories", openForSignature);

        // A thread of its own: the example answers a demo letter.
        ObjectNode letter = example("POST", "/api/correspondence");
        letter.remove("inReplyToId");
        ids.put("/api/correspondence/{}", create("POST", "/api/correspondence", "/api/correspondence", letter));

        String review = "E2E-" + unique;
        create("POST", "/api/reviews", "/api/reviews", example("POST", "/api/reviews").put("code", review));
        ids.put("/api/reviews/{}", review);
        // The examples show both ways of prioritising a recommendation; it takes one.
        ObjectNode prioritised = example("POST", "/api/reviews/{code}/recommendations");
        prioritised.remove("priority");
        String recommendation = create("POST", "/api/reviews/{code}/recommendations", "/api/reviews/" + review + "/recommendations",
                prioritised);
        ids.put("/api/recommendations/{}", recommendation);
        ObjectNode change = example("POST", "/api/recommendations/{id}/history");
        ids.put("/api/recommendations/{}/history/{}", create("POST", "/api/recommendations/{id}/history",
                "/api/recommendations/" + recommendation + "/history", change));
        createAgain("/api/recommendations/" + recommendation + "/history",
                change.deepCopy().put("status", "COMPLETE").put("effectiveOn", "2023-06-30"));
        ids.put("/api/quarterly-reports/{}", create("POST", "/api/quarterly-reports", "/api/quarterly-reports",
                example("POST", "/api/quarterly-reports").put("reviewCode", review)));

        Response first = register("First End-to-end Organization " + unique, true);
        organizationId = lastSegment(first.header("Location"));
        organizationKey = first.jsonPath().getString("apiKey");
        ids.put("/api/organizations/{}", organizationId);
        ids.put("/api/statements/{}/signatories/{}", organizationId);
        Response second = register("Second End-to-end Organization " + unique, false);
        otherOrganizationId = lastSegment(second.header("Location"));
        otherOrganizationKey = second.jsonPath().getString("apiKey");
        verify(organizationId, true);
        verify(otherOrganizationId, false);
        Operation endorse = operation("POST", "/api/statements/{statementId}/signatories");
        record(endorse, given().header("X-API-Key", organizationKey).contentType(ContentType.JSON).body("{}")
                .when().post(product.gateway() + "/api/statements/" + openForSignature + "/signatories"));
        given().header("X-API-Key", otherOrganizationKey).contentType(ContentType.JSON).body("{}")
                .when().post(product.gateway() + "/api/statements/" + openForSignature + "/signatories").then().statusCode(201);
    }

    /** The concrete path of a template, each parameter filled with a fixture's value. */
    String path(String template) {
        return path(template, -1, null);
    }

    /** The concrete path of a template with its {@code index}th parameter (from 0) set to {@code value}, the others fixtures'. */
    String path(String template, int index, String value) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        int end = 0;
        for (int found = 0; parameter.find(); found++) {
            if (found == index) {
                path.append(template, end, parameter.start()).append(value);
                end = parameter.end();
                continue;
            }
            String upTo = normalize(template.substring(0, parameter.end()));
            String after = template.substring(parameter.end());
            String nextSegment = after.startsWith("/") ? after.substring(0, after.indexOf('/', 1) < 0 ? after.length() : after.indexOf('/', 1)) : "";
            // A parameter may be given for what follows it (the statement whose signatories are meant), else for itself.
            String id = ids.getOrDefault(upTo + normalize(nextSegment), ids.get(upTo));
            if (id == null) {
                throw new IllegalStateException("No fixture for " + parameter.group() + " in " + template
                        + ": make one in " + Fixtures.class.getSimpleName());
            }
            path.append(template, end, parameter.start()).append(id);
            end = parameter.end();
        }
        return path.append(template.substring(end)).toString();
    }

    /**
     * The ETag an If-Match sent to the path must name: of the resource at the path, or of the nearest one above
     * it that sends a strong one (a statement for its status, an organization for its status history, a recommendation
     * for a change of its history). Null when none does.
     */
    String entityTag(String path) {
        for (String at = path; at.lastIndexOf('/') > 0; at = at.substring(0, at.lastIndexOf('/'))) {
            Response answer = given().auth().oauth2(product.adminToken()).when().get(product.gateway() + at);
            // A weak tag (a list's, of its representation) is never what If-Match names: it compares strongly.
            if (answer.statusCode() == 200 && answer.header("ETag") != null && !answer.header("ETag").startsWith("W/")) {
                return answer.header("ETag");
            }
        }
        return null;
    }

    /** Whether the template has a parameter no fixture stands for. */
    boolean covers(String template) {
        try {
            path(template);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The answer to the creation made here with the operation, or null when none was. */
    Response creation(Operation operation) {
        return creations.get(operation.toString());
    }

    /** The body of a valid request to the operation: the document's examples, fitted to the fixtures. */
    ObjectNode validBody(Operation operation) {
        JsonNode example = api.exampleBody(operation);
        if (!(example instanceof ObjectNode body)) {
            return null;
        }
        if (body.has("organizationId")) {
            body.put("organizationId", Long.parseLong(organizationId));
        }
        if (body.has("inReplyToId")) {
            body.put("inReplyToId", Long.parseLong(ids.get("/api/correspondence/{}")));
        }
        if (body.has("reviewCode")) {
            body.put("reviewCode", ids.get("/api/reviews/{}"));
        }
        if (body.has("code")) {
            body.put("code", "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        }
        return body;
    }

    /** Where an operation is best sent: the gateway, or the service itself for writes the gateway limits per address. */
    String base(Operation operation) {
        return !anonymousWritesThroughGateway && isLimitedByGateway(operation) ? product.serviceUrl(operation.service())
                : product.gateway();
    }

    /** The anonymous writes the gateway allows each address only a few of a minute. */
    static boolean isLimitedByGateway(Operation operation) {
        return operation.method().equals("POST")
                && (operation.path().equals("/api/registrations") || operation.path().matches("/api/statements/\\{[^}]+}/comments"));
    }

    private Response register(String name, boolean record) {
        Operation registration = operation("POST", "/api/registrations");
        ObjectNode body = example("POST", "/api/registrations").put("name", name);
        Response answer = given().contentType(ContentType.JSON).body(body.toString())
                .when().post(base(registration) + "/api/registrations");
        answer.then().statusCode(201);
        if (record) {
            record(registration, answer);
        }
        return answer;
    }

    private void verify(String organization, boolean record) {
        String etag = given().auth().oauth2(product.adminToken()).when().get(product.gateway() + "/api/organizations/" + organization)
                .then().statusCode(200).extract().header("ETag");
        Response answer = given().auth().oauth2(product.adminToken()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"status\":\"VERIFIED\",\"reason\":\"Checked by the end-to-end tests\"}")
                .when().post(product.gateway() + "/api/organizations/" + organization + "/status-history");
        answer.then().statusCode(201);
        if (record) {
            record(operation("POST", "/api/organizations/{id}/status-history"), answer);
        }
    }

    private void changeStatus(String statement, String status) {
        String etag = given().auth().oauth2(product.adminToken()).when().get(product.gateway() + "/api/statements/" + statement)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(product.adminToken()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"status\":\"" + status + "\"}")
                .when().put(product.gateway() + "/api/statements/" + statement + "/status").then().statusCode(200);
    }

    /** Creates with the operation, records the answer, and gives the new resource's id from its Location. */
    private String create(String method, String template, String path, JsonNode body) {
        Operation operation = operation(method, template);
        Response answer = given().auth().oauth2(product.adminToken()).contentType(ContentType.JSON).body(body.toString())
                .when().post(base(operation) + path);
        if (answer.statusCode() != 201) {
            throw new AssertionError(operation + " with " + body + " answered " + answer.statusCode() + ": " + answer.asString());
        }
        record(operation, answer);
        return lastSegment(answer.header("Location"));
    }

    private String createAgain(String path, JsonNode body) {
        Response answer = given().auth().oauth2(product.adminToken()).contentType(ContentType.JSON).body(body.toString())
                .when().post(product.gateway() + path);
        if (answer.statusCode() != 201) {
            throw new AssertionError("POST " + path + " with " + body + " answered " + answer.statusCode() + ": " + answer.asString());
        }
        return lastSegment(answer.header("Location"));
    }

    private void record(Operation operation, Response answer) {
        creations.putIfAbsent(operation.toString(), answer);
    }

    private ObjectNode example(String method, String template) {
        return (ObjectNode) api.exampleBody(operation(method, template));
    }

    private Operation operation(String method, String template) {
        return api.operation(method, template);
    }

    private static String lastSegment(String location) {
        if (location == null) {
            throw new AssertionError("a creation answered without Location");
        }
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String normalize(String path) {
        return PARAMETER.matcher(path).replaceAll("{}");
    }
}
