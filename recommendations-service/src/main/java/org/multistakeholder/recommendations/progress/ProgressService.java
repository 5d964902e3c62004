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
     * One pass over the review's changes in status_change_timeline order (recommendation_id, effective_on, id):
     * each change holds from the first period end on or after its date (width_bucket over the sorted ends) up to
     * the first period end reached by the recommendation's next change, so a change overtaken before the next
     * period end counts nowhere. Those spans are counted per end and status; the recommendations no change
     * reaches yet are NOT_STARTED. The cost is one read of the review's history, not recommendations x periods
     * index probes: the probe per (recommendation, period end) it replaced took 180 ms for 10,000 recommendations
     * and 8 quarters.
     */
    static final String COUNT_BY_STATUS = """
            with period_end as (
                select cast(:days as date[]) as days
            ), span as (
                select sc.new_status,
                       width_bucket(sc.effective_on - 1, period_end.days) + 1 as first_end,
                       lead(width_bucket(sc.effective_on - 1, period_end.days) + 1, 1, cardinality(period_end.days) + 1)
                           over (partition by sc.recommendation_id order by sc.effective_on, sc.id) as next_first_end
                from status_change sc
                join recommendation r on r.id = sc.recommendation_id
                cross join period_end
                where r.review_id = :review
            ), counted as (
                select end_index, span.new_status, count(*) as recommendations
                from span
                cross join generate_series(span.first_end, span.next_first_end - 1) as end_index
                where span.first_end < span.next_first_end
                  and span.first_end <= (select cardinality(days) from period_end)
                group by end_index, span.new_status
            )
            select period_end.days[counted.end_index], counted.new_status, counted.recommendations
            from counted cross join period_end
            union all
            select period_end.days[end_index], 'NOT_STARTED',
                   (select count(*) from recommendation where review_id = :review) - coalesce(sum(counted.recommendations), 0)
            from period_end
            cross join generate_series(1, cardinality(period_end.days)) as end_index
            left join counted using (end_index)
            group by end_index, period_end.days
            """;

    private final ReviewService reviews;
    private final EntityManager entityManager;

    ProgressService(ReviewService reviews, EntityManager entityManager) {
        this.reviews = reviews;
        this.entityManager = entityManager;
    }

    public ProgressReport progress(String reviewCode, List<Period> periods) {
        Review review = reviews.require(reviewCode);
        // width_bucket needs the ends sorted and distinct.
        String days = periods.stream().map(Period::endsOn).distinct().sorted().map(LocalDate::toString)
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
                    .merge(ImplementationStatus.valueOf((String) row[1]), ((Number) row[2]).longValue(), Long::sum);
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
