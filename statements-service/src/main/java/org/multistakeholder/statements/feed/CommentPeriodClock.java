package org.multistakeholder.statements.feed;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.multistakeholder.platform.feed.EventData;
import org.multistakeholder.platform.feed.Outbox;
import org.multistakeholder.platform.feed.Visibility;
import org.multistakeholder.platform.time.Timestamps;
import org.multistakeholder.statements.web.CurrentTime;

import io.quarkus.scheduler.Scheduled;

/**
 * A comment period opens and closes when the clock passes its instants, not by a write, so no write announces it: this
 * looks for the periods of statements OPEN_FOR_COMMENT that have opened or closed and announces each once. The
 * announcement is claimed first by inserting its row into comment_period_announcement (migration V7) with ON CONFLICT
 * DO NOTHING: of two replicas that notice it together, the second waits on the first's row and then inserts nothing,
 * so it writes no event. A write that opens a period (moving a statement to OPEN_FOR_COMMENT within it) calls this too,
 * in its own transaction, so the opening is announced with it.
 */
@ApplicationScoped
public class CommentPeriodClock {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final CurrentTime time;

    CommentPeriodClock(EntityManager entityManager, Outbox outbox, CurrentTime time) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.time = time;
    }

    @Scheduled(identity = "comment-period-clock", every = "${statements.comment-period-clock.every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        announceDue(null);
    }

    /** Announces what has opened or closed by now, of one statement or (null) of all. */
    @Transactional
    public void announceDue(Long statementId) {
        Instant now = time.now();
        claim("OPENED", "s.comment_opens_at <= :now and s.comment_closes_at > :now", statementId, now)
                .forEach(row -> announce(StatementsEvent.COMMENT_PERIOD_OPENED, row, now));
        claim("CLOSED", "s.comment_closes_at <= :now", statementId, now)
                .forEach(row -> announce(StatementsEvent.COMMENT_PERIOD_CLOSED, row, Timestamps.of(row[2])));
    }

    private List<Object[]> claim(String kind, String due, Long statementId, Instant now) {
        Query claim = entityManager.createNativeQuery("insert into comment_period_announcement (statement_id, kind, opens_at, closes_at) "
                + "select s.id, :kind, s.comment_opens_at, s.comment_closes_at from statement s "
                + "where s.status = 'OPEN_FOR_COMMENT' and " + due + (statementId == null ? "" : " and s.id = :statementId")
                + " order by s.id on conflict do nothing returning statement_id, opens_at, closes_at")
                .setParameter("kind", kind).setParameter("now", now);
        if (statementId != null) {
            claim.setParameter("statementId", statementId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = claim.getResultList();
        return rows;
    }

    private void announce(StatementsEvent type, Object[] row, Instant occurredAt) {
        long statementId = ((Number) row[0]).longValue();
        outbox.record(type, Visibility.PUBLIC, "/api/statements/" + statementId, statementId,
                EventData.of("statementId", statementId, "opensAt", Timestamps.of(row[1]).toString(), "closesAt", Timestamps.of(row[2]).toString()),
                occurredAt);
    }
}
