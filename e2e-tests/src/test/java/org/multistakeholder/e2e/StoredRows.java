package org.multistakeholder.e2e;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What the three services have stored, table by table, read straight from their databases: enough to tell
 * whether a request wrote anything at all. A table is summed up by its row count and the newest transaction
 * that wrote one of its rows ({@code xmin}): an insert or an update leaves a row stamped with a newer
 * transaction, and a delete lowers the count, so any change of any row shows, even one that rewrites a row
 * with the values it had.
 */
final class StoredRows implements AutoCloseable {

    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final Map<String, String> queries = new LinkedHashMap<>();
    private final ExecutorService readers = Executors.newFixedThreadPool(Product.SERVICES.size(), task -> {
        Thread thread = new Thread(task, "stored-rows");
        thread.setDaemon(true);
        return thread;
    });

    private StoredRows() {
    }

    static StoredRows of(Product product) {
        StoredRows rows = new StoredRows();
        try {
            for (String service : Product.SERVICES) {
                Connection connection = product.connect(service);
                connection.setAutoCommit(true);
                rows.connections.put(service, connection);
                List<String> parts = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                        ResultSet tables = statement.executeQuery("select table_name from information_schema.tables"
                                + " where table_schema = current_schema() and table_type = 'BASE TABLE'"
                                + " and table_name <> 'flyway_schema_history' order by table_name")) {
                    while (tables.next()) {
                        String table = tables.getString(1);
                        parts.add("select '" + table + "', count(*), coalesce(max(xmin::text::bigint), 0) from \"" + table + "\"");
                    }
                }
                if (parts.isEmpty()) {
                    throw new IllegalStateException(product.database(service) + " has no tables");
                }
                rows.queries.put(service, String.join(" union all ", parts));
            }
        } catch (SQLException e) {
            rows.close();
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** "database.table" to "rows/newest writer" of every table of the three databases, read at once. */
    Map<String, String> snapshot() {
        List<CompletableFuture<Map<String, String>>> databases = new ArrayList<>();
        for (String service : connections.keySet()) {
            databases.add(CompletableFuture.supplyAsync(() -> snapshot(service), readers));
        }
        Map<String, String> snapshot = new TreeMap<>();
        databases.forEach(database -> snapshot.putAll(database.join()));
        return snapshot;
    }

    private Map<String, String> snapshot(String service) {
        Map<String, String> snapshot = new TreeMap<>();
        try (Statement statement = connections.get(service).createStatement();
                ResultSet tables = statement.executeQuery(queries.get(service))) {
            while (tables.next()) {
                snapshot.put(service + "." + tables.getString(1), tables.getLong(2) + "/" + tables.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return snapshot;
    }

    /** The tables whose rows differ between two snapshots, with their counts before and after. */
    static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> changes = new ArrayList<>();
        after.forEach((table, summary) -> {
            if (!summary.equals(before.get(table))) {
                changes.add(table + " (rows/newest writer " + before.get(table) + " -> " + summary + ")");
            }
        });
        return changes;
    }

    @Override
    public void close() {
        readers.shutdownNow();
        for (Connection connection : connections.values()) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Closing at the end of a test: nothing left to protect.
            }
        }
    }
}
