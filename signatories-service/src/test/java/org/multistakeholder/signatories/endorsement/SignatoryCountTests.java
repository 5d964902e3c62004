package org.multistakeholder.signatories.endorsement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;
import org.multistakeholder.signatories.Fixtures;
import org.multistakeholder.signatories.Fixtures.Registered;
import org.multistakeholder.signatories.statement.StatementsPeer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The signatory list's total on each day, which the database keeps as changes per day: it follows endorsements and
 * withdrawals, suspensions and reinstatements, through the API and through SQL written straight to the table.
 */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = StatementsPeer.class, restrictToAnnotatedClass = false)
class SignatoryCountTests {

    private static final String SIGNATORIES = "/api/statements/{id}/signatories";
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Inject
    DataSource dataSource;

    @Test
    void shouldTotalTheSignatoriesInForceOnEachDayAsEndorsementsComeGoAndAreSuspended() throws SQLException {
        long statement = StatementsPeer.openStatement("Coalition statement counted day by day");
        Registered early = endorsedOn(statement, "2024-01-10");
        Registered withdrawing = endorsedOn(statement, "2024-02-01");
        Registered suspended = endorsedOn(statement, "2024-02-01");
        // Written past the API, as a bulk load or another writer would: a withdrawal on a past day, and a period
        // that began and ended in January.
        Registered brief = Fixtures.registerVerified("Briefly Endorsing Registry");
        sql("update endorsement set withdrawn_on = date '2024-03-01' where statement_id = ? and organization_id = ?",
                statement, withdrawing.id());
        sql("insert into endorsement (statement_id, organization_id, endorsed_on, withdrawn_on)"
                + " values (?, ?, date '2024-01-20', date '2024-01-25')", statement, brief.id());

        Map<String, Integer> expected = totals("2024-01-09", 0, "2024-01-10", 1, "2024-01-20", 2, "2024-01-24", 2,
                "2024-01-25", 1, "2024-02-01", 3, "2024-02-29", 3, "2024-03-01", 2, TODAY, 2);
        assertTotals(statement, expected);

        Fixtures.changeStatus(suspended.id(), "SUSPENDED");
        assertTotals(statement, totals("2024-01-20", 2, "2024-02-01", 2, "2024-03-01", 1, TODAY, 1));
        Fixtures.changeStatus(suspended.id(), "VERIFIED");
        assertTotals(statement, expected);

        given().auth().oauth2(SignedTokens.admin()).when().delete(SIGNATORIES + "/{organizationId}", statement, early.id())
                .then().statusCode(200);
        assertTotals(statement, totals("2024-01-10", 1, "2024-03-01", 2, TODAY, 1));

        sql("delete from endorsement where statement_id = ? and organization_id = ?", statement, brief.id());
        assertTotals(statement, totals("2024-01-20", 1, "2024-01-24", 1, "2024-01-25", 1, "2024-02-01", 3, TODAY, 1));

        // A new period after a withdrawal counts from its own first day.
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"organizationId\": " + early.id() + "}").when().post(SIGNATORIES, statement).then().statusCode(201);
        assertTotals(statement, totals("2024-01-10", 1, "2024-03-01", 2, TODAY, 2));
    }

    @Test
    void shouldClearTheCountsWhenTheTablesAreTruncated() throws SQLException {
        long statement = StatementsPeer.openStatement("Coalition statement truncated away");
        endorsedOn(statement, "2024-01-10");
        // In a transaction rolled back at the end, so the other tests' rows stay.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var sql = connection.createStatement()) {
                assertEquals(1, single(sql, "select sum(change) from signatory_change where statement_id = " + statement));
                sql.execute("truncate endorsement");
                assertEquals(0, single(sql, "select count(*) from signatory_change"));
                sql.execute("truncate organization cascade");
                assertEquals(0, single(sql, "select count(*) from organization_count"));
            } finally {
                connection.rollback();
            }
        }
        assertTotals(statement, totals("2024-01-10", 1));
    }

    private static long single(java.sql.Statement sql, String query) throws SQLException {
        try (var result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private Registered endorsedOn(long statement, String day) {
        Registered organization = Fixtures.registerVerified("Counted Registry");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"organizationId\": " + organization.id() + ", \"endorsedOn\": \"" + day + "\"}")
                .when().post(SIGNATORIES, statement).then().statusCode(201);
        return organization;
    }

    private static Map<String, Integer> totals(Object... dayThenTotal) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (int i = 0; i < dayThenTotal.length; i += 2) {
            totals.put((String) dayThenTotal[i], (Integer) dayThenTotal[i + 1]);
        }
        return totals;
    }

    /** Each day's total is as expected, and is the number of signatories the list shows for that day. */
    private static void assertTotals(long statement, Map<String, Integer> expected) {
        expected.forEach((day, total) -> {
            var page = given().queryParam("asOf", day).queryParam("size", 100).when().get(SIGNATORIES, statement)
                    .then().statusCode(200).extract();
            assertEquals(total, page.<Integer>path("total"), "total at the end of " + day);
            assertEquals(total, page.<List<?>>path("items").size(), "signatories listed at the end of " + day);
        });
    }

    private void sql(String sql, long statement, long organization) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, statement);
            update.setLong(2, organization);
            assertEquals(1, update.executeUpdate(), sql);
        }
    }
}
