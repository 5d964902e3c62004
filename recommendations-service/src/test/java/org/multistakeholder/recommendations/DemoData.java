package org.multistakeholder.recommendations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads deploy/demo/recommendations.sql into the test database when the application under test starts (after
 * Flyway has cleaned and migrated it), before any test class creates data of its own: the demo file uses fixed
 * ids, and the tests check the seed's progress table against it.
 */
@ApplicationScoped
public class DemoData {

    public static final Path FILE = Path.of("..", "deploy", "demo", "recommendations.sql");

    private final DataSource dataSource;

    DemoData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent started) {
        load();
    }

    /** Runs the demo file in one transaction, as deploy/local/up does with psql -1. */
    public void load() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            statement.execute(Files.readString(FILE));
            connection.commit();
            connection.setAutoCommit(autoCommit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The demo data does not load", e);
        }
    }
}
