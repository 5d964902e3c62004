package org.multistakeholder.platform.feed;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.multistakeholder.platform.time.Timestamps;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes the events recorded longer ago than the retention and moves the horizon, the position of the last one
 * deleted, that {@link EventFeed} answers 410 behind. Replicas may purge at the same time: both delete the same rows and
 * the horizon only moves forward.
 */
@ApplicationScoped
public class FeedRetention {

    private final EntityManager entityManager;
    private final FeedSettings settings;

    FeedRetention(EntityManager entityManager, FeedSettings settings) {
        this.entityManager = entityManager;
        this.settings = settings;
    }

    @Scheduled(identity = "feed-purge", every = "${platform.feed.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        purgeRecordedBefore(Timestamps.now().minus(settings.retention()));
    }

    /** Deletes the events recorded before {@code cutoff}, in feed order; answers how many. */
    @Transactional
    public int purgeRecordedBefore(Instant cutoff) {
        @SuppressWarnings("unchecked")
        List<Object[]> last = entityManager.createNativeQuery("select cast(txid as text), id from event "
                        + "where recorded_at < :cutoff and txid < pg_snapshot_xmin(pg_current_snapshot()) order by txid desc, id desc limit 1")
                .setParameter("cutoff", cutoff).getResultList();
        if (last.isEmpty()) {
            return 0;
        }
        String txid = (String) last.get(0)[0];
        long id = ((Number) last.get(0)[1]).longValue();
        int deleted = entityManager.createNativeQuery("delete from event where (txid, id) <= (cast(:txid as xid8), :id)")
                .setParameter("txid", txid).setParameter("id", id).executeUpdate();
        entityManager.createNativeQuery("insert into event_horizon (txid, event_id) values (cast(:txid as xid8), :id) "
                        + "on conflict (singleton) do update set txid = excluded.txid, event_id = excluded.event_id "
                        + "where (event_horizon.txid, event_horizon.event_id) < (excluded.txid, excluded.event_id)")
                .setParameter("txid", txid).setParameter("id", id).executeUpdate();
        return deleted;
    }
}
