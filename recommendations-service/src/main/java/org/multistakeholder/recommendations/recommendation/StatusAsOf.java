package org.multistakeholder.recommendations.recommendation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * A recommendation's status as of a day: the new status of its latest change effective on or before the end of that
 * day, same-day changes in the order they were recorded (by id); {@code NOT_STARTED} before its first change. A
 * change dated after the day has not happened yet on it.
 *
 * <p>Read from {@code status_span}, each change's period of validity, which the database derives from the history
 * whenever it changes (migration V3, function {@code refresh_status_spans} behind the triggers
 * {@code status_change_inserted}, {@code _updated} and {@code _deleted}; migration V4 adds the index
 * {@code status_span_current} the lists read it through). The same rule is stated in Java by
 * {@link org.multistakeholder.recommendations.history.StatusTimeline}, which checks the history's writes;
 * {@code StatusAsOfTests} holds the two to the same answers. Progress by quarter counts by the same rule:
 * {@link org.multistakeholder.recommendations.progress.ProgressByQuarter}.
 */
@ApplicationScoped
public class StatusAsOf {

    /** Each recommendation's status where {@link #SPAN_JOIN} finds no span: before its first change. */
    static final String STATUS = "coalesce(s.status, 'NOT_STARTED')";

    /**
     * Joins to each recommendation {@code r} the span that covers the end of :day, among the spans in
     * :spanStatuses; none before its first change.
     *
     * The review and the status list repeat what is already true of the span, so that the index
     * status_span_current (review, status, end) can find the spans covering the day without reading the rest of
     * the review's history: it answers "which are COMPLETE" with the COMPLETE ones only, and a whole review with
     * one short range per status, as PostgreSQL 15 cannot skip over a leading index column it is not given.
     */
    static final String SPAN_JOIN = """
             left join status_span s on s.recommendation_id = r.id and s.review_id = r.review_id
                and s.status in (:spanStatuses) and s.valid_from <= :day and coalesce(s.valid_until, date 'infinity') > :day
            """;

    /** Every status, for a {@link #SPAN_JOIN} that looks for any. */
    static final List<String> ALL_STATUSES = Arrays.stream(ImplementationStatus.values()).map(Enum::name).toList();

    private final EntityManager entityManager;

    StatusAsOf(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The status of one recommendation at the end of {@code day}, and since when. */
    public StatusAt of(long recommendationId, LocalDate day) {
        Object[] row = (Object[]) entityManager.createNativeQuery("select " + STATUS + ", s.valid_from from recommendation r"
                        + SPAN_JOIN + " where r.id = :id")
                .setParameter("id", recommendationId).setParameter("day", day).setParameter("spanStatuses", ALL_STATUSES)
                .getSingleResult();
        return statusOf(row[0], row[1]);
    }

    /** A status and the start of its span, as a query selecting {@link #STATUS} and {@code s.valid_from} reads them. */
    static StatusAt statusOf(Object status, Object since) {
        LocalDate date = since == null ? null
                : since instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) since;
        return new StatusAt(ImplementationStatus.valueOf((String) status), date);
    }
}
