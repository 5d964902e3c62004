package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multistakeholder.e2e.ApiDocuments.Operation;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A draft that was never opened for comment or signature nor published is the editors' only. Every GET of the three
 * documents is read anonymously and with an organization's key: one with the draft's id in its statement parameter
 * answers exactly as for an id nobody uses (a 404 problem from statements-service), and every other one (lists,
 * search by the draft's own words, totals, everything else) neither names it nor counts it. An editor reads it
 * all the while, and what the editor is shown never reaches the gateway's anonymous cache. Endorsing it or
 * commenting on it is refused as for an unknown statement. Once it is opened for comment anyone reads it, and it
 * stays public back in DRAFT. The operations are read from the documents, so a new one is covered unlisted.
 */
class DraftVisibilityIT extends ThroughTheGateway {

    private static final String UNKNOWN = "987654321";
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String STATEMENT_PATH = "/api/statements/{";

    private static ApiDocuments api;
    private static Fixtures fixtures;
    /** A word only the draft holds, in its title, issuing body, preamble and clause. */
    private static String word;
    private static String draft;

    private final List<String> failures = new ArrayList<>();

    @BeforeAll
    static void prepare() {
        api = ApiDocuments.read(product);
        fixtures = Fixtures.create(product, api, false);
        StringBuilder letters = new StringBuilder("zq");
        for (int i = 0; i < 12; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        word = letters.toString();
        Instant now = Instant.now();
        Map<String, Object> content = Map.of("kind", "DRAFT_FOR_COMMENT", "title", "Hidden draft " + word,
                "issuingBody", "Hidden group " + word, "preamble", "Not to be read: " + word,
                "commentPeriod", Map.of("opensAt", now.minus(1, ChronoUnit.HOURS).toString(),
                        "closesAt", now.plus(30, ChronoUnit.DAYS).toString(), "invitation", "Comments on " + word),
                "clauses", List.of(Map.of("number", 1, "text", "We " + word + " the first clause.")));
        String location = asEditor().contentType(ContentType.JSON).body(content).when().post("/api/statements")
                .then().statusCode(201).extract().header("Location");
        draft = location.substring(location.lastIndexOf('/') + 1);
        // A second version and a drafting-group member, so the draft has something under each of its reads.
        Map<String, Object> revised = new java.util.HashMap<>(content);
        revised.put("closingText", "Revised " + word);
        asEditor().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(revised).when().put(location)
                .then().statusCode(200);
        asEditor().contentType(ContentType.JSON)
                .body(Map.of("name", "Hidden Member " + word, "role", "CHAIR", "stakeholderGroup", "Registries " + word))
                .when().post(location + "/drafting-group").then().statusCode(201);
    }

    @Test
    void shouldShowANeverPublicDraftToEditorsOnlyOnEveryReadUntilItIsOpenedForComment() throws SQLException {
        int reads = 0;
        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.ORGANIZATION)) {
            for (Operation operation : api.operations()) {
                if (!operation.method().equals("GET")) {
                    continue;
                }
                reads++;
                if (operation.path().startsWith(STATEMENT_PATH)) {
                    expectUnknown(operation, caller);
                } else if (fixtures.covers(operation.path())) {
                    expectUnnamed(operation, caller);
                } else {
                    failures.add(operation + " has a path parameter no fixture stands for");
                }
            }
            expectUncounted(caller);
        }
        expectWritesRefusedAsForAnUnknownStatement();
        System.out.printf("Draft visibility: %d reads of %d GET operations, %d failures%n", reads,
                reads / 2, failures.size());
        assertTrue(reads > 40, "the documents publish only " + reads / 2 + " GET operations");
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));

        move("OPEN_FOR_COMMENT");
        expectPublic("OPEN_FOR_COMMENT");
        // Sent back to be revised, it stays public with its whole history.
        move("DRAFT");
        expectPublic("DRAFT");
    }

    private enum Caller {
        ANONYMOUS, ORGANIZATION;

        RequestSpecification request() {
            RequestSpecification request = given();
            return this == ORGANIZATION ? request.header("X-API-Key", fixtures.organizationKey) : request;
        }
    }

    /**
     * A read under the draft's id answers what the same read of an unknown id does; in statements-service that is
     * a 404 problem. An editor's read of it just before is not cached for the caller.
     */
    private void expectUnknown(Operation operation, Caller caller) {
        String hidden = path(operation, draft);
        Response editors = asEditor().queryParam("size", 100).when().get(hidden);
        String cache = editors.header("X-Cache-Status");
        if (!"BYPASS".equals(cache)) {
            failures.add(operation + ": the editor's read at " + hidden + " went through the anonymous cache (" + cache + ")");
        }
        if (operation.service().equals("statements") && ownedByTheDraft(operation) && editors.statusCode() != 200) {
            failures.add(operation + ": an editor reading " + hidden + " got " + editors.statusCode() + ": " + editors.asString());
        }
        Response answer = caller.request().queryParam("size", 100).when().get(hidden);
        Response unknown = caller.request().queryParam("size", 100).when().get(path(operation, UNKNOWN));
        String request = operation + " as " + caller + " at " + hidden;
        if (operation.service().equals("statements")
                && (answer.statusCode() != 404 || !answer.contentType().startsWith("application/problem+json"))) {
            failures.add(request + " answered " + answer.statusCode() + " rather than a 404 problem: " + answer.asString());
        }
        if (answer.statusCode() != unknown.statusCode() || !answer.contentType().equals(unknown.contentType())
                || !sameBut(answer.asString(), unknown.asString())) {
            failures.add(request + " answered " + answer.statusCode() + " " + answer.asString() + ", an unknown statement "
                    + unknown.statusCode() + " " + unknown.asString());
        }
        if (answer.asString().toLowerCase(Locale.ROOT).contains(word)) {
            failures.add(request + " shows the draft's text: " + answer.asString());
        }
    }

    /** A read that does not name the draft in its path neither shows its words nor lists its id, searched for or not. */
    private void expectUnnamed(Operation operation, Caller caller) {
        String path = fixtures.path(operation.path());
        List<Supplier<Response>> reads = new ArrayList<>();
        reads.add(() -> caller.request().queryParam("size", 100).when().get(path));
        if (api.queryParameters(operation).containsKey("q")) {
            reads.add(() -> caller.request().queryParam("size", 100).queryParam("q", word).when().get(path));
        }
        for (Supplier<Response> read : reads) {
            Response answer = read.get();
            String body = isFeed(operation) ? wholeFeed(caller, path, answer) : answer.asString();
            if (answer.statusCode() >= 500) {
                failures.add(operation + " as " + caller + " answered " + answer.statusCode() + ": " + body);
            }
            if (body.toLowerCase(Locale.ROOT).contains(word)) {
                failures.add(operation + " as " + caller + " shows the draft: " + body);
            }
            if (body.matches("(?s).*\"(statementId|id)\"\\s*:\\s*" + draft + "\\b.*") && (operation.path().equals("/api/statements") || isFeed(operation))) {
                failures.add(operation + " as " + caller + " lists the draft's id " + draft);
            }
        }
    }

    private static boolean isFeed(Operation operation) {
        return operation.path().startsWith("/api/feed/") && !operation.path().endsWith("/snapshot");
    }

    /** A change feed read to its end from its first event, following each page's cursor: the draft's events come last. */
    private static String wholeFeed(Caller caller, String path, Response first) {
        StringBuilder bodies = new StringBuilder();
        Response page = first;
        for (int pages = 0; page.statusCode() == 200 && pages < 1000; pages++) {
            bodies.append(page.asString());
            List<Object> events = page.jsonPath().getList("items");
            String next = page.jsonPath().getString("next");
            if (events == null || events.isEmpty() || next == null) {
                break;
            }
            page = caller.request().queryParam("after", next).queryParam("limit", 500).when().get(path);
        }
        if (page.statusCode() != 200) {
            bodies.append(page.asString());
        }
        return bodies.toString();
    }

    /** The statement list's totals count what the caller may see: the statements that were ever public, in every filter. */
    private void expectUncounted(Caller caller) throws SQLException {
        try (Connection connection = product.connect("statements")) {
            for (String status : new String[] { null, "DRAFT" }) {
                String where = status == null ? "" : " where status = '" + status + "'";
                long all = count(connection, "select count(*) from statement" + where);
                long everPublic = count(connection, "select count(*) from statement" + where + (where.isEmpty() ? " where" : " and") + " ever_public");
                assertTrue(all > everPublic, "the database holds no statement only editors see" + where);
                RequestSpecification mine = caller.request().queryParam("size", 1);
                RequestSpecification editors = asEditor().queryParam("size", 1);
                if (status != null) {
                    mine.queryParam("status", status);
                    editors.queryParam("status", status);
                }
                long shown = mine.when().get("/api/statements").then().statusCode(200).extract().jsonPath().getLong("total");
                long toEditors = editors.when().get("/api/statements").then().statusCode(200).extract().jsonPath().getLong("total");
                if (shown != everPublic || toEditors != all) {
                    failures.add("GET /api/statements" + (status == null ? "" : "?status=" + status) + " totals " + shown + " as " + caller
                            + " and " + toEditors + " to an editor; the database holds " + everPublic + " public statements of " + all);
                }
            }
        }
        long found = caller.request().queryParam("q", word).when().get("/api/statements").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        long foundByEditors = asEditor().queryParam("q", word).when().get("/api/statements").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        if (found != 0 || foundByEditors != 1) {
            failures.add("searching the draft's word finds " + found + " as " + caller + " and " + foundByEditors + " as an editor");
        }
    }

    /** Endorsing the draft with an organization's key and commenting on it anonymously: refused as for an unknown statement. */
    private void expectWritesRefusedAsForAnUnknownStatement() {
        Supplier<RequestSpecification> organization = () -> given().header("X-API-Key", fixtures.organizationKey).contentType(ContentType.JSON).body("{}");
        Response endorsed = organization.get().when().post("/api/statements/" + draft + "/signatories");
        Response unknown = organization.get().when().post("/api/statements/" + UNKNOWN + "/signatories");
        if (endorsed.statusCode() != 404 || !sameBut(endorsed.asString(), unknown.asString())) {
            failures.add("endorsing the draft answered " + endorsed.statusCode() + " " + endorsed.asString()
                    + ", an unknown statement " + unknown.statusCode() + " " + unknown.asString());
        }
        // An editor's token goes along to statements-service: the editor is told what the statement is.
        Response onBehalf = asEditor().contentType(ContentType.JSON).body(Map.of("organizationId", Long.parseLong(fixtures.organizationId)))
                .when().post("/api/statements/" + draft + "/signatories");
        if (onBehalf.statusCode() != 409 || !onBehalf.asString().contains("DRAFT")) {
            failures.add("an editor endorsing the draft on an organization's behalf got " + onBehalf.statusCode() + " " + onBehalf.asString());
        }
        // Straight to the service: the gateway limits anonymous comments per address, and other tests spend that.
        String comments = product.serviceUrl("statements") + "/api/statements/";
        Supplier<RequestSpecification> commenter = () -> given().contentType(ContentType.JSON)
                .body(Map.of("authorName", "Early Bird", "text", "First!"));
        Response commented = commenter.get().when().post(comments + draft + "/comments");
        Response unknownComment = commenter.get().when().post(comments + UNKNOWN + "/comments");
        if (commented.statusCode() != 404 || !sameBut(commented.asString(), unknownComment.asString())) {
            failures.add("commenting on the draft answered " + commented.statusCode() + " " + commented.asString()
                    + ", on an unknown statement " + unknownComment.statusCode() + " " + unknownComment.asString());
        }
        asEditor().when().get("/api/statements/" + draft + "/comments").then().statusCode(200).body("total", equalTo(0));
    }

    /** Anyone reads the statement and everything of its own under it, and finds it by its words; the cache lets it through. */
    private void expectPublic(String status) {
        Product.eventually(() -> given().when().get("/api/statements/" + draft).then().statusCode(200)
                .body("status", equalTo(status)));
        for (Operation operation : api.operations()) {
            if (operation.method().equals("GET") && operation.service().equals("statements")
                    && operation.path().startsWith(STATEMENT_PATH) && ownedByTheDraft(operation)) {
                String path = path(operation, draft);
                Product.eventually(() -> given().when().get(path).then().statusCode(200));
            }
        }
        Product.eventually(() -> given().queryParam("q", word).when().get("/api/statements").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(Integer.parseInt(draft))));
    }

    /**
     * The operation's path with {@code statement} as its statement and, for a second parameter, what the draft has of
     * it (its first clause, version, member, read by an editor from the list above it), else a fixture's value.
     */
    private static String path(Operation operation, String statement) {
        String template = operation.path();
        Matcher parameters = PARAMETER.matcher(template);
        List<String> names = new ArrayList<>();
        while (parameters.find()) {
            names.add(parameters.group(1));
        }
        if (names.size() == 1) {
            return template.replace("{" + names.get(0) + "}", statement);
        }
        if (names.size() != 2) {
            throw new IllegalStateException(operation + ": a statement path with " + names.size() + " parameters; teach " + DraftVisibilityIT.class.getSimpleName());
        }
        String own = ownValue(template, names.get(1));
        String value = own != null ? own : fixtures.path(template).replaceAll(".*/", "");
        return template.replace("{" + names.get(0) + "}", statement).replace("{" + names.get(1) + "}", value);
    }

    private static boolean ownedByTheDraft(Operation operation) {
        Matcher parameters = PARAMETER.matcher(operation.path());
        int count = 0;
        String last = null;
        while (parameters.find()) {
            count++;
            last = parameters.group(1);
        }
        return count == 1 || ownValue(operation.path(), last) != null;
    }

    /** The draft's own value of the template's last parameter, from the list above it, or null when that list is empty. */
    private static String ownValue(String template, String parameter) {
        String parent = template.substring(0, template.lastIndexOf("/{")).replaceFirst("\\{[^}]+}", draft);
        Response list = asEditor().queryParam("size", 1).when().get(parent);
        if (list.statusCode() != 200 || list.jsonPath().getList("items") == null || list.jsonPath().getList("items").isEmpty()) {
            return null;
        }
        Map<String, Object> first = list.jsonPath().getMap("items[0]");
        // Clauses and versions are named by their number, members by their id.
        Object value = first.containsKey(parameter) ? first.get(parameter) : first.containsKey("number") ? first.get("number") : first.get("id");
        return value == null ? null : value.toString();
    }

    /** Whether two answers are the same but for the statement id they were asked about. */
    private static boolean sameBut(String forDraft, String forUnknown) {
        return forDraft.replaceAll("\\b" + draft + "\\b", UNKNOWN).equals(forUnknown);
    }

    private static void move(String status) {
        String location = "/api/statements/" + draft;
        String etag = asEditor().when().get(location).then().statusCode(200).extract().header("ETag");
        asEditor().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("status", status))
                .when().put(location + "/status").then().statusCode(200);
    }

    private static RequestSpecification asEditor() {
        return given().auth().oauth2(product.adminToken());
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
