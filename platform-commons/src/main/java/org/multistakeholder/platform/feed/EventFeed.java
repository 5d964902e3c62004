package org.multistakeholder.platform.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.core.Response.Status;

import org.multistakeholder.platform.problems.ProblemType;
import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.platform.time.Timestamps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the outbox in commit order. An event is served only once its transaction id is below the xmin of the reading
 * statement's snapshot ({@code pg_snapshot_xmin(pg_current_snapshot())}): every transaction older than that has
 * committed or rolled back, so no event can appear later behind a cursor handed out. A write in progress holds back
 * the events after it until it ends; none is skipped.
 */
@ApplicationScoped
public class EventFeed {

    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final FeedSettings settings;

    EventFeed(EntityManager entityManager, ObjectMapper json, FeedSettings settings) {
        this.entityManager = entityManager;
        this.json = json;
        this.settings = settings;
    }

    /**
     * The events after the query's cursor; a 410 problem pointing to {@code snapshotPath} when events the cursor
     * has not read were purged.
     */
    public FeedPage read(FeedQuery query, String snapshotPath) {
        return read(query, snapshotPath, null);
    }

    /**
     * As {@link #read(FeedQuery, String)}, where a public event is shown to a caller who is not an editor only if its
     * subject is null or one of those {@code publicSubjects} selects (an SQL query of one text column): a subject
     * that is not public yet keeps its events to the editors, and once it is, its whole history shows.
     */
    public FeedPage read(FeedQuery query, String snapshotPath, String publicSubjects) {
        FeedCursor after = query.after();
        StringBuilder sql = new StringBuilder("with horizon as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin) "
                + "select cast(h.xmin as text), e.id, cast(e.txid as text), e.type, e.visibility, e.path, cast(e.data as text), e.occurred_at "
                + "from horizon h left join lateral (select * from event e where (e.txid, e.id) > (cast(:txid as xid8), :id) "
                + "and e.txid < h.xmin");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("txid", Long.toString(after.txid()));
        parameters.put("id", after.id());
        if (after.snapshot() != null) {
            sql.append(" and not pg_visible_in_snapshot(e.txid, cast(:snapshot as pg_snapshot))");
            parameters.put("snapshot", after.snapshot());
        }
        if (!query.editor()) {
            sql.append(" and e.visibility = 'PUBLIC'");
            if (publicSubjects != null) {
                sql.append(" and (e.subject is null or e.subject in (").append(publicSubjects).append("))");
            }
        }
        if (!query.types().isEmpty()) {
            sql.append(" and e.type in (:types)");
            parameters.put("types", query.types());
        }
        if (query.subject() != null) {
            sql.append(" and e.subject = :subject");
            parameters.put("subject", query.subject());
        }
        sql.append(" order by e.txid, e.id limit :limit) e on true order by e.txid, e.id");
        parameters.put("limit", query.limit());
        Query read = entityManager.createNativeQuery(sql.toString());
        parameters.forEach(read::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = read.getResultList();
        List<Event> events = new ArrayList<>();
        long xmin = Long.parseLong((String) rows.get(0)[0]);
        long lastTxid = after.txid();
        long lastId = after.id();
        for (Object[] row : rows) {
            if (row[1] == null) {
                continue;
            }
            lastId = ((Number) row[1]).longValue();
            lastTxid = Long.parseLong((String) row[2]);
            events.add(new Event(settings.source() + "-" + lastId, (String) row[3], Timestamps.of(row[7]),
                    Visibility.valueOf((String) row[4]), settings.publicBaseUrl() + row[5], data((String) row[6])));
        }
        // Checked after the read: a purge that committed before it has moved the horizon this sees.
        requireRetained(after, snapshotPath);
        FeedCursor next;
        if (events.size() == query.limit()) {
            next = new FeedCursor(lastTxid, lastId, after.snapshot());
        } else {
            // Every event of a transaction below xmin has been looked at, whatever the filters kept: the next read
            // starts at xmin, so a narrow filter does not scan the same events again at every poll.
            next = after.isBefore(xmin, 0) ? new FeedCursor(xmin, 0, after.snapshot()) : after;
        }
        return new FeedPage(events, withoutPassedSnapshot(next).encode());
    }

    /** The snapshot's xmax is above every transaction it saw: past it, the snapshot filters nothing. */
    private static FeedCursor withoutPassedSnapshot(FeedCursor cursor) {
        if (cursor.snapshot() == null) {
            return cursor;
        }
        long xmax = Long.parseLong(cursor.snapshot().split(":")[1]);
        return cursor.txid() >= xmax ? new FeedCursor(cursor.txid(), cursor.id(), null) : cursor;
    }

    private void requireRetained(FeedCursor after, String snapshotPath) {
        @SuppressWarnings("unchecked")
        List<Object[]> horizon = entityManager.createNativeQuery("select cast(txid as text), event_id from event_horizon").getResultList();
        if (horizon.isEmpty()) {
            return;
        }
        long txid = Long.parseLong((String) horizon.get(0)[0]);
        long id = ((Number) horizon.get(0)[1]).longValue();
        if (after.isBefore(txid, id)) {
            String snapshot = settings.publicBaseUrl() + snapshotPath;
            throw Problems.problem(Status.GONE, "Events after this cursor were purged (the feed keeps them for "
                            + settings.retention() + "); read the lists at " + snapshot + " and follow the feed from the cursor it gives")
                    .withType(ProblemType.GONE.uri())
                    .with("snapshot", snapshot)
                    .build();
        }
    }

    private Map<String, Object> data(String text) {
        try {
            return json.readValue(text, DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event's data is not a JSON object", e);
        }
    }
}
