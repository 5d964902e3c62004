package org.multistakeholder.platform.feed;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.multistakeholder.platform.time.Timestamps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes an event into the service's {@code event} table in the transaction of the change it announces, so a change
 * rolled back or refused leaves none and one committed always has its event. The row takes the writing transaction's
 * id ({@code pg_current_xact_id()}, the column's default) for {@link EventFeed}'s commit order.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    Outbox(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /**
     * @param path    the resource's path through the gateway ({@code /api/statements/2})
     * @param subject what the feed's own filter narrows to (a statement id, a review code), or null
     * @param data    the few facts a receiver decides on; public events carry no personal data
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EventType type, Visibility visibility, String path, Object subject, Map<String, ?> data) {
        record(type, visibility, path, subject, data, Timestamps.now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EventType type, Visibility visibility, String path, Object subject, Map<String, ?> data, Instant occurredAt) {
        String body;
        try {
            body = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data of " + type.type() + " is not JSON", e);
        }
        entityManager.createNativeQuery("insert into event (type, visibility, path, subject, data, occurred_at) "
                        + "values (:type, :visibility, :path, cast(:subject as text), cast(:data as jsonb), :occurredAt)")
                .setParameter("type", type.type())
                .setParameter("visibility", visibility.name())
                .setParameter("path", path)
                .setParameter("subject", subject == null ? null : subject.toString())
                .setParameter("data", body)
                .setParameter("occurredAt", occurredAt)
                .executeUpdate();
    }
}
