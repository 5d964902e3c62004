package org.multistakeholder.recommendations.history;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.multistakeholder.recommendations.recommendation.Recommendation;
import org.multistakeholder.recommendations.recommendation.RecommendationService;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class StatusHistoryService {

    static final SortableFields<StatusChangeView> SORTABLE = SortableFields.of("effectiveOn", "id",
            "effectiveOn", "effectiveOn", "recordedAt", "recordedAt");

    private static final Map<String, Comparator<StatusChangeView>> ORDERS = Map.of(
            "effectiveOn", Comparator.comparing(StatusChangeView::effectiveOn),
            "recordedAt", Comparator.comparing(StatusChangeView::recordedAt),
            "id", Comparator.comparing(StatusChangeView::id));

    private final RecommendationService recommendations;
    private final Outbox outbox;

    StatusHistoryService(RecommendationService recommendations, Outbox outbox) {
        this.recommendations = recommendations;
        this.outbox = outbox;
    }

    /**
     * A recommendation's history is short (a change every few months), so it is read whole to derive each
     * change's old status, then sorted and paged here.
     */
    public Page<StatusChangeView> list(long recommendationId, PageRequest request) {
        Ordering<StatusChangeView> ordering = SORTABLE.order(request);
        Sort sort = ordering.sort();
        recommendations.require(recommendationId);
        List<StatusChangeView> history = views(recommendationId);
        Comparator<StatusChangeView> order = null;
        for (Sort.Column column : sort.getColumns()) {
            Comparator<StatusChangeView> next = ORDERS.get(column.getName());
            next = column.getDirection() == Sort.Direction.Descending ? next.reversed() : next;
            order = order == null ? next : order.thenComparing(next);
        }
        List<StatusChangeView> sorted = history.stream().sorted(order).toList();
        return ordering.page(ordering.read(sorted), sorted.size(), view -> view);
    }

    public StatusChangeView find(long recommendationId, long changeId) {
        recommendations.require(recommendationId);
        return views(recommendationId).stream().filter(view -> view.id() == changeId).findFirst()
                .orElseThrow(() -> Problems.notFound("Status change", changeId + " of recommendation " + recommendationId));
    }

    @Transactional
    public StatusChangeView record(long recommendationId, StatusChangeRequest request) {
        LocalDate today = LocalDate.now(Clock.systemUTC());
        if (request.effectiveOn().isAfter(today)) {
            throw Problems.invalidField("effectiveOn",
                    "'effectiveOn' must be today (" + today + ", UTC) or earlier, not " + request.effectiveOn());
        }
        // Locked before the history is read, so two changes recorded at once are checked one after the other.
        Recommendation recommendation = recommendations.lockForStatusChange(recommendationId);
        StatusTimeline timeline = timeline(changes(recommendationId));
        timeline.refusal(request.effectiveOn(), request.status()).ifPresent(reason -> {
            throw Problems.conflict(reason);
        });
        StatusChange change = new StatusChange();
        change.recommendationId = recommendationId;
        change.effectiveOn = request.effectiveOn();
        change.newStatus = request.status();
        change.note = request.note() == null || request.note().isBlank() ? null : request.note();
        change.recordedAt = Timestamps.now();
        change.persist();
        change.flush();
        announce(RecommendationsEvent.STATUS_CHANGE_RECORDED, recommendation, change);
        return StatusChangeView.of(change, timeline.statusAt(request.effectiveOn()));
    }

    /** Removes a change recorded by mistake; the recommendation's ETag guards it like an update. */
    @Transactional
    public void remove(long recommendationId, long changeId, String ifMatch) {
        Recommendation recommendation = recommendations.lockForStatusChange(recommendationId);
        EntityTags.requireMatch(ifMatch, recommendation.version);
        List<StatusChange> changes = changes(recommendationId);
        StatusChange change = changes.stream().filter(candidate -> candidate.id == changeId).findFirst()
                .orElseThrow(() -> Problems.notFound("Status change", changeId + " of recommendation " + recommendationId));
        timeline(changes).refusalToRemove(changeId).ifPresent(reason -> {
            throw Problems.conflict(reason);
        });
        change.delete();
        recommendation.flush();
        announce(RecommendationsEvent.STATUS_CHANGE_REMOVED, recommendation, change);
    }

    private void announce(RecommendationsEvent type, Recommendation recommendation, StatusChange change) {
        outbox.record(type, Visibility.PUBLIC, "/api/recommendations/" + recommendation.id + "/history/" + change.id,
                recommendation.review.code, EventData.of("recommendationId", recommendation.id, "reviewCode", recommendation.review.code,
                        "statusChangeId", change.id, "status", change.newStatus, "effectiveOn", change.effectiveOn));
    }

    private List<StatusChangeView> views(long recommendationId) {
        List<StatusChange> changes = changes(recommendationId);
        Map<Long, StatusChange> byId = new HashMap<>();
        changes.forEach(change -> byId.put(change.id, change));
        return timeline(changes).steps().stream()
                .map(step -> StatusChangeView.of(byId.get(step.change().sequence()), step.oldStatus()))
                .toList();
    }

    private static List<StatusChange> changes(long recommendationId) {
        return StatusChange.list("recommendationId", Sort.by("effectiveOn").and("id"), recommendationId);
    }

    private static StatusTimeline timeline(List<StatusChange> changes) {
        return new StatusTimeline(changes.stream()
                .map(change -> new StatusTimeline.Change(change.id, change.effectiveOn, change.newStatus))
                .toList());
    }
}
