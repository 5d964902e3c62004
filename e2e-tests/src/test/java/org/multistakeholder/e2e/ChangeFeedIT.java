package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multistakeholder.e2e.ApiDocuments.Operation;
import org.multistakeholder.platform.testing.PageWalk;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The three change feeds through the gateway: every write of the documents is announced by its event, anonymous
 * readers get only public events and no personal data, a refused write announces nothing, writes that commit out of
 * order both reach a reader polling between them, a comment period's closing is announced once by the clock, the
 * snapshot's cursor goes on exactly, and a replay from the first event rebuilds today's lists, demo data included.
 */
class ChangeFeedIT extends ThroughTheGateway {

    /** The event each write of the documents is announced by. A write missing here fails the walk. */
    private static final Map<String, String> ANNOUNCED = Map.ofEntries(
            entry("POST /api/statements", "statement.created"),
            entry("PUT /api/statements/{id}", "statement.updated"),
            entry("PUT /api/statements/{id}/status", "statement.status-changed"),
            entry("POST /api/statements/{statementId}/comments", "comment.posted"),
            entry("PUT /api/statements/{statementId}/comments/{commentId}/moderation", "comment.hidden"),
            entry("POST /api/statements/{statementId}/drafting-group", "drafting-group.member-added"),
            entry("PUT /api/statements/{statementId}/drafting-group/{memberId}", "drafting-group.member-updated"),
            entry("DELETE /api/statements/{statementId}/drafting-group/{memberId}", "drafting-group.member-removed"),
            entry("POST /api/correspondence", "letter.recorded"),
            entry("PUT /api/correspondence/{id}", "letter.updated"),
            entry("POST /api/registrations", "organization.registered"),
            entry("PUT /api/organizations/{id}", "organization.profile-changed"),
            entry("POST /api/organizations/{id}/status-history", "organization.verified"),
            entry("POST /api/organizations/{id}/api-key", "organization.api-key-rotated"),
            entry("POST /api/statements/{statementId}/signatories", "endorsement.added"),
            entry("DELETE /api/statements/{statementId}/signatories/{organizationId}", "endorsement.withdrawn"),
            entry("POST /api/reviews", "review.created"),
            entry("PUT /api/reviews/{code}", "review.updated"),
            entry("POST /api/reviews/{code}/recommendations", "recommendation.added"),
            entry("PUT /api/recommendations/{id}", "recommendation.updated"),
            entry("POST /api/recommendations/{id}/history", "status-change.recorded"),
            entry("DELETE /api/recommendations/{id}/history/{changeId}", "status-change.removed"),
            entry("POST /api/quarterly-reports", "quarterly-report.recorded"),
            entry("PUT /api/quarterly-reports/{id}", "quarterly-report.updated"));

    private static ApiDocuments api;

    @BeforeAll
    static void readDocuments() {
        api = ApiDocuments.read(product);
    }

    @Test
    void shouldAnnounceEveryWriteOfTheDocumentsWithItsEventAndShowAnonymousReadersOnlyPublicOnes() {
        Set<String> writes = api.operations().stream().filter(Operation::isWrite).map(Operation::toString).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(ANNOUNCED.keySet()), writes, "every write of the documents names the event that announces it");

        Map<String, String> cursors = new HashMap<>();
        Product.SERVICES.forEach(service -> cursors.put(service, latest(service)));
        Fixtures fixtures = Fixtures.create(product, api, true);

        // What the fixtures did not write is written here: updates first, then the creations left, then removals
        // (the endorsement's withdrawal before anything else could change its organization).
        List<Operation> rest = api.operations().stream().filter(Operation::isWrite).filter(op -> fixtures.creation(op) == null)
                .sorted(Comparator.comparingInt(op -> switch (op.method()) {
                    case "PUT" -> 0;
                    case "POST" -> 1;
                    default -> 2;
                })).toList();
        Map<String, String> expectedUrls = new LinkedHashMap<>();
        for (Operation operation : api.operations()) {
            if (!operation.isWrite()) {
                continue;
            }
            String path = fixtures.path(operation.path());
            Response creation = fixtures.creation(operation);
            expectedUrls.put(operation.toString(), creation != null && !operation.path().endsWith("/status-history")
                    ? creation.header("Location")
                    : product.gateway() + path.replaceFirst("/(status|status-history|api-key|moderation)$", ""));
        }
        for (Operation operation : rest) {
            String path = fixtures.path(operation.path());
            RequestSpecification request = given().auth().oauth2(product.adminToken());
            if (api.takesIfMatch(operation)) {
                request.header("If-Match", fixtures.entityTag(path));
            }
            // An update sends the resource as read where it can be read, as a client would (ConventionsIT does too).
            boolean readable = operation.method().equals("PUT")
                    && api.operations().stream().anyMatch(o -> o.method().equals("GET") && o.path().equals(operation.path()));
            String body = readable ? editor().get(product.gateway() + path).then().statusCode(200).extract().asString()
                    : fixtures.validBody(operation) == null ? null : fixtures.validBody(operation).toString();
            if (body != null) {
                request.contentType(ContentType.JSON).body(body);
            }
            Response answer = request.when().request(operation.method(), product.gateway() + path);
            assertTrue(answer.statusCode() / 100 == 2, operation + " answered " + answer.statusCode() + ": " + answer.asString());
        }

        Map<String, List<Map<String, Object>>> seen = new HashMap<>();
        Map<String, List<Map<String, Object>>> seenByAnyone = new HashMap<>();
        for (String service : Product.SERVICES) {
            seen.put(service, readAll(service, cursors.get(service), true));
            seenByAnyone.put(service, readAll(service, cursors.get(service), false));
        }
        List<String> missing = new ArrayList<>();
        for (Operation operation : api.operations()) {
            if (!operation.isWrite()) {
                continue;
            }
            String type = ANNOUNCED.get(operation.toString());
            String url = expectedUrls.get(operation.toString());
            if (seen.get(operation.service()).stream().noneMatch(e -> e.get("type").equals(type) && e.get("url").equals(url))) {
                missing.add(operation + ": no " + type + " at " + url);
            }
        }
        assertEquals(List.of(), missing, "events seen: " + seen);

        // A draft that never went public is the editors' (DraftVisibilityIT): so are its public events, until it does.
        Set<String> drafts = neverPublicStatements();
        for (String service : Product.SERVICES) {
            List<Object> shownToAnyone = seenByAnyone.get(service).stream().map(e -> e.get("id")).toList();
            List<Object> publicOnes = seen.get(service).stream().filter(e -> e.get("visibility").equals("PUBLIC"))
                    .filter(e -> !service.equals("statements") || !drafts.contains(String.valueOf(((Map<?, ?>) e.get("data")).get("statementId"))))
                    .map(e -> e.get("id")).toList();
            assertEquals(publicOnes, shownToAnyone, service + ": anyone sees exactly the public events, in the same order");
            String text = seenByAnyone.get(service).toString() + seen.get(service);
            assertFalse(text.contains("@"), service + ": no email in any event: " + text);
        }
        assertTrue(seenByAnyone.get("signatories").stream().noneMatch(e -> e.get("type").equals("organization.registered")),
                "a registration is for editors until the organization is verified");
    }

    private static Set<String> neverPublicStatements() {
        Set<String> ids = new HashSet<>();
        try (Connection connection = product.connect("statements");
                java.sql.ResultSet rows = connection.createStatement().executeQuery("select id from statement where not ever_public")) {
            while (rows.next()) {
                ids.add(Long.toString(rows.getLong(1)));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    @Test
    void shouldAnnounceNothingForARefusedWrite() {
        String cursor = latest("recommendations");
        String code = "FEED-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Map<String, Object> review = Map.of("code", code, "name", "Refusals");
        editor().contentType(ContentType.JSON).body(review).post("/api/reviews").then().statusCode(201);
        String tag = editor().get("/api/reviews/" + code).then().statusCode(200).extract().header("ETag");
        String afterCreation = readPage("recommendations", cursor, true).getString("next");

        editor().contentType(ContentType.JSON).body(review).post("/api/reviews").then().statusCode(409);
        editor().contentType(ContentType.JSON).body(Map.of("code", code)).post("/api/reviews").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("code", code + "X", "name", "Anonymous")).post("/api/reviews").then().statusCode(401);
        editor().contentType(ContentType.JSON).header("If-Match", "\"999999\"").body(Map.of("name", "Stale"))
                .put("/api/reviews/" + code).then().statusCode(412);
        editor().contentType(ContentType.JSON).header("If-Match", tag).body(Map.of("name", "Renamed"))
                .put("/api/reviews/" + code).then().statusCode(200);

        List<Map<String, Object>> events = readAll("recommendations", afterCreation, true);
        assertEquals(List.of("review.updated"), events.stream().map(e -> e.get("type")).toList(), "only the write that was made: " + events);
    }

    @Test
    void shouldGiveBothOfTwoWritesThatCommitOutOfOrderToAReaderPollingBetween() throws Exception {
        String cursor = latest("statements");
        try (Connection first = product.connect("statements")) {
            first.setAutoCommit(false);
            first.createStatement().execute("select pg_current_xact_id()");
            try (PreparedStatement insert = first.prepareStatement("insert into event (type, visibility, path, data, occurred_at) "
                    + "values ('statement.updated', 'PUBLIC', '/api/statements/first-of-two', '{}', now())")) {
                insert.executeUpdate();
            }
            String second = editor().contentType(ContentType.JSON).body(Map.of("kind", "SUMMIT", "title", "Second of two", "issuingBody", "Us"))
                    .post("/api/statements").then().statusCode(201).extract().header("Location");

            JsonPath between = readPage("statements", cursor, true);
            assertEquals(List.of(), between.getList("items"), "the second write waits until the first, which began before it, ends");
            first.commit();

            List<Object> urls = readAll("statements", between.getString("next"), true).stream().map(e -> e.get("url")).toList();
            assertEquals(List.of(product.gateway() + "/api/statements/first-of-two", second), urls);
        }
    }

    @Test
    void shouldAnnounceAClosedCommentPeriodOnceWhenTheClockPassesIt() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant closes = now.plusSeconds(2);
        long statement = editor().contentType(ContentType.JSON)
                .body(Map.of("kind", "DRAFT_FOR_COMMENT", "title", "Closing soon", "issuingBody", "Working group",
                        "commentPeriod", Map.of("opensAt", now.minusSeconds(3600).toString(), "closesAt", closes.toString())))
                .post("/api/statements").then().statusCode(201).extract().jsonPath().getLong("id");
        String tag = editor().get("/api/statements/" + statement).then().extract().header("ETag");
        editor().contentType(ContentType.JSON).header("If-Match", tag).body(Map.of("status", "OPEN_FOR_COMMENT"))
                .put("/api/statements/" + statement + "/status").then().statusCode(200);

        long deadline = System.nanoTime() + 30_000_000_000L;
        List<Object> types = List.of();
        while (System.nanoTime() < deadline && !types.contains("statement.comment-period-closed")) {
            Thread.sleep(500);
            types = eventsOf(statement);
        }
        // Another turn of the clock (every 5 s) announces nothing more.
        Thread.sleep(6000);
        assertEquals(List.of("statement.created", "statement.status-changed", "statement.comment-period-opened",
                "statement.comment-period-closed"), eventsOf(statement));
    }

    @Test
    void shouldRebuildTodaysListsFromAReplayOfTheFeedAndGoOnExactlyFromTheSnapshot() {
        // Statements and letters.
        Map<Long, String> statuses = new TreeMap<>();
        Set<Long> letters = new TreeSet<>();
        for (Map<String, Object> event : readAll("statements", null, false)) {
            Map<?, ?> data = (Map<?, ?>) event.get("data");
            switch ((String) event.get("type")) {
                case "statement.created", "statement.status-changed" -> statuses.put(number(data.get("statementId")), (String) data.get("status"));
                case "letter.recorded" -> letters.add(number(data.get("letterId")));
                default -> { }
            }
        }
        Map<Long, String> listed = new TreeMap<>();
        PageWalk.following(() -> given(), "/api/statements", 100, "id").forEach(s -> listed.put(number(s.get("id")), (String) s.get("status")));
        assertEquals(listed, statuses);
        assertTrue(statuses.keySet().containsAll(List.of(1L, 2L, 3L)), "the demo statements are in the feed from its start");
        Set<Long> listedLetters = new TreeSet<>();
        PageWalk.following(() -> given(), "/api/correspondence", 100, null).forEach(l -> listedLetters.add(number(l.get("id"))));
        assertEquals(listedLetters, letters);

        // Signatories: endorsements in force of organizations verified now.
        Map<Long, String> organizations = new HashMap<>();
        Map<Long, Set<Long>> endorsements = new TreeMap<>();
        for (Map<String, Object> event : readAll("signatories", null, false)) {
            Map<?, ?> data = (Map<?, ?>) event.get("data");
            String type = (String) event.get("type");
            if (type.startsWith("organization.") && data.get("status") != null) {
                organizations.put(number(data.get("organizationId")), (String) data.get("status"));
            } else if (type.equals("endorsement.added")) {
                endorsements.computeIfAbsent(number(data.get("statementId")), s -> new TreeSet<>()).add(number(data.get("organizationId")));
            } else if (type.equals("endorsement.withdrawn")) {
                endorsements.computeIfAbsent(number(data.get("statementId")), s -> new TreeSet<>()).remove(number(data.get("organizationId")));
            }
        }
        assertTrue(endorsements.get(2L).size() >= 16, "the demo's sixteen signatories are in the feed from its start");
        for (Map.Entry<Long, Set<Long>> statement : endorsements.entrySet()) {
            Set<Long> replayed = statement.getValue().stream().filter(o -> "VERIFIED".equals(organizations.get(o))).collect(Collectors.toCollection(TreeSet::new));
            JsonPath list = given().queryParam("size", 100).get("/api/statements/" + statement.getKey() + "/signatories").then().statusCode(200)
                    .extract().jsonPath();
            assertTrue(list.getInt("total") <= 100);
            assertEquals(new TreeSet<>(list.getList("items.organizationId", Long.class)), replayed, "signatories of statement " + statement.getKey());
        }

        // Recommendations of the demo review: the status of each is that of its latest change in force today.
        Map<Long, Map<String, Object>> latest = new HashMap<>();
        Map<Long, Map<Long, Map<?, ?>>> changes = new HashMap<>();
        for (Map<String, Object> event : readAll("recommendations", null, false, "review", "CCT")) {
            Map<?, ?> data = (Map<?, ?>) event.get("data");
            if (event.get("type").equals("status-change.recorded")) {
                changes.computeIfAbsent(number(data.get("recommendationId")), r -> new HashMap<>()).put(number(data.get("statusChangeId")), data);
            } else if (event.get("type").equals("status-change.removed")) {
                changes.computeIfAbsent(number(data.get("recommendationId")), r -> new HashMap<>()).remove(number(data.get("statusChangeId")));
            } else if (event.get("type").equals("recommendation.added")) {
                latest.put(number(data.get("recommendationId")), new HashMap<>());
            }
        }
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<Long, String> replayedStatuses = new TreeMap<>();
        latest.keySet().forEach(id -> replayedStatuses.put(id, changes.getOrDefault(id, Map.of()).entrySet().stream()
                .filter(c -> ((String) c.getValue().get("effectiveOn")).compareTo(today) <= 0)
                .max(Comparator.<Map.Entry<Long, Map<?, ?>>, String>comparing(c -> (String) c.getValue().get("effectiveOn"))
                        .thenComparing(Map.Entry::getKey))
                .map(c -> (String) c.getValue().get("status")).orElse("NOT_STARTED")));
        Map<Long, String> listedStatuses = new TreeMap<>();
        PageWalk.following(() -> given(), "/api/reviews/CCT/recommendations", 100, null)
                .forEach(r -> listedStatuses.put(number(r.get("id")), (String) r.get("status")));
        assertEquals(17, listedStatuses.size());
        assertEquals(listedStatuses, replayedStatuses);

        // The snapshot lists what the replay rebuilt, and its cursor goes on with exactly the changes after it.
        JsonPath snapshot = given().get("/api/feed/statements/snapshot").then().statusCode(200).extract().jsonPath();
        Map<Long, String> snapshotStatuses = new TreeMap<>();
        snapshot.getList("statements", Map.class).forEach(s -> snapshotStatuses.put(number(s.get("id")), (String) s.get("status")));
        assertEquals(listed, snapshotStatuses);
        String created = editor().contentType(ContentType.JSON).body(Map.of("kind", "SUMMIT", "title", "After the snapshot", "issuingBody", "Us"))
                .post("/api/statements").then().statusCode(201).extract().header("Location");
        List<Map<String, Object>> after = readAll("statements", snapshot.getString("cursor"), true);
        assertEquals(List.of(created), after.stream().map(e -> e.get("url")).toList(), "exactly the changes since the snapshot: " + after);
    }

    private static List<Object> eventsOf(long statement) {
        return readAll("statements", null, false, "statementId", Long.toString(statement)).stream().map(e -> e.get("type")).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static RequestSpecification editor() {
        return given().auth().oauth2(product.adminToken());
    }

    /** The cursor after every event the service's feed serves now. */
    private static String latest(String service) {
        String cursor = null;
        while (true) {
            JsonPath page = readPage(service, cursor, true, "limit", "500");
            cursor = page.getString("next");
            if (page.getList("items").isEmpty()) {
                return cursor;
            }
        }
    }

    private static List<Map<String, Object>> readAll(String service, String cursor, boolean editor, String... parameters) {
        List<Map<String, Object>> events = new ArrayList<>();
        Set<Object> ids = new HashSet<>();
        while (true) {
            String[] withLimit = java.util.Arrays.copyOf(parameters, parameters.length + 2);
            withLimit[parameters.length] = "limit";
            withLimit[parameters.length + 1] = "500";
            JsonPath page = readPage(service, cursor, editor, withLimit);
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                assertTrue(ids.add(item.get("id")), "an event is given once: " + item);
            }
            events.addAll(items);
            cursor = page.getString("next");
            if (items.isEmpty()) {
                return events;
            }
        }
    }

    private static JsonPath readPage(String service, String cursor, boolean editor, String... parameters) {
        RequestSpecification request = editor ? editor() : given();
        if (cursor != null) {
            request.queryParam("after", cursor);
        }
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get("/api/feed/" + service).then().statusCode(200).extract().jsonPath();
    }
}
