package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multistakeholder.e2e.ApiDocuments.Operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The HTTP conventions of platform-commons and the gateway, on every operation the three documents publish, through
 * the gateway: every read sends an ETag that If-None-Match turns into a 304 (editors' and anonymous readers', JSON and
 * CSV); every path answers a method it does not take with a 405 that says in Allow what it takes; every answer carries
 * an X-Request-Id that the service logged its lines with; every POST sent again with its Idempotency-Key answers what
 * the first did and writes nothing more, and with another body is a 422.
 */
class HttpConventionsIT extends ThroughTheGateway {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("GET", "PUT", "POST", "DELETE", "PATCH");
    private static final Pattern ISSUED_ID = Pattern.compile("[0-9a-f]{32}");

    private static ApiDocuments api;
    private static Fixtures fixtures;
    private static StoredRows rows;

    private final List<String> failures = new ArrayList<>();
    private int requests;

    @BeforeAll
    static void prepare() {
        api = ApiDocuments.read(product);
        fixtures = Fixtures.create(product, api, false);
        rows = StoredRows.of(product);
    }

    @AfterAll
    static void closeDatabases() {
        rows.close();
    }

    @Test
    void shouldTagEveryReadAndAnswerItsTagWithNotModified() {
        int reads = 0;
        for (Operation operation : api.operations()) {
            if (!operation.method().equals("GET")) {
                continue;
            }
            String url = product.gateway() + fixtures.path(operation.path())
                    // Without a day, a range of quarters or the day named, a report of progress asks which.
                    + (api.queryParameters(operation).containsKey("asOf") ? "?asOf=2024-06-11" : "");
            reads++;
            checkConditional(operation + " as an editor", () -> editor(), url, "application/json");
            if (api.security(operation).isEmpty()) {
                checkConditional(operation + " anonymously", () -> given(), url, "application/json");
            }
            if (api.describe(operation).path("responses").path("200").path("content").has("text/csv")) {
                checkConditional(operation + " as CSV", () -> editor(), url, "text/csv");
            }
        }
        System.out.printf("Conditional reads: %d GET operations, %d requests%n", reads, requests);
        assertTrue(reads >= 28, "only " + reads + " GET operations in the documents");
        assertTrue(failures.isEmpty(), failures.size() + " reads without a working ETag:\n" + String.join("\n", failures));
    }

    private void checkConditional(String what, java.util.function.Supplier<RequestSpecification> caller, String url, String accept) {
        Response first = caller.get().accept(accept).when().get(url);
        requests++;
        String tag = first.header("ETag");
        if (first.statusCode() != 200 || tag == null) {
            failures.add(what + ": answered " + first.statusCode() + " with ETag " + tag);
            return;
        }
        Response again = caller.get().accept(accept).header("If-None-Match", tag).when().get(url);
        requests++;
        if (again.statusCode() != 304 || !opaque(tag).equals(opaque(again.header("ETag"))) || again.asByteArray().length != 0) {
            failures.add(what + ": If-None-Match " + tag + " answered " + again.statusCode() + " with ETag " + again.header("ETag"));
        }
        Response other = caller.get().accept(accept).header("If-None-Match", "W/\"not-this-one\"").when().get(url);
        requests++;
        if (other.statusCode() != 200) {
            failures.add(what + ": If-None-Match of another tag answered " + other.statusCode());
        }
    }

    /** The gateway may weaken a strong tag when it compresses; the version it names stays. */
    private static String opaque(String tag) {
        return tag == null ? "" : tag.replaceFirst("^W/", "");
    }

    @Test
    void shouldAnswerEveryMethodAPathDoesNotTakeWithAllow() {
        Map<String, Set<String>> taken = new LinkedHashMap<>();
        for (Operation operation : api.operations()) {
            taken.computeIfAbsent(operation.path(), path -> new TreeSet<>()).add(operation.method());
        }
        int tried = 0;
        for (Map.Entry<String, Set<String>> path : taken.entrySet()) {
            String url = product.gateway() + fixtures.path(path.getKey());
            for (String method : METHODS) {
                if (path.getValue().contains(method)) {
                    continue;
                }
                tried++;
                Response answer = editor().contentType(ContentType.JSON).body("{}").when().request(method, url);
                Set<String> allowed = new TreeSet<>();
                String allow = answer.header("Allow");
                if (allow != null) {
                    for (String name : allow.split(",")) {
                        allowed.add(name.trim());
                    }
                }
                if (answer.statusCode() != 405 || !allowed.containsAll(path.getValue()) || allowed.contains(method)
                        || !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
                    failures.add(method + " " + path.getKey() + ": answered " + answer.statusCode() + " " + answer.contentType()
                            + " with Allow " + allow + ", the document has " + path.getValue());
                }
            }
        }
        System.out.printf("Method not allowed: %d paths, %d requests%n", taken.size(), tried);
        assertTrue(failures.isEmpty(), failures.size() + " 405s without a true Allow:\n" + String.join("\n", failures));
    }

    @Test
    void shouldLogEveryLineOfARequestWithItsIdAndEchoIt() throws Exception {
        Map<String, String> missing = Map.of("statements", "/api/statements/", "signatories", "/api/organizations/",
                "recommendations", "/api/recommendations/");
        Map<String, String> sentIds = new LinkedHashMap<>();
        Map<String, String> paths = new LinkedHashMap<>();
        for (Map.Entry<String, String> service : missing.entrySet()) {
            String id = "e2e-" + UUID.randomUUID();
            String path = service.getValue() + (900_000_000L + (long) (Math.random() * 90_000_000L));
            given().header("X-Request-Id", id).when().get(path).then().statusCode(404).header("X-Request-Id", id);
            sentIds.put(service.getKey(), id);
            paths.put(service.getKey(), path);
        }
        // An id that is not sane is replaced, by the gateway, on its own answers too.
        String replaced = given().header("X-Request-Id", "two words").when().get("/api/reviews").then().statusCode(200)
                .extract().header("X-Request-Id");
        assertTrue(ISSUED_ID.matcher(replaced).matches(), replaced);
        String issued = given().when().get("/no-such-place").then().statusCode(404).extract().header("X-Request-Id");
        assertTrue(ISSUED_ID.matcher(issued).matches(), issued);
        assertEquals(1, given().when().get("/api/reviews").headers().getValues("X-Request-Id").size(), "one X-Request-Id");

        for (String service : missing.keySet()) {
            // The problem's log line names the missing id; every line that does carries the request's id.
            List<String> lines = eventually(() -> linesNaming(service, paths.get(service)));
            for (String line : lines) {
                JsonNode logged = JSON.readTree(line);
                assertEquals(sentIds.get(service), logged.path("mdc").path("requestId").asText(), service + " logged " + line);
            }
        }
    }

    /** The JSON log lines that name the missing record's id (its 404's detail does): the request's own lines. */
    private List<String> linesNaming(String service, String path) throws IOException {
        String id = path.substring(path.lastIndexOf('/') + 1);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(product.log(service))) {
            if (line.startsWith("{") && line.contains(id)) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static <T extends List<?>> T eventually(Callable<T> read) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            T found = read.call();
            if (!found.isEmpty() || System.nanoTime() > deadline) {
                assertFalse(found.isEmpty(), "no log line of the request");
                return found;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void shouldRegisterOneOrganizationWhenARegistrationIsSentAgainWithItsKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "Idempotent Registration " + fixtures.unique;
        ObjectNode body = ((ObjectNode) api.exampleBody(operation("POST", "/api/registrations"))).put("name", name);
        Response first = registerThroughGateway(key, body.toString());
        Response again = registerThroughGateway(key, body.toString());
        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(201, again.statusCode(), again.asString());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.asString(), again.asString(), "the same answer, the API key shown once included");
        Response other = registerThroughGateway(key, body.put("name", name + " Other").toString());
        assertEquals(422, other.statusCode(), other.asString());
        assertEquals("https://platform.local/problems/idempotency-key-reused", other.jsonPath().getString("type"));
        try (var connection = product.connect("signatories");
                var count = connection.prepareStatement("select count(*) from organization where name like ?")) {
            count.setString(1, name + "%");
            try (var result = count.executeQuery()) {
                result.next();
                assertEquals(1, result.getLong(1), "organizations registered as " + name);
            }
        }
    }

    /** Through the gateway, which limits registrations per address: a 429 is waited out as a client would. */
    private static Response registerThroughGateway(String key, String body) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            Response answer = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                    .when().post("/api/registrations");
            if (answer.statusCode() != 429 || attempt == 12) {
                return answer;
            }
            Thread.sleep(1000L * Math.max(1, Integer.parseInt(answer.header("Retry-After"))));
        }
    }

    @Test
    void shouldAnswerEveryPostSentAgainWithItsKeyAsTheFirstTime() throws Exception {
        List<Operation> posts = new ArrayList<>(api.operations().stream().filter(o -> o.method().equals("POST")).toList());
        // These change the organization the others act as (its key, its status): last.
        posts.sort(java.util.Comparator.comparing(o -> o.path().startsWith("/api/organizations/")));
        int sent = 0;
        for (Operation operation : posts) {
            prepareFor(operation);
            String url = fixtures.base(operation) + fixtures.path(operation.path());
            String body = body(operation);
            String key = UUID.randomUUID().toString();
            Response first = post(operation, url, key, body);
            Map<String, String> afterFirst = rows.snapshot();
            Response again = post(operation, url, key, body);
            Map<String, String> afterAgain = rows.snapshot();
            Response other = post(operation, url, key, changed(body));
            sent += 3;
            if (first.statusCode() / 100 != 2) {
                failures.add(operation + ": the first request answered " + first.statusCode() + ": " + first.asString());
                continue;
            }
            if (again.statusCode() != first.statusCode() || !"true".equals(again.header("Idempotent-Replayed"))
                    || !again.asString().equals(first.asString())
                    || !java.util.Objects.equals(again.header("Location"), first.header("Location"))
                    || !java.util.Objects.equals(again.header("ETag"), first.header("ETag"))) {
                failures.add(operation + ": sent again with its key answered " + again.statusCode() + " " + again.headers().asList()
                        + " " + again.asString() + ", the first " + first.statusCode() + " " + first.asString());
            }
            List<String> written = StoredRows.changes(afterFirst, afterAgain);
            if (!written.isEmpty()) {
                failures.add(operation + ": sent again with its key wrote " + written);
            }
            if (other.statusCode() != 422 || !"https://platform.local/problems/idempotency-key-reused".equals(other.jsonPath().getString("type"))) {
                failures.add(operation + ": its key with another body answered " + other.statusCode() + ": " + other.asString());
            }
        }
        System.out.printf("Idempotent POSTs: %d operations, %d requests%n", posts.size(), sent);
        assertTrue(posts.size() >= 12, posts.toString());
        assertTrue(failures.isEmpty(), failures.size() + " POSTs not safe to retry:\n" + String.join("\n", failures));
    }

    @Test
    void shouldDoAPostOnceWhenItsDuplicatesArriveTogether() throws Exception {
        Operation creation = operation("POST", "/api/reviews");
        String body = fixtures.validBody(creation).toString();
        String code = JSON.readTree(body).path("code").asText();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> post(creation, product.gateway() + "/api/reviews", key, body)));
        }
        int done = 0;
        int inFlight = 0;
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            if (response.statusCode() == 409) {
                inFlight++;
                assertEquals("https://platform.local/problems/conflict", response.jsonPath().getString("type"));
            } else {
                assertEquals(201, response.statusCode(), response.asString());
                done += "true".equals(response.header("Idempotent-Replayed")) ? 0 : 1;
            }
        }
        pool.shutdown();
        assertEquals(1, done, "requests that created the review");
        System.out.printf("Concurrent duplicates: 8 sent, 1 done, %d replayed, %d answered 409 in flight%n", 7 - inFlight, inFlight);
        given().when().get("/api/reviews/" + code).then().statusCode(200);
    }

    /** What an operation needs to succeed once more with the fixtures' body. */
    private void prepareFor(Operation operation) {
        if (operation.path().equals("/api/statements/{statementId}/signatories")) {
            // The organization endorses the fixture statement already: it withdraws, to endorse anew.
            given().header("X-API-Key", fixtures.organizationKey).when()
                    .delete(product.gateway() + fixtures.path("/api/statements/{statementId}/signatories/{organizationId}"))
                    .then().statusCode(org.hamcrest.Matchers.lessThan(300));
        }
    }

    /** The fixtures' valid body, with the values a second record of the kind must not share with the first. */
    private String body(Operation operation) {
        ObjectNode body = fixtures.validBody(operation);
        if (body == null) {
            return operation.path().endsWith("/signatories") ? "{}" : null;
        }
        String unique = UUID.randomUUID().toString().substring(0, 8);
        if (body.has("clauseNumber")) {
            body.put("clauseNumber", 1);
        }
        if (body.has("itemPriorities")) {
            // The examples show both ways of prioritising a recommendation; it takes one.
            body.remove("priority");
        }
        if (body.has("number")) {
            body.put("number", 100 + (int) (Math.random() * 800));
        }
        if (body.has("position")) {
            body.put("position", 3 + (int) (Math.random() * 90));
        }
        if (body.has("period")) {
            body.put("period", (1991 + (int) (Math.random() * 30)) + "-Q" + (1 + (int) (Math.random() * 4)));
        }
        if (operation.path().equals("/api/registrations")) {
            body.put("name", "Retried Organization " + unique);
        }
        if (operation.path().equals("/api/recommendations/{id}/history")) {
            // After the fixtures' last change (COMPLETE on 2023-06-30), reopened on a day of its own.
            body.put("status", "IN_PROGRESS");
            body.put("effectiveOn", "2024-0" + (1 + (int) (Math.random() * 9)) + "-1" + (int) (Math.random() * 10));
        }
        if (operation.path().equals("/api/organizations/{id}/status-history")) {
            body.put("status", "SUSPENDED");
        }
        if (operation.path().endsWith("/signatories")) {
            body.remove("organizationId");
            body.remove("endorsedOn");
        }
        return body.toString();
    }

    /** Another body: the first text value changed, or, when there is none, one more space. */
    private static String changed(String body) throws IOException {
        if (body == null) {
            return "{}";
        }
        JsonNode json = JSON.readTree(body);
        if (json instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual()) {
                    object.set(field.getKey(), TextNode.valueOf(field.getValue().asText() + " (changed)"));
                    return object.toString();
                }
            }
        }
        return body + " ";
    }

    private Response post(Operation operation, String url, String key, String body) {
        List<String> security = api.security(operation);
        RequestSpecification request = given().header("Idempotency-Key", key);
        if (security.contains("organizationKey") && operation.path().contains("/signatories")) {
            request.header("X-API-Key", fixtures.organizationKey);
        } else if (!security.isEmpty()) {
            request.auth().oauth2(product.adminToken());
        }
        if (api.takesIfMatch(operation)) {
            request.header("If-Match", fixtures.entityTag(fixtures.path(operation.path())));
        }
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post(url);
    }

    private static Operation operation(String method, String path) {
        return api.operations().stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst().orElseThrow();
    }

    private static RequestSpecification editor() {
        return given().auth().oauth2(product.adminToken());
    }
}
