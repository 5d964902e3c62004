package org.multistakeholder.signatories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SeedSignatories;

/**
 * deploy/demo/signatories.sql against this service's migrations, in a database of its own: it loads twice in a
 * row, and the list as of 11 June 2024 is seed 002's, in the seed's order.
 */
class DemoDataTests {

    private static final String DATABASE = "signatories_demo_test";
    private static final String HOST = env("DB_HOST", "127.0.0.1");
    private static final String PORT = env("DB_PORT", "5432");
    private static final String USER = env("DB_USER", "postgres");
    private static final String PASSWORD = env("DB_PASSWORD", "");

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        }
        Flyway.configure().dataSource(url(DATABASE), USER, PASSWORD).locations("filesystem:src/main/resources/db/migration")
                .load().migrate();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    @Test
    void shouldLoadTwiceAndListTheSeedsSignatoriesInTheSeedsOrder() throws Exception {
        String demo = Files.readString(Path.of("../deploy/demo/signatories.sql"));
        try (Connection connection = connect(DATABASE)) {
            for (int run = 0; run < 2; run++) {
                connection.setAutoCommit(false);
                try (Statement sql = connection.createStatement()) {
                    sql.execute(demo);
                }
                connection.commit();
            }
            connection.setAutoCommit(true);
            List<String> names = new ArrayList<>();
            try (Statement sql = connection.createStatement();
                    ResultSet rows = sql.executeQuery("select o.name, e.endorsed_on from endorsement e join organization o on o.id = e.organization_id"
                            + " where e.statement_id = 2 and o.status = 'VERIFIED' and e.endorsed_on <= date '2024-06-11'"
                            + " and (e.withdrawn_on is null or e.withdrawn_on > date '2024-06-11') order by o.normalized_name, o.id")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    assertEquals("2024-06-11", rows.getString(2));
                }
            }
            assertEquals(SeedSignatories.NAMES, names);
            try (Statement sql = connection.createStatement();
                    ResultSet next = sql.executeQuery("select nextval(pg_get_serial_sequence('organization', 'id'))")) {
                next.next();
                assertEquals(17, next.getLong(1), "a registration after the demo data must not collide with its fixed ids");
            }
            try (Statement sql = connection.createStatement();
                    ResultSet keys = sql.executeQuery("select count(*) from api_key union all select count(*) from organization where contact_email is not null")) {
                while (keys.next()) {
                    assertEquals(0, keys.getLong(1), "no API keys and no contacts are invented for demo organizations");
                }
            }
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
