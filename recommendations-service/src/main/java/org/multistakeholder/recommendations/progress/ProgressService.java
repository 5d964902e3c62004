package org.multistakeholder.recommendations.progress;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.multistakeholder.recommendations.progress.ProgressPeriods.Period;
import org.multistakeholder.recommendations.recommendation.ImplementationStatus;
import org.multistakeholder.recommendations.review.Review;
import org.multistakeholder.recommendations.review.ReviewService;

@ApplicationScoped
public class ProgressService {

    /**
     * The counting rule, in one query. For each period end D and each recommendation of the review: its status at
     * the end of D is the new status of its latest change effective on or before D (same-day changes in the order
     * they were recorded, by id); a recommendation with no such change is NOT_STARTED. Every recommendation of the
     * review counts at every date, whenever it was added: the history, not the row's creation, says what was true.
     *
     * The latest change per (recommendation, day) is one backward scan of status_change_timeline
     * (recommendation_id, effective_on, id) include (new_status), so the cost is recommendations x periods index
     * probes, whatever the length of each history.
     */
    static final String COUNT_BY_STATUS = """
            select period_end.day, coalesce(latest.new_status, 'NOT_STARTED') as status, count(*) as recommendations
            from unnest(cast(:days as date[])) as period_end(day)
            cross join recommendation r
            left join lateral (
                select sc.new_status
                from status_change sc
                where sc.recommendation_id = r.id and sc.effective_on <= period_end.day
                order by sc.effective_on desc, sc.id desc
                limit 1
            ) latest on true
            where r.review_id = :review
            group by period_end.day, coalesce(latest.new_status, 'NOT_STARTED')
            """;

    private final ReviewService reviews;
    private final EntityManager entityManager;

    ProgressService(ReviewService reviews, EntityManager entityManager) {
        this.reviews = reviews;
        this.entityManager = entityManager;
    }

    public ProgressReport progress(String reviewCode, List<Period> periods) {
        Review review = reviews.require(reviewCode);
        String days = periods.stream().map(period -> period.endsOn().toString())
                .collect(Collectors.joining(",", "{", "}"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(COUNT_BY_STATUS)
                .setParameter("days", days)
                .setParameter("review", review.id)
                .getResultList();

        Map<LocalDate, Map<ImplementationStatus, Long>> counts = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof Date sql ? sql.toLocalDate() : (LocalDate) row[0];
            counts.computeIfAbsent(day, ignored -> zeros())
                    .put(ImplementationStatus.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        return new ProgressReport(review.code, periods.stream()
                .map(period -> ProgressPeriod.of(period.label(), period.endsOn(),
                        counts.getOrDefault(period.endsOn(), zeros())))
                .toList());
    }

    private static Map<ImplementationStatus, Long> zeros() {
        Map<ImplementationStatus, Long> zeros = new EnumMap<>(ImplementationStatus.class);
        for (ImplementationStatus status : ImplementationStatus.values()) {
            zeros.put(status, 0L);
        }
        return zeros;
    }
}
