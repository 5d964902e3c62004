package org.multistakeholder.recommendations.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Parameter;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.multistakeholder.platform.feed.EventData;
import org.multistakeholder.platform.feed.Outbox;
import org.multistakeholder.platform.feed.Visibility;
import org.multistakeholder.platform.http.EntityTags;
import org.multistakeholder.platform.paging.Ordering;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.paging.SortableFields;
import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.platform.time.Timestamps;
import org.multistakeholder.recommendations.feed.RecommendationsEvent;
import org.multistakeholder.recommendations.review.Review;
import org.multistakeholder.recommendations.review.ReviewService;

@ApplicationScoped
public class RecommendationService {

    /** Statuses sort in their lifecycle order, not alphabetically. */
    private static final String STATUS_ORDER =
            "array_position(array['NOT_STARTED','IN_PROGRESS','ON_HOLD','DEFERRED','COMPLETE','REJECTED']::varchar[], "
                    + StatusAsOf.STATUS + ")";

    /**
     * Sorted in SQL, so the attributes are the expressions of the list query. Every list is one review's, in which
     * no two recommendations share a number: sorted by it, the list needs no tie-breaker, and it is seekable, the
     * unique index (review, number) keeping it in order.
     */
    static final SortableFields<RecommendationView> SORTABLE = SortableFields.<RecommendationView>of("number", "r.id",
                    "number", "r.number", "status", STATUS_ORDER, "id", "r.id", "updatedAt", "r.updated_at")
            .identifiedBy(RecommendationView::id)
            .unique("number")
            .seekable("number", Integer.class, RecommendationView::number);

    private final ReviewService reviews;
    private final StatusAsOf statusAsOf;
    private final EntityManager entityManager;
    private final Outbox outbox;

    RecommendationService(ReviewService reviews, StatusAsOf statusAsOf, EntityManager entityManager, Outbox outbox) {
        this.reviews = reviews;
        this.statusAsOf = statusAsOf;
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    public Page<RecommendationView> list(String reviewCode, RecommendationFilter filter, PageRequest request) {
        Ordering<RecommendationView> ordering = SORTABLE.order(request);
        Review review = reviews.require(reviewCode);
        LocalDate asOf = filter.asOf();
        Set<ImplementationStatus> statuses = filter.statuses();
        Priority priority = filter.priority();
        String text = filter.text();

        StringBuilder where = new StringBuilder(" where r.review_id = :review");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("review", review.id);
        parameters.put("day", asOf == null ? today() : asOf);
        if (priority != null) {
            where.append(" and (r.priority = :priority or exists (select 1 from recommendation_item_priority ip"
                    + " where ip.recommendation_id = r.id and ip.priority = :priority))");
            parameters.put("priority", priority.name());
        } else if (filter.wantsNoPriority()) {
            where.append(" and r.priority is null and not exists (select 1 from recommendation_item_priority ip"
                    + " where ip.recommendation_id = r.id)");
        }
        if (text != null) {
            where.append(" and (r.description ilike :pattern escape '\\' or r.notes ilike :pattern escape '\\'");
            parameters.put("pattern", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            // Compared as a number rather than as text, so that the index on (review_id, number) can answer it.
            Integer number = recommendationNumber(text);
            if (number != null) {
                where.append(" or r.number = :number");
                parameters.put("number", number);
            }
            where.append(")");
        }
        boolean filtersOnlyByStatus = priority == null && !filter.wantsNoPriority() && text == null;

        // A recommendation that no span covers on the day is NOT_STARTED. Unless NOT_STARTED is asked for, the join
        // need only look for spans in the statuses asked for, and the list keeps the recommendations it found one for.
        boolean spansDecide = !statuses.isEmpty() && !statuses.contains(ImplementationStatus.INITIAL);
        String statusCondition = "";
        if (spansDecide) {
            parameters.put("spanStatuses", statuses.stream().map(Enum::name).toList());
            statusCondition = " and s.recommendation_id is not null";
        } else {
            parameters.put("spanStatuses", StatusAsOf.ALL_STATUSES);
            if (!statuses.isEmpty()) {
                statusCondition = " and " + StatusAsOf.STATUS + " in (:statuses)";
                parameters.put("statuses", statuses.stream().map(Enum::name).toList());
            }
        }

        String countSql;
        if (statuses.isEmpty()) {
            countSql = "select count(*) from recommendation r" + where;
        } else if (spansDecide && filtersOnlyByStatus) {
            // One span per recommendation found, so counting the spans is counting the recommendations, from the
            // index alone.
            countSql = "select count(*) from status_span s where s.review_id = :review and s.status in (:spanStatuses)"
                    + " and s.valid_from <= :day and coalesce(s.valid_until, date 'infinity') > :day";
        } else {
            countSql = "select count(*) from recommendation r" + StatusAsOf.SPAN_JOIN + where + statusCondition;
        }
        long total = ((Number) query(countSql, parameters).getSingleResult()).longValue();

        boolean sortsByStatus = ordering.sort().getColumns().stream().anyMatch(column -> column.getName().equals(STATUS_ORDER));
        String pageSql;
        if (statuses.isEmpty() && !sortsByStatus) {
            // The page is chosen before any status is looked up, so a deep page does not look up the statuses of
            // every recommendation it skips.
            pageSql = "select r.id, " + StatusAsOf.STATUS + ", s.valid_from from ("
                    + ordering.sql("select r.id, r.review_id, r.number, r.updated_at from recommendation r" + where)
                    + ") r" + StatusAsOf.SPAN_JOIN + ordering.orderBy();
        } else {
            pageSql = ordering.sql("select r.id, " + StatusAsOf.STATUS + ", s.valid_from from recommendation r"
                    + StatusAsOf.SPAN_JOIN + where + statusCondition);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(pageSql, ordering.sqlParameters(parameters)).getResultList();

        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, Recommendation> byId = load(ids).stream()
                .collect(Collectors.toMap(recommendation -> recommendation.id, Function.identity()));
        List<RecommendationView> items = rows.stream()
                .map(row -> RecommendationView.of(byId.get(((Number) row[0]).longValue()),
                        StatusAsOf.statusOf(row[1], row[2])))
                .toList();
        return ordering.page(items, total, view -> view);
    }

    public Recommendation require(long id) {
        return Recommendation.<Recommendation>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("Recommendation", id));
    }

    public RecommendationView view(long id) {
        Recommendation recommendation = require(id);
        return RecommendationView.of(recommendation, statusAt(id, null));
    }

    /** The status of one recommendation at the end of {@code asOf}, or of today (UTC) when it is null. */
    public StatusAt statusAt(long recommendationId, LocalDate asOf) {
        return statusAsOf.of(recommendationId, asOf == null ? today() : asOf);
    }

    @Transactional
    public RecommendationView create(String reviewCode, RecommendationRequest request) {
        Review review = reviews.require(reviewCode);
        validate(request);
        if (Recommendation.count("review = ?1 and number = ?2", review, request.number()) > 0) {
            throw Problems.conflict("Review " + reviewCode + " already has a recommendation " + request.number());
        }
        Recommendation recommendation = new Recommendation();
        recommendation.review = review;
        recommendation.createdAt = Timestamps.now();
        apply(recommendation, request);
        recommendation.persist();
        recommendation.flush();
        announce(RecommendationsEvent.RECOMMENDATION_ADDED, recommendation);
        return RecommendationView.of(recommendation, StatusAt.INITIAL);
    }

    @Transactional
    public RecommendationView update(long id, RecommendationRequest request, String ifMatch) {
        Recommendation recommendation = require(id);
        EntityTags.requireMatch(ifMatch, recommendation.version);
        validate(request);
        if (request.number() != recommendation.number
                && Recommendation.count("review = ?1 and number = ?2", recommendation.review, request.number()) > 0) {
            throw Problems.conflict("Review " + recommendation.review.code + " already has a recommendation " + request.number());
        }
        apply(recommendation, request);
        recommendation.flush();
        announce(RecommendationsEvent.RECOMMENDATION_UPDATED, recommendation);
        return RecommendationView.of(recommendation, statusAt(id, null));
    }

    private void announce(RecommendationsEvent type, Recommendation recommendation) {
        outbox.record(type, Visibility.PUBLIC, "/api/recommendations/" + recommendation.id, recommendation.review.code,
                EventData.of("recommendationId", recommendation.id, "reviewCode", recommendation.review.code, "number", recommendation.number));
    }

    /**
     * Locks the recommendation for the rest of the transaction, so that status changes of one recommendation are
     * checked against its history one at a time, and raises its version: its status is part of what its ETag covers.
     */
    public Recommendation lockForStatusChange(long id) {
        Recommendation recommendation = entityManager.find(Recommendation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (recommendation == null) {
            throw Problems.notFound("Recommendation", id);
        }
        recommendation.updatedAt = Timestamps.now();
        return recommendation;
    }

    private static void validate(RecommendationRequest request) {
        if (request.priority() != null && !request.itemPrioritiesOrNone().isEmpty()) {
            throw Problems.invalidField("itemPriorities",
                    "Give either a priority for the whole recommendation or priorities of its items, not both");
        }
        Set<String> seen = new HashSet<>();
        for (ItemPriority item : request.itemPrioritiesOrNone()) {
            if (!seen.add(item.item().trim() + " " + item.priority())) {
                throw Problems.invalidField("itemPriorities",
                        "Item " + item.item().trim() + " is given priority " + item.priority() + " twice");
            }
        }
    }

    private static void apply(Recommendation recommendation, RecommendationRequest request) {
        recommendation.number = request.number();
        recommendation.description = request.description();
        recommendation.notes = request.notes() == null || request.notes().isBlank() ? null : request.notes();
        recommendation.priority = request.priority();
        recommendation.itemPriorities.clear();
        request.itemPrioritiesOrNone().forEach(item -> recommendation.itemPriorities.add(item.toColumns()));
        recommendation.updatedAt = Timestamps.now();
    }

    private List<Recommendation> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select distinct r from Recommendation r join fetch r.review"
                + " left join fetch r.itemPriorities where r.id in :ids", Recommendation.class)
                .setParameter("ids", ids).getResultList();
    }

    /** A native query with those of the parameters that its SQL names (a count needs neither page nor order). */
    private Query query(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        Set<String> named = query.getParameters().stream().map(Parameter::getName).collect(Collectors.toSet());
        parameters.forEach((name, value) -> {
            if (named.contains(name)) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    /** "Today" as the status history means it: changes may be dated up to today in UTC, not later. */
    private static LocalDate today() {
        return LocalDate.now(Clock.systemUTC());
    }

    /**
     * The number a search text names, if it is written as the database writes a recommendation's number (so "7"
     * but not "07" nor "+7"); null otherwise.
     */
    private static Integer recommendationNumber(String text) {
        try {
            int number = Integer.parseInt(text);
            return number > 0 && Integer.toString(number).equals(text) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
