package org.multistakeholder.statements.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Migration V5 on a database that already holds statements: which of them were public is read from their status and,
 * for a DRAFT, from its comments. Run in a schema of its own, migrated to V4 first, so other tests' data is untouched.
 */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class EverPublicMigrationTests {

    private static final String SCHEMA = "ever_public_check";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void shouldMarkPublicTheStatementsPastDraftAndTheDraftsThatTookComments() throws SQLException {
        migrate("4");
        try (Connection connection = connect(); java.sql.Statement sql = connection.createStatement()) {
            sql.execute("set search_path to " + SCHEMA);
            sql.execute("""
                    insert into statement (id, kind, status, title, issuing_body) values
                        (1, 'DRAFT_FOR_COMMENT', 'DRAFT', 'Never out', 'b'),
                        (2, 'DRAFT_FOR_COMMENT', 'DRAFT', 'Back from comment', 'b'),
                        (3, 'DRAFT_FOR_COMMENT', 'OPEN_FOR_COMMENT', 'Out for comment', 'b'),
                        (4, 'COALITION', 'OPEN_FOR_SIGNATURE', 'Open for signature', 'b'),
                        (5, 'SUMMIT', 'PUBLISHED', 'Published', 'b'),
                        (6, 'SUMMIT', 'WITHDRAWN', 'Withdrawn', 'b');
                    insert into statement_version (statement_id, number) select id, 1 from statement;
                    insert into comment (statement_id, version_number, author_name, text, posted_at)
                        values (2, 1, 'Commenter', 'Taken while it was out', now());
                    """);
        }
        migrate(null);
        try (Connection connection = connect(); java.sql.Statement sql = connection.createStatement()) {
            sql.execute("set search_path to " + SCHEMA);
            assertEquals(List.of("1 false", "2 true", "3 true", "4 true", "5 true", "6 true"),
                    rows(sql, "select id, ever_public::text from statement order by id"));
            // A writer that moves a statement past DRAFT without saying it went public is refused.
            assertThrows(SQLException.class, () -> sql.execute("update statement set status = 'PUBLISHED' where id = 1"));
        }
    }

    private void migrate(String target) {
        var configuration = Flyway.configure().dataSource(url, user, password.orElse("")).schemas(SCHEMA).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(MigrationVersion.fromVersion(target));
        }
        configuration.load().migrate();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password.orElse(""));
    }

    private static List<String> rows(java.sql.Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2));
            }
        }
        return rows;
    }
}
