package org.multistakeholder.statements.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.multistakeholder.platform.feed.FeedRetention;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.statements.web.CurrentTime;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The feed's guarantees, against the real PostgreSQL: commit order without loss, one period-closed event whoever
 * notices, and the 410 behind the purge with a snapshot that goes on exactly. The purge runs last: it empties the feed.
 */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangeFeedTests {

    private static final String FEED = "/api/feed/statements";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    CommentPeriodClock periods;
    @Inject
    FeedRetention retention;

    private final List<Connection> held = new ArrayList<>();

    @AfterEach
    void releaseConnections() throws Exception {
        for (Connection connection : held) {
            connection.rollback();
            connection.close();
        }
        held.clear();
    }

    @Test
    @Order(1)
    void shouldGiveBothOfTwoWritesThatCommitOutOfOrderToAReaderPollingBetween() throws Exception {
        String cursor = latest();
        // The first transaction writes its event first (the lower id) and commits last.
        Connection first = openTransaction();
        long firstId = insertEvent(first, "/api/statements/first-of-two");
        long second = createStatement("Second of two");

        JsonPath between = read(cursor, true);
        assertEquals(List.of(), between.getList("items.url"),
                "Nothing after a transaction in progress is served while it runs: the second write waits for the first");
        first.commit();

        JsonPath after = read(between.getString("next"), true);
        List<String> urls = after.getList("items.url");
        assertEquals(List.of("http://localhost:8080/api/statements/first-of-two", "http://localhost:8080/api/statements/" + second), urls,
                "Both writes reach the reader, in commit order, from the cursor it was given while the first was in progress");
        assertEquals("statements-" + firstId, after.getString("items[0].id"));
    }

    @Test
    @Order(2)
    void shouldLeaveNoEventForARefusedOrRolledBackWrite() throws Exception {
        String cursor = latest();
        long statement = createStatement("Refused writes");
        String mine = read(cursor, true).getString("next");
        // 409: PUBLISHED -> DRAFT is not a move the lifecycle allows, after a move that is.
        String stale = entityTag(statement);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", stale)
                .body(Map.of("status", "PUBLISHED")).put("/api/statements/" + statement + "/status").then().statusCode(200);
        String afterPublished = read(mine, true).getString("next");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", entityTag(statement))
                .body(Map.of("status", "DRAFT")).put("/api/statements/" + statement + "/status").then().statusCode(409);
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", stale)
                .body(Map.of("status", "WITHDRAWN")).put("/api/statements/" + statement + "/status").then().statusCode(412);
        Connection rolledBack = openTransaction();
        insertEvent(rolledBack, "/api/statements/rolled-back");
        rolledBack.rollback();
        long marker = createStatement("After the refusals");
        assertEquals(List.of("http://localhost:8080/api/statements/" + marker), read(afterPublished, true).getList("items.url"));
    }

    @Test
    @Order(3)
    void shouldAnnounceAClosedPeriodOnceWhicheverReplicaNotices() throws Exception {
        Instant opens = Instant.parse("2031-01-01T00:00:00Z");
        Instant closes = Instant.parse("2031-02-01T00:00:00Z");
        Clock clock = new Clock(opens.plusSeconds(60));
        QuarkusMock.installMockForType(clock, CurrentTime.class);
        String cursor = latest();
        long statement = given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "DRAFT_FOR_COMMENT", "title", "Closing once", "issuingBody", "Working group",
                        "commentPeriod", Map.of("opensAt", opens.toString(), "closesAt", closes.toString())))
                .post("/api/statements").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", entityTag(statement))
                .body(Map.of("status", "OPEN_FOR_COMMENT")).put("/api/statements/" + statement + "/status").then().statusCode(200);

        clock.instant = closes;
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> ticks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ticks.add(() -> {
                    periods.announceDue(null);
                    return null;
                });
            }
            for (Future<Void> tick : replicas.invokeAll(ticks)) {
                tick.get();
            }
        } finally {
            replicas.shutdown();
        }
        JsonPath events = read(cursor, true, "statementId", Long.toString(statement));
        assertEquals(List.of("statement.created", "statement.status-changed", "statement.comment-period-opened",
                "statement.comment-period-closed"), events.getList("items.type"));
        assertEquals(closes.toString(), events.getString("items[3].occurredAt"));
        assertEquals(closes.toString(), events.getString("items[3].data.closesAt"));
    }

    @Test
    @Order(4)
    void shouldAnswerGoneBehindThePurgeAndGoOnExactlyFromTheSnapshot() throws Exception {
        String old = latest();
        createStatement("Purged");
        assertTrue(retention.purgeRecordedBefore(Instant.now().plus(Duration.ofMinutes(1))) > 0);
        for (String cursor : new String[] {old, null}) {
            var request = given();
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            request.get(FEED).then().statusCode(410)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://platform.local/problems/gone"))
                    .body("snapshot", equalTo("http://localhost:8080" + FEED + "/snapshot"));
        }

        long before = createStatement("Seen by the snapshot");
        Connection late = openTransaction();
        insertEvent(late, "/api/statements/committed-after-the-snapshot");
        JsonPath snapshot = given().auth().oauth2(SignedTokens.admin()).get(FEED + "/snapshot").then().statusCode(200).extract().jsonPath();
        assertTrue(snapshot.getList("statements.id", Long.class).contains(before));
        late.commit();
        long after = createStatement("After the snapshot");

        // What the snapshot saw is not given again; what it did not see is, the write in progress while it was taken
        // included.
        JsonPath continued = read(snapshot.getString("cursor"), true);
        assertEquals(List.of("http://localhost:8080/api/statements/committed-after-the-snapshot",
                "http://localhost:8080/api/statements/" + after), continued.getList("items.url"));
        assertEquals(List.of(), read(continued.getString("next"), true).getList("items"));
    }

    @Test
    @Order(5)
    void shouldRefuseACursorItDidNotHandOutAndAnUnknownType() {
        for (String bad : List.of("not a cursor", "MTIz", "LTEuMg", "MS4yLnNuYXBzaG90")) {
            given().queryParam("after", bad).get(FEED).then().statusCode(400).body("violations[0].field", equalTo("after"));
        }
        given().queryParam("type", "statement.created,statement.eaten").get(FEED).then().statusCode(400)
                .body("violations[0].field", equalTo("type"));
        given().queryParam("limit", "501").get(FEED).then().statusCode(400).body("violations[0].field", equalTo("limit"));
        given().queryParam("statementId", "x").get(FEED).then().statusCode(400).body("violations[0].field", equalTo("statementId"));
    }

    static class Clock extends CurrentTime {
        volatile Instant instant;

        Clock(Instant instant) {
            this.instant = instant;
        }

        @Override
        public Instant now() {
            return instant;
        }
    }

    /** The cursor after every event served now. */
    private static String latest() {
        String cursor = null;
        while (true) {
            JsonPath page = read(cursor, true, "limit", "500");
            cursor = page.getString("next");
            if (page.getList("items").isEmpty()) {
                return cursor;
            }
        }
    }

    private static JsonPath read(String cursor, boolean editor, String... parameters) {
        var request = given();
        if (editor) {
            request.auth().oauth2(SignedTokens.admin());
        }
        if (cursor != null) {
            request.queryParam("after", cursor);
        }
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get(FEED).then().statusCode(200).extract().jsonPath();
    }

    private static long createStatement(String title) {
        return given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "SUMMIT", "title", title, "issuingBody", "Test body"))
                .post("/api/statements").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String entityTag(long statement) {
        // As an editor: a new statement is a draft, the editors' until it first goes public.
        return given().auth().oauth2(SignedTokens.admin()).get("/api/statements/" + statement).then().statusCode(200).extract().header("ETag");
    }

    private Connection openTransaction() throws Exception {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        held.add(connection);
        // Takes the transaction's id now, before the other write starts.
        connection.createStatement().execute("select pg_current_xact_id()");
        return connection;
    }

    private static long insertEvent(Connection connection, String path) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("insert into event (type, visibility, path, data, occurred_at) "
                + "values ('statement.updated', 'PUBLIC', ?, '{}', now()) returning id")) {
            insert.setString(1, path);
            var result = insert.executeQuery();
            result.next();
            return result.getLong(1);
        }
    }
}
