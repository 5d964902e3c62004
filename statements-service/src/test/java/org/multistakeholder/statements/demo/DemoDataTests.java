package org.multistakeholder.statements.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import java.sql.DriverManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo file is loaded by deploy/local/up into a database the service has migrated. Here it is loaded, twice,
 * into a schema of its own migrated by the same migrations, so it cannot disturb the data of other tests.
 */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class DemoDataTests {

    private static final String SCHEMA = "demo_data_check";
    private static final Path DEMO = Path.of("..", "deploy", "demo", "statements.sql");

    // A connection of its own rather than one of the service's pool, whose search_path must stay untouched.
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password.orElse(""));
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void shouldLoadTwiceIntoTheMigratedSchemaWithTheSeedsFigures() throws Exception {
        Flyway.configure().dataSource(url, user, password.orElse("")).schemas(SCHEMA).locations("classpath:db/migration").load().migrate();
        String demo = Files.readString(DEMO);
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("set search_path to " + SCHEMA);
            for (int load = 0; load < 2; load++) {
                connection.setAutoCommit(false);
                sql.execute(demo);
                connection.commit();
                connection.setAutoCommit(true);
            }

            // All three are public: the seed's draft went out for comment, its period closed at the Mar del Plata meeting.
            assertEquals(List.of("1 SUMMIT PUBLISHED true 2024-05-09 Paris 2024-05-07 2024-05-09 28 400 OVER",
                    "2 COALITION OPEN_FOR_SIGNATURE true null null null null null null null",
                    "3 DRAFT_FOR_COMMENT OPEN_FOR_COMMENT true null null null null null null null"),
                    rows(sql, "select id, kind, status, ever_public::text, issued_on, event_place, event_starts_on, event_ends_on, event_session_count,"
                            + " event_participant_count, event_participant_qualifier from statement order by id"));
            assertEquals(List.of("2004-12-05T22:00:00Z 2005-04-05T03:00:00Z"), rows(sql,
                    "select to_char(comment_opens_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
                            + " to_char(comment_closes_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from statement where id = 3"));
            assertEquals(List.of("1 1 5", "2 1 3", "3 1 15"), rows(sql,
                    "select v.statement_id, v.number, count(c.id) from statement_version v left join clause c on c.statement_version_id = v.id"
                            + " group by v.statement_id, v.number order by 1"));
            assertEquals(List.of("13 3"), rows(sql, "select count(*), count(*) filter (where role = 'CHAIR') from drafting_group_member"
                    + " where statement_id = 3 and email is not null"));
            assertEquals(List.of("1 2024-07-15 null null", "2 2024-07-25 1 Dear Alejandra,"),
                    rows(sql, "select id, sent_on, in_reply_to_id, salutation from letter order by id"));
            assertEquals(List.of("true"), rows(sql, "select (body is null)::text from letter where id = 1"));
            assertEquals(List.of("1 Improving Coordination false 2", "2 Proactively Providing WSIS+20 Analysis false 2",
                    "3 Providing Core Messaging false 1", "4 Messaging for Media Engagement true 2"),
                    rows(sql, "select g.position, g.heading, (g.intro_text is not null)::text, count(i.id) from action_item_group g"
                            + " join action_item i on i.group_id = g.id where g.letter_id = 2 group by g.id order by g.position"));
            // New rows continue after the fixed ids.
            sql.execute("insert into statement (kind, status, title, issuing_body) values ('SUMMIT', 'DRAFT', 't', 'b')");
            assertEquals(List.of("4"), rows(sql, "select max(id) from statement"));
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " ").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
