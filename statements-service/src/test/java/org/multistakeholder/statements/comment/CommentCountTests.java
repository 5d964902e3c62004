package org.multistakeholder.statements.comment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The totals of comment lists come from counts the database keeps. The service is not the only writer of comments:
 * the demo data and the benchmark's bulk loads write them in SQL, many rows per command, and delete them with their
 * statement. Whatever writes them, the totals must stay what counting the comments gives.
 */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class CommentCountTests {

    @Inject
    DataSource dataSource;

    @Test
    void shouldTotalRightWhateverWritesTheCommentsInSql() throws SQLException {
        long statement = draft();
        // 300 comments in one command: every third on the whole text, every tenth hidden.
        execute("""
                insert into comment (statement_id, version_number, clause_number, author_name, text, posted_at, hidden)
                select ?, 1, nullif(n % 3, 0), 'Commenter ' || n, 'Comment ' || n, now(), n % 10 = 0
                from generate_series(1, 300) as n""", statement);
        assertTotalsAsCounted(statement);

        execute("update comment set clause_number = 2 where statement_id = ? and clause_number = 1 and id % 2 = 0", statement);
        execute("update comment set hidden = not hidden where statement_id = ? and clause_number is null", statement);
        execute("update comment set clause_number = null, hidden = true where statement_id = ? and id % 7 = 0", statement);
        execute("update comment set text = 'Reworded' where statement_id = ? and clause_number = 2", statement);
        assertTotalsAsCounted(statement);

        execute("delete from comment where statement_id = ? and id % 5 = 0", statement);
        assertTotalsAsCounted(statement);

        execute("delete from statement where id = ?", statement);
        assertEquals(0, count("select count(*) from comment_count where statement_id = ?", statement));
    }

    /** A filter of the comment list and the same condition in SQL. */
    private record Filter(Map<String, Object> query, String sql) {
    }

    private static final List<Filter> FILTERS = List.of(new Filter(Map.of(), ""),
            new Filter(Map.of("clause", 1), " and clause_number = 1"),
            new Filter(Map.of("clause", 2), " and clause_number = 2"),
            new Filter(Map.of("version", 1), " and version_number = 1"),
            new Filter(Map.of("clause", 2, "version", 1), " and clause_number = 2 and version_number = 1"));

    /** What the list totals, anonymous and to an editor with hidden comments, is what counting the comments gives. */
    private void assertTotalsAsCounted(long statement) throws SQLException {
        String comments = "/api/statements/" + statement + "/comments";
        for (Filter filter : FILTERS) {
            given().queryParams(filter.query()).when().get(comments).then().statusCode(200)
                    .body("total", equalTo(count("select count(*) from comment where statement_id = ? and not hidden" + filter.sql(), statement)));
            given().auth().oauth2(SignedTokens.admin()).queryParam("includeHidden", true).queryParams(filter.query())
                    .when().get(comments).then().statusCode(200)
                    .body("total", equalTo(count("select count(*) from comment where statement_id = ?" + filter.sql(), statement)));
        }
        // Comments on the whole text (no clause) have no filter of their own: their counts are checked here.
        assertEquals(count("select count(*) from comment where statement_id = ? and clause_number is null", statement),
                count("select coalesce(sum(n), 0) from comment_count where statement_id = ? and clause_number is null", statement));
    }

    /** A draft out for comment: anyone reads its comments and their total. */
    private static long draft() {
        String location = given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "DRAFT_FOR_COMMENT", "title", "Draft " + UUID.randomUUID(), "issuingBody", "Working Group",
                        "commentPeriod", Map.of("opensAt", "2020-01-01T00:00:00Z", "closesAt", "2100-01-01T00:00:00Z"),
                        "clauses", List.of(Map.of("number", 1, "text", "First"), Map.of("number", 2, "text", "Second"))))
                .when().post("/api/statements").then().statusCode(201).extract().header("Location");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "OPEN_FOR_COMMENT")).when().put(location + "/status").then().statusCode(200);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void execute(String sql, long statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement command = connection.prepareStatement(sql)) {
            command.setLong(1, statement);
            command.executeUpdate();
        }
    }

    private int count(String sql, long statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, statement);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
