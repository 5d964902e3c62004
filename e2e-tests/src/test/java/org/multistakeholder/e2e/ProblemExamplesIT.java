package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The error examples of the documents are the problems the platform really sends: for each error status the
 * documents declare, one real request that answers it, through the gateway, and its type, title and status against
 * the example the operation's document shows for that status. Two statuses are checked where a test makes them
 * anyway: 429 in {@link AbuseLimitsIT}, 503 (a service it depends on down) in {@link EndorsementJourneyIT}. A 500
 * cannot be caused from outside on purpose; its example and the answer are made from the same ProblemType,
 * which platform-commons' tests check.
 */
class ProblemExamplesIT extends ThroughTheGateway {

    // 410: a feed's events are purged only after its retention, which no request through the gateway can hasten;
    // statements-service's ChangeFeedTests purges and checks that problem.
    static final Set<Integer> CHECKED_ELSEWHERE = Set.of(410, 429, 500, 503);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ApiDocuments api;

    @BeforeAll
    static void readDocuments() {
        api = ApiDocuments.read(product);
    }

    @Test
    void shouldAnswerEachErrorAsTheDocumentsShowIt() throws Exception {
        String statement = given().when().get("/api/statements/1").then().statusCode(200).extract().asString();
        Map<Integer, Request> requests = new LinkedHashMap<>();
        requests.put(400, new Request("GET", "/api/statements", () -> given().queryParam("size", 0).when().get("/api/statements")));
        requests.put(401, new Request("GET", "/api/statements",
                () -> given().auth().oauth2("not-a-token").when().get("/api/statements")));
        requests.put(403, new Request("POST", "/api/statements", () -> given().auth().oauth2(product.readerToken())
                .contentType(ContentType.JSON).body(statement).when().post("/api/statements")));
        requests.put(404, new Request("GET", "/api/statements/{id}", () -> given().when().get("/api/statements/987654321")));
        // The demo draft's comment period is closed.
        requests.put(409, new Request("POST", "/api/statements/{statementId}/comments", () -> given().contentType(ContentType.JSON)
                .body(Map.of("authorName", "Late Commenter", "text", "Too late?")).when().post("/api/statements/3/comments")));
        // Its own representation is a valid body; a version it never had is stale, none at all is missing.
        requests.put(412, new Request("PUT", "/api/statements/{id}", () -> given().auth().oauth2(product.adminToken())
                .header("If-Match", "\"987654321\"").contentType(ContentType.JSON).body(statement).when().put("/api/statements/1")));
        requests.put(428, new Request("PUT", "/api/statements/{id}", () -> given().auth().oauth2(product.adminToken())
                .contentType(ContentType.JSON).body(statement).when().put("/api/statements/1")));

        // An Idempotency-Key sent again with another body.
        String key = "problem-examples-" + java.util.UUID.randomUUID();
        requests.put(422, new Request("POST", "/api/reviews", () -> {
            String code = "PX-" + Long.toString(System.nanoTime(), 36).toUpperCase();
            given().auth().oauth2(product.adminToken()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("code", code, "name", "Problem examples")).when().post("/api/reviews").then().statusCode(201);
            return given().auth().oauth2(product.adminToken()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("code", code + "X", "name", "Another request")).when().post("/api/reviews");
        }));

        Set<Integer> uncovered = new TreeSet<>(api.errorStatuses());
        uncovered.removeAll(requests.keySet());
        uncovered.removeAll(CHECKED_ELSEWHERE);
        assertEquals(Set.of(), uncovered, "error statuses the documents declare that no request here answers");

        List<String> failures = new ArrayList<>();
        for (Map.Entry<Integer, Request> request : requests.entrySet()) {
            Response answer = request.getValue().send().get();
            ApiDocuments.Operation operation = api.operation(request.getValue().method(), request.getValue().path());
            if (answer.statusCode() != request.getKey()) {
                failures.add(operation + " answered " + answer.statusCode() + " where " + request.getKey() + " was meant: "
                        + answer.asString());
                continue;
            }
            failures.addAll(api.unlikeExample(operation, answer.statusCode(), answer.contentType(), JSON.readTree(answer.asString())));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Whether a real answer of the operation is the problem its document shows for the status; failures otherwise. */
    static List<String> unlikeExample(ApiDocuments api, String method, String path, Response answer) {
        try {
            return api.unlikeExample(api.operation(method, path), answer.statusCode(), answer.contentType(),
                    JSON.readTree(answer.asString()));
        } catch (java.io.IOException e) {
            return List.of(method + " " + path + " answered a problem that is not JSON: " + answer.asString());
        }
    }

    private record Request(String method, String path, Supplier<Response> send) {
    }
}
