package org.multistakeholder.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The table {@code idempotent_request} every service keeps in its own database (its Flyway migration of that name):
 * one row per caller and key, written before the operation runs (in flight) and completed with its answer. Each
 * statement commits on its own, outside the operation's transaction: the row of a request in flight must be seen by
 * its duplicate at once, and the first writer wins the primary key. The key itself is not stored, only a hash of the
 * caller and the key; the answer is stored encrypted under the key ({@link StoredAnswer}), so the table gives away
 * neither (a registration's answer carries an API key, which the service otherwise keeps only as a hash).
 */
@ApplicationScoped
public class IdempotentRequests {

    /** How long a key is kept: a retry after that is a new request. */
    public static final Duration LIFETIME = Duration.ofHours(24);
    private static final String EXPIRED = "created_at < now() - make_interval(secs => " + LIFETIME.toSeconds() + ")";
    /** Expired keys are swept now and then by a writer passing by, so no scheduler is needed. */
    private static final long SWEEP_EVERY_NANOS = Duration.ofMinutes(10).toNanos();

    /** What the table says of a key when a request arrives with it. */
    sealed interface Start permits Started, InFlight, Reused, Replay {
    }

    /** The key is new (or expired): the request is the first, and runs. */
    record Started() implements Start {
    }

    /** The first request with the key has not answered yet. */
    record InFlight() implements Start {
    }

    /** The key was used for another request (another body or operation). */
    record Reused() implements Start {
    }

    /** The first request answered this; it is answered again. */
    record Replay(int status, String contentType, String location, String entityTag, byte[] sealedBody) implements Start {
    }

    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime() - SWEEP_EVERY_NANOS);

    @Inject
    DataSource database;

    Start start(byte[] keyHash, byte[] fingerprint) {
        sweepNowAndThen();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(true);
            for (int attempt = 0; attempt < 2; attempt++) {
                update(connection, "delete from idempotent_request where key_hash = ? and " + EXPIRED, keyHash);
                if (update(connection, "insert into idempotent_request (key_hash, fingerprint, created_at) values (?, ?, now())"
                        + " on conflict (key_hash) do nothing", keyHash, fingerprint) == 1) {
                    return new Started();
                }
                try (PreparedStatement select = connection.prepareStatement("select fingerprint, status, content_type, location,"
                        + " entity_tag, body from idempotent_request where key_hash = ?")) {
                    select.setBytes(1, keyHash);
                    try (ResultSet row = select.executeQuery()) {
                        if (!row.next()) {
                            // Released (the first request failed) or expired between the insert and this read.
                            continue;
                        }
                        if (!Arrays.equals(row.getBytes("fingerprint"), fingerprint)) {
                            return new Reused();
                        }
                        int status = row.getInt("status");
                        if (row.wasNull()) {
                            return new InFlight();
                        }
                        return new Replay(status, row.getString("content_type"), row.getString("location"),
                                row.getString("entity_tag"), row.getBytes("body"));
                    }
                }
            }
            return new InFlight();
        } catch (SQLException e) {
            throw new IllegalStateException("The idempotency keys could not be read", e);
        }
    }

    /** The first request answered: its answer is kept for the key's lifetime. */
    void complete(byte[] keyHash, int status, String contentType, String location, String entityTag, byte[] sealedBody) {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement("update idempotent_request set status = ?, content_type = ?,"
                        + " location = ?, entity_tag = ?, body = ? where key_hash = ? and status is null")) {
            connection.setAutoCommit(true);
            update.setInt(1, status);
            update.setString(2, contentType);
            update.setString(3, location);
            update.setString(4, entityTag);
            update.setBytes(5, sealedBody);
            update.setBytes(6, keyHash);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The answer to an idempotent request could not be kept", e);
        }
    }

    /** The first request failed: the key is free again, so the client may retry it (corrected) with the same key. */
    void release(byte[] keyHash) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(true);
            update(connection, "delete from idempotent_request where key_hash = ? and status is null", keyHash);
        } catch (SQLException e) {
            throw new IllegalStateException("An idempotency key could not be released", e);
        }
    }

    private void sweepNowAndThen() {
        long last = lastSweep.get();
        long now = System.nanoTime();
        if (now - last < SWEEP_EVERY_NANOS || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(true);
            update(connection, "delete from idempotent_request where " + EXPIRED);
        } catch (SQLException e) {
            throw new IllegalStateException("Expired idempotency keys could not be removed", e);
        }
    }

    private static int update(Connection connection, String sql, byte[]... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setBytes(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }
}
