package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.multistakeholder.e2e.ApiDocuments.Operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The API conventions of DESIGN.md, checked the same way on every endpoint the three OpenAPI documents
 * publish, through the gateway: the page envelope and its parameters on every list, ETags and If-Match on
 * every resource and update, 401 and 403 on every protected write, a Location through the gateway on every
 * creation, and a complete problem document on every error. An operation of the documents that no check
 * covers, and that is not listed as skipped with a reason, fails the test: a new endpoint is checked or
 * consciously left out.
 */
@Order(Integer.MAX_VALUE - 2)
class ConventionsIT extends ThroughTheGateway {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STALE = "\"999999\"";
    private static final java.util.regex.Pattern INSTANT = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final Set<String> ENVELOPE = Set.of("items", "page", "size", "total", "next");

    /** Checks left out on purpose, by "check: METHOD path" ("all: " for every check of the operation), with the reason. */
    private static final Map<String, String> SKIPPED = Map.of(
            "paging: GET /api/organizations/{id}/status-history",
            "an organization's status history, a few steps long, is answered whole as a JSON array; paging it would change "
                    + "the published contract");

    private static ApiDocuments api;
    private static Fixtures fixtures;
    private static String strangerToken;

    private final List<String> failures = new ArrayList<>();
    private final Set<String> checked = new LinkedHashSet<>();
    private final Set<String> skipsUsed = new TreeSet<>();

    @BeforeAll
    static void prepare() {
        api = ApiDocuments.read(product);
        fixtures = Fixtures.create(product, api, true);
        strangerToken = Tokens.sign(Tokens.strangerKey(), new LinkedHashMap<>(Tokens.claimsOf(product.adminToken())));
    }

    @Test
    void shouldFollowTheApiConventionsOnEveryEndpoint() {
        List<Operation> operations = api.operations();
        for (Operation operation : operations) {
            if (!fixtures.covers(operation.path())) {
                failures.add(operation + ": no fixture fills its path; make one in Fixtures");
                continue;
            }
            switch (operation.method()) {
                case "GET" -> checkRead(operation);
                case "PUT", "PATCH", "POST", "DELETE" -> checkWrite(operation);
                default -> { }
            }
        }
        // The updates last: a successful one changes what the reads above looked at.
        for (Operation operation : operations) {
            if ((operation.method().equals("PUT") || operation.method().equals("PATCH")) && fixtures.covers(operation.path())) {
                checkUpdateSucceeds(operation);
            }
        }
        for (Operation operation : operations) {
            if (!checked.contains(operation.toString()) && !SKIPPED.containsKey("all: " + operation)) {
                failures.add(operation + ": no convention check covers it; check it or list it as skipped with a reason");
            }
        }
        Set<String> stale = new TreeSet<>(SKIPPED.keySet());
        stale.removeAll(skipsUsed);
        stale.removeIf(key -> key.startsWith("all: ") && operations.stream().anyMatch(o -> key.equals("all: " + o)));
        stale.forEach(key -> failures.add("skipped check " + key + " matches nothing any more: remove it"));
        System.out.printf("Conventions: %d operations, %d checked%n", operations.size(), checked.size());
        assertTrue(failures.isEmpty(), failures.size() + " departures from the conventions:\n" + String.join("\n", failures));
    }

    private void checkRead(Operation operation) {
        String path = fixtures.path(operation.path());
        JsonNode schema = api.answerSchema(operation);
        Map<String, JsonNode> query = api.queryParameters(operation);
        if (ApiDocuments.isPage(schema)) {
            checkList(operation, path, query);
        } else if (operation.path().endsWith("}")) {
            checkOneResource(operation, path);
        } else if (schema.path("type").asText().equals("array")) {
            if (!skipped("paging", operation)) {
                failures.add(operation + ": answers a list that is not a page {items, page, size, total}");
            }
        } else if (!query.containsKey("asOf")) {
            expect(operation, "a plain read", editor().get(product.gateway() + path), 200);
        }
        if (query.containsKey("asOf")) {
            checkAsOf(operation, path);
        }
        checked.add(operation.toString());
    }

    private void checkList(Operation operation, String path, Map<String, JsonNode> query) {
        String url = product.gateway() + path;
        Response first = expect(operation, "the first page", editor().get(url), 200);
        if (first.statusCode() != 200) {
            return;
        }
        JsonNode page = json(first);
        Set<String> keys = new TreeSet<>();
        page.fieldNames().forEachRemaining(keys::add);
        // The last page has no next: the field is left out, never null.
        keys.add("next");
        if (!keys.equals(new TreeSet<>(ENVELOPE)) || !page.path("items").isArray() || page.path("page").asInt(-1) != 0
                || page.path("size").asInt() != 20 || !page.path("total").canConvertToLong()
                || page.path("total").asLong() < page.path("items").size() || page.path("items").size() > 20) {
            failures.add(operation + ": the first page is not {\"items\":[...],\"page\":0,\"size\":20,\"total\":n,\"next\":...} (next only before the last page): " + abbreviate(page));
        }
        long total = page.path("total").asLong();
        if (total > 20 != page.path("next").isTextual() || total <= 20 && page.has("next")) {
            failures.add(operation + ": 'next' of the first page of 20 of " + total + " items is " + page.path("next"));
        }

        JsonNode two = json(expect(operation, "size=2", editor().queryParam("size", 2).get(url), 200));
        if (two.path("size").asInt() != 2 || two.path("items").size() != Math.min(2, total)) {
            failures.add(operation + ": size=2 answered size " + two.path("size") + " with " + two.path("items").size()
                    + " items of " + total);
        }
        for (int size : List.of(0, 101)) {
            expect(operation, "size=" + size, editor().queryParam("size", size).get(url), 400);
        }
        JsonNode second = json(expect(operation, "page=1&size=1", editor().queryParam("page", 1).queryParam("size", 1).get(url), 200));
        if (second.path("page").asInt() != 1 || second.path("items").size() != (total >= 2 ? 1 : 0)
                || total >= 2 && second.path("items").get(0).equals(two.path("items").get(0))) {
            failures.add(operation + ": page=1&size=1 did not answer the second item: " + abbreviate(second));
        }
        // Following the first page's next is asking for the second page by number.
        JsonNode one = json(expect(operation, "size=1", editor().queryParam("size", 1).get(url), 200));
        if (total >= 2 && one.path("next").isTextual()) {
            JsonNode followed = json(expect(operation, "after=<next of page 0>",
                    editor().queryParam("size", 1).queryParam("after", one.path("next").asText()).get(url), 200));
            if (followed.path("page").asInt() != 1 || !followed.path("items").equals(second.path("items"))) {
                failures.add(operation + ": following next did not answer the second item: " + abbreviate(followed));
            }
            expect(operation, "after with page", editor().queryParam("after", one.path("next").asText()).queryParam("page", 1).get(url), 400);
        } else if (total >= 2 || one.has("next")) {
            failures.add(operation + ": with size=1 and " + total + " items, 'next' is " + one.path("next"));
        }
        expect(operation, "after=garbage", editor().queryParam("after", "garbage").get(url), 400);
        // The deepest page the document allows answers (empty), at the largest size; one more is refused.
        long lastPage = api.queryParameters(operation).get("page").path("schema").path("maximum").asLong();
        expect(operation, "page=" + lastPage + "&size=100", editor().queryParam("page", lastPage).queryParam("size", 100).get(url), 200);
        expect(operation, "page=" + (lastPage + 1), editor().queryParam("page", lastPage + 1).get(url), 400);

        if (query.containsKey("sort")) {
            List<String> fields = sortableFields(operation);
            if (fields.isEmpty()) {
                failures.add(operation + ": takes 'sort' but its document declares no sortable field");
            }
            for (String field : fields) {
                checkSort(operation, url, field);
            }
            JsonNode example = api.queryParameters(operation).get("sort").path("example");
            if (!example.isMissingNode()) {
                expect(operation, "its documented example sort=" + example.asText(),
                        editor().queryParam("sort", example.asText()).get(url), 200);
            }
            expect(operation, "sort=noSuchField", editor().queryParam("sort", "noSuchField").get(url), 400);
        }
        if (query.containsKey("q")) {
            JsonNode example = query.get("q").path("example");
            Response found = expect(operation, "q", editor().queryParam("q", example.asText("text")).get(url), 200);
            if (found.statusCode() == 200 && !json(found).path("items").isArray()) {
                failures.add(operation + ": q did not answer a page");
            }
        }
    }

    /** Sorted ascending by the field, and descending with '-': the items come in that order. */
    private void checkSort(Operation operation, String url, String field) {
        JsonNode ascending = json(expect(operation, "sort=" + field, editor().queryParam("sort", field).queryParam("size", 100).get(url), 200));
        JsonNode descending = json(expect(operation, "sort=-" + field,
                editor().queryParam("sort", "-" + field).queryParam("size", 100).get(url), 200));
        if (ascending.path("total").asLong() > 100 || !ascending.path("items").isArray()) {
            return;
        }
        List<JsonNode> up = values(ascending, field);
        List<JsonNode> down = values(descending, field);
        // A field the items carry as an object (a letter's sender) is sorted by a part of it the document does not name.
        if (up.stream().anyMatch(value -> value.isMissingNode() || value.isContainerNode())) {
            return;
        }
        // Items without a value come last either way.
        List<JsonNode> reversed = new ArrayList<>(up.stream().filter(value -> !value.isNull()).toList());
        java.util.Collections.reverse(reversed);
        if (!reversed.equals(down.stream().filter(value -> !value.isNull()).toList())) {
            failures.add(operation + ": sort=-" + field + " is not sort=" + field + " reversed: " + up + " / " + down);
        } else if (!sortedByAnyReading(up)) {
            failures.add(operation + ": sort=" + field + " answered the items out of order: " + up);
        }
    }

    /** The field's value in each item. */
    private static List<JsonNode> values(JsonNode page, String field) {
        List<JsonNode> values = new ArrayList<>();
        page.path("items").forEach(item -> values.add(item.path(field)));
        return values;
    }

    /**
     * Numbers by value, dates and codes as PostgreSQL's C collation orders text, names also ignoring case and
     * accents as the services sort them; nulls may come first or last.
     */
    private static boolean sortedByAnyReading(List<JsonNode> values) {
        List<JsonNode> present = values.stream().filter(value -> !value.isNull()).toList();
        if (present.stream().allMatch(JsonNode::isNumber)) {
            return isSorted(present, Comparator.comparing(JsonNode::decimalValue));
        }
        if (present.stream().allMatch(JsonNode::isTextual)) {
            return isSorted(present, Comparator.comparing(JsonNode::asText))
                    || isSorted(present, Comparator.comparing(value -> folded(value.asText())));
        }
        return true;
    }

    private static boolean isSorted(List<JsonNode> values, Comparator<JsonNode> order) {
        for (int i = 1; i < values.size(); i++) {
            if (order.compare(values.get(i - 1), values.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
    }

    /** The fields a list may be sorted by, as its document declares them: the values its 'sort' parameter takes. */
    private List<String> sortableFields(Operation operation) {
        JsonNode sort = api.queryParameters(operation).get("sort");
        Set<String> fields = new LinkedHashSet<>();
        for (JsonNode value : sort.path("schema").path("enum")) {
            fields.add(value.asText().replaceFirst("^-", ""));
        }
        return new ArrayList<>(fields);
    }

    private void checkAsOf(Operation operation, String path) {
        String url = product.gateway() + path;
        expect(operation, "asOf=2024-06-11", editor().queryParam("asOf", "2024-06-11").get(url), 200);
        for (String bad : List.of("2024-13-45", "yesterday", "11/06/2024")) {
            expect(operation, "asOf=" + bad, editor().queryParam("asOf", bad).get(url), 400);
        }
    }

    private void checkOneResource(Operation operation, String path) {
        Response answer = expect(operation, "a read", editor().get(product.gateway() + path), 200);
        if (answer.statusCode() == 200 && answer.header("ETag") == null && !skipped("ETag", operation)) {
            failures.add(operation + ": sends no ETag");
        }
    }

    private void checkWrite(Operation operation) {
        String path = fixtures.path(operation.path());
        String url = product.gateway() + path;
        List<String> security = api.security(operation);
        boolean ifMatch = api.takesIfMatch(operation);
        String tag = ifMatch ? fixtures.entityTag(path) : null;
        if (ifMatch && tag == null) {
            failures.add(operation + ": takes If-Match, but no read at or above " + path + " sends an ETag");
            tag = STALE;
        }
        ObjectNode body = fixtures.validBody(operation);
        if (!security.isEmpty()) {
            String method = operation.method();
            expect(operation, "without credentials", request(body, tag).when().request(method, url), 401);
            expect(operation, "with a token signed by an unknown key",
                    request(body, tag).auth().oauth2(strangerToken).when().request(method, url), 401);
            expect(operation, "with a valid token without the admin group",
                    request(body, tag).auth().oauth2(product.readerToken()).when().request(method, url), 403);
            if (security.contains("organizationKey")) {
                expect(operation, "with a key nobody was issued",
                        request(body, tag).header("X-API-Key", "1.not-a-key").when().request(method, url), 401);
                expect(operation, "with another organization's key",
                        request(body, tag).header("X-API-Key", fixtures.otherOrganizationKey).when().request(method, url), 403);
            }
            checked.add(operation.toString());
        }
        if (ifMatch) {
            expect(operation, "without If-Match", request(body, null).auth().oauth2(product.adminToken())
                    .when().request(operation.method(), url), 428);
            expect(operation, "with a stale If-Match", request(body, STALE).auth().oauth2(product.adminToken())
                    .when().request(operation.method(), url), 412);
            checked.add(operation.toString());
        }
        if (operation.method().equals("POST") && api.answers(operation, "201")) {
            checkCreation(operation);
        }
    }

    /** The creation the fixtures made with the operation: a Location that names the gateway and answers there. */
    private void checkCreation(Operation operation) {
        Response created = fixtures.creation(operation);
        if (created == null) {
            failures.add(operation + ": answers 201 but the fixtures make nothing with it; make something in Fixtures");
            return;
        }
        String location = created.header("Location");
        if (created.statusCode() != 201 || location == null || !location.startsWith(product.gateway() + "/")) {
            failures.add(operation + ": created with " + created.statusCode() + " and Location " + location
                    + ", not one that names the gateway " + product.gateway());
        } else {
            Response read = expect(operation, "reading its Location " + location, editor().get(location), 200);
            if (read.statusCode() == 200) {
                sameInstants(operation, json(created), json(read), "");
            }
        }
        checked.add(operation.toString());
    }

    /** An update with the current ETag and a valid body succeeds; the body sent back is the resource as read. */
    private void checkUpdateSucceeds(Operation operation) {
        String path = fixtures.path(operation.path());
        String tag = fixtures.entityTag(path);
        JsonNode body = fixtures.validBody(operation);
        boolean readable = api.operations().stream().anyMatch(o -> o.method().equals("GET") && o.path().equals(operation.path()));
        if (readable) {
            body = json(editor().get(product.gateway() + path));
        }
        expect(operation, "with the current ETag and " + (readable ? "the resource as read" : "a valid body"),
                request(body, tag).auth().oauth2(product.adminToken()).when().request(operation.method(), product.gateway() + path), 200);
    }

    /**
     * Every instant the 201 answer gives is the one a later read gives: written at the precision it is stored. Those
     * the fixtures may have changed since (updatedAt, after an update or a lifecycle step) are left out.
     */
    private void sameInstants(Operation operation, JsonNode created, JsonNode read, String at) {
        if (created.isObject()) {
            created.properties().stream().filter(field -> !field.getKey().equals("updatedAt"))
                    .forEach(field -> sameInstants(operation, field.getValue(), read.path(field.getKey()), at + "/" + field.getKey()));
        } else if (created.isTextual() && INSTANT.matcher(created.asText()).matches() && read.isTextual()
                && !java.time.Instant.parse(created.asText()).equals(java.time.Instant.parse(read.asText()))) {
            failures.add(operation + ": answered " + at + " = " + created.asText() + " at creation, " + read.asText() + " when read");
        }
    }

    private boolean skipped(String check, Operation operation) {
        String key = check + ": " + operation;
        if (SKIPPED.containsKey(key)) {
            skipsUsed.add(key);
            return true;
        }
        return false;
    }

    private static RequestSpecification editor() {
        return given().auth().oauth2(product.adminToken());
    }

    private static RequestSpecification request(JsonNode body, String ifMatch) {
        RequestSpecification request = given();
        if (body != null) {
            request.contentType("application/json").body(body.toString());
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }

    /** The answer, after checking its status and, for an error, that it is a complete problem document. */
    private Response expect(Operation operation, String what, Response answer, int status) {
        if (answer.statusCode() != status) {
            failures.add(operation + " " + what + ": answered " + answer.statusCode() + ", not " + status + ": "
                    + abbreviate(answer.asString()));
        }
        if (answer.statusCode() >= 400) {
            String type = answer.contentType();
            JsonNode problem = json(answer);
            boolean complete = type != null && type.startsWith("application/problem+json")
                    && !problem.path("type").asText("").isBlank() && !problem.path("title").asText("").isBlank()
                    && problem.path("status").asInt() == answer.statusCode() && !problem.path("detail").asText("").isBlank();
            if (!complete) {
                failures.add(operation + " " + what + ": the " + answer.statusCode() + " is not a problem document with type,"
                        + " title, status and detail: " + type + " " + abbreviate(answer.asString()));
            }
        }
        return answer;
    }

    private static JsonNode json(Response answer) {
        try {
            return JSON.readTree(answer.asByteArray());
        } catch (java.io.IOException e) {
            return JSON.missingNode();
        }
    }

    private static String abbreviate(Object text) {
        String value = String.valueOf(text);
        return value.length() > 300 ? value.substring(0, 300) + "..." : value;
    }
}
