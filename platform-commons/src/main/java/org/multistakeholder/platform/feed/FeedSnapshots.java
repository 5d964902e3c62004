package org.multistakeholder.platform.feed;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The lists as they are now and the feed cursor they correspond to, read in one REPEATABLE READ transaction: every
 * query of it sees the one PostgreSQL snapshot whose text the cursor carries, so following the feed from that cursor
 * gives exactly the events of the transactions the lists did not see.
 */
@ApplicationScoped
public class FeedSnapshots {

    private final EntityManager entityManager;

    FeedSnapshots(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** {@code lists} reads the lists and is given the cursor they correspond to. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T take(Function<String, T> lists) {
        // The first statement of the transaction, so it applies to the whole of it.
        entityManager.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "select cast(pg_current_snapshot() as text), cast(pg_snapshot_xmin(pg_current_snapshot()) as text)").getSingleResult();
        FeedCursor cursor = new FeedCursor(Long.parseLong((String) row[1]), 0, (String) row[0]);
        return lists.apply(cursor.encode());
    }
}
