package org.multistakeholder.recommendations.recommendation;

import java.time.Instant;
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
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.multistakeholder.platform.api.EntityTags;
import org.multistakeholder.platform.api.Page;
import org.multistakeholder.platform.api.PageRequest;
import org.multistakeholder.platform.api.Problems;
import org.multistakeholder.platform.api.SortableFields;
import org.multistakeholder.recommendations.review.Review;
import org.multistakeholder.recommendations.review.ReviewService;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RecommendationService {

    static final SortableFields SORTABLE = SortableFields.of("number", "id",
            "number", "number", "status", "status", "id", "id", "updatedAt", "updatedAt");

    /** The SQL behind each sortable attribute; statuses sort in their lifecycle order, not alphabetically. */
    private static final Map<String, String> SORT_SQL = Map.of(
            "number", "r.number",
            "id", "r.id",
            "updatedAt", "r.updated_at",
            "status", "array_position(array['NOT_STARTED','IN_PROGRESS','ON_HOLD','DEFERRED','COMPLETE','REJECTED']::varchar[], s.status)");

    /**
     * Each recommendation with its status at the end of :asOf (or now): the new status of its latest change
     * effective on or before that day, same-day changes in the order they were recorded; NOT_STARTED when none.
     */
    private static final String WITH_STATUS = """
            from recommendation r
            cross join lateral (
                select coalesce(latest.new_status, 'NOT_STARTED') as status, latest.effective_on as since
                from (select 1) one
                left join (
                    select sc.new_status, sc.effective_on from status_change sc
                    where sc.recommendation_id = r.id %s
                    order by sc.effective_on desc, sc.id desc
                    limit 1) latest on true
            ) s
            """;

    private final ReviewService reviews;
    private final EntityManager entityManager;

    RecommendationService(ReviewService reviews, EntityManager entityManager) {
        this.reviews = reviews;
        this.entityManager = entityManager;
    }

    public Page<RecommendationView> list(String reviewCode, RecommendationFilter filter, PageRequest request) {
        Sort sort = SORTABLE.resolve(request.sort());
        Review review = reviews.require(reviewCode);
        LocalDate asOf = filter.asOf();
        Set<ImplementationStatus> statuses = filter.statuses();
        Priority priority = filter.priority();
        String text = filter.text();

        StringBuilder where = new StringBuilder(" where r.review_id = :review");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("review", review.id);
        if (asOf != null) {
            parameters.put("asOf", asOf);
        }
        if (!statuses.isEmpty()) {
            where.append(" and s.status in (:statuses)");
            parameters.put("statuses", statuses.stream().map(Enum::name).toList());
        }
        if (priority != null) {
            where.append(" and (r.priority = :priority or exists (select 1 from recommendation_item_priority ip"
                    + " where ip.recommendation_id = r.id and ip.priority = :priority))");
            parameters.put("priority", priority.name());
        } else if (filter.wantsNoPriority()) {
            where.append(" and r.priority is null and not exists (select 1 from recommendation_item_priority ip"
                    + " where ip.recommendation_id = r.id)");
        }
        if (text != null) {
            where.append(" and (r.description ilike :pattern escape '\\' or r.notes ilike :pattern escape '\\'"
                    + " or cast(r.number as varchar) = :text)");
            parameters.put("pattern", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            parameters.put("text", text);
        }
        String from = WITH_STATUS.formatted(asOf == null ? "" : "and sc.effective_on <= :asOf") + where;

        // Counting needs each recommendation's status (and so asOf) only when the filter asks for a status.
        boolean countsStatuses = !statuses.isEmpty();
        Query count = entityManager.createNativeQuery("select count(*) " + (countsStatuses ? from : "from recommendation r" + where));
        parameters.forEach((name, value) -> {
            if (countsStatuses || !name.equals("asOf")) {
                count.setParameter(name, value);
            }
        });
        long total = ((Number) count.getSingleResult()).longValue();

        String orderBy = sort.getColumns().stream()
                .map(column -> SORT_SQL.get(column.getName())
                        + (column.getDirection() == Sort.Direction.Descending ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
        Query page = entityManager.createNativeQuery(
                "select r.id, s.status, s.since " + from + " order by " + orderBy + " limit :limit offset :offset");
        parameters.forEach(page::setParameter);
        page.setParameter("limit", request.size());
        page.setParameter("offset", (long) request.page() * request.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();

        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, Recommendation> byId = load(ids).stream()
                .collect(Collectors.toMap(recommendation -> recommendation.id, Function.identity()));
        List<RecommendationView> items = rows.stream()
                .map(row -> RecommendationView.of(byId.get(((Number) row[0]).longValue()), statusOf(row[1], row[2])))
                .toList();
        return new Page<>(items, request.page(), request.size(), total);
    }

    public Recommendation require(long id) {
        return Recommendation.<Recommendation>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("Recommendation", id));
    }

    public RecommendationView view(long id) {
        Recommendation recommendation = require(id);
        return RecommendationView.of(recommendation, statusAt(id, null));
    }

    /** The status of one recommendation at the end of {@code asOf}, or now when it is null. */
    public StatusAt statusAt(long recommendationId, LocalDate asOf) {
        Query query = entityManager.createNativeQuery("select s.status, s.since "
                + WITH_STATUS.formatted(asOf == null ? "" : "and sc.effective_on <= :asOf") + " where r.id = :id");
        query.setParameter("id", recommendationId);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return statusOf(row[0], row[1]);
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
        recommendation.createdAt = Instant.now();
        apply(recommendation, request);
        recommendation.persist();
        recommendation.flush();
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
        return RecommendationView.of(recommendation, statusAt(id, null));
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
        recommendation.updatedAt = Instant.now();
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
        recommendation.updatedAt = Instant.now();
    }

    private List<Recommendation> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select distinct r from Recommendation r join fetch r.review"
                + " left join fetch r.itemPriorities where r.id in :ids", Recommendation.class)
                .setParameter("ids", ids).getResultList();
    }

    private static StatusAt statusOf(Object status, Object since) {
        LocalDate date = since == null ? null
                : since instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) since;
        return new StatusAt(ImplementationStatus.valueOf((String) status), date);
    }
}
