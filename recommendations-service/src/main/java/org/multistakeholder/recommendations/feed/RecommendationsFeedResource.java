package org.multistakeholder.recommendations.feed;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.multistakeholder.platform.feed.EventFeed;
import org.multistakeholder.platform.feed.FeedCursor;
import org.multistakeholder.platform.feed.FeedPage;
import org.multistakeholder.platform.feed.FeedQuery;
import org.multistakeholder.platform.feed.FeedSnapshots;
import org.multistakeholder.platform.parameters.QueryParameters;
import org.multistakeholder.recommendations.recommendation.ImplementationStatus;
import org.multistakeholder.recommendations.report.QuarterlyReport;
import org.multistakeholder.recommendations.report.QuarterlyReportView;
import org.multistakeholder.recommendations.review.Review;
import org.multistakeholder.recommendations.review.ReviewSummary;

import io.quarkus.panache.common.Sort;

@Path("/api/feed/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed", description = "Every change to reviews, recommendations, their status histories and quarterly reports, in commit order")
public class RecommendationsFeedResource {

    static final String SNAPSHOT = "/api/feed/recommendations/snapshot";

    private final EventFeed feed;
    private final FeedSnapshots snapshots;
    private final EntityManager entityManager;

    RecommendationsFeedResource(EventFeed feed, FeedSnapshots snapshots, EntityManager entityManager) {
        this.feed = feed;
        this.snapshots = snapshots;
        this.entityManager = entityManager;
    }

    @GET
    @Operation(operationId = "readRecommendationsFeed", summary = "Follow the changes",
            description = "The events after the cursor, oldest first, in the order their writes committed: a reader that polls with the "
                    + "'next' it got misses none, even of writes that commit out of order. Without a cursor it starts at the first event, "
                    + "which includes what existed before the feed did. Events are kept for the retention (30 days unless configured); "
                    + "a cursor older than that is a 410 whose problem names the snapshot to start again from. Types: review.created, "
                    + "review.updated, recommendation.added, recommendation.updated, status-change.recorded, status-change.removed, "
                    + "quarterly-report.recorded, quarterly-report.updated, quarterly-report.published. All are public.")
    @APIResponse(responseCode = "200", description = "The events after the cursor and the cursor to go on from")
    @APIResponse(responseCode = "410", description = "Events after this cursor were purged; the problem's 'snapshot' names where to start again")
    public FeedPage read(
            @Parameter(description = "The 'next' of the previous read; leave out to start at the first event", example = FeedCursor.EXAMPLE,
                schema = @Schema(type = SchemaType.STRING, maxLength = FeedCursor.MAX_LENGTH)) @QueryParam("after") String after,
            @Parameter(description = "At most this many events", example = "100",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "100"))
                @QueryParam("limit") String limit,
            @Parameter(description = "Only events of these types, comma-separated", example = "status-change.recorded,status-change.removed",
                schema = @Schema(type = SchemaType.STRING, maxLength = QueryParameters.MAX_TEXT_LENGTH)) @QueryParam("type") String type,
            @Parameter(description = "Only events about this review (its recommendations, their histories and its reports)", example = "CCT",
                schema = @Schema(type = SchemaType.STRING, maxLength = 32)) @QueryParam("review") String review) {
        // Everything the recommendations feed announces is public: editors are shown what anyone is.
        return feed.read(FeedQuery.of(after, limit, type, List.of(RecommendationsEvent.values()), "review", review, false), SNAPSHOT);
    }

    @GET
    @Path("/snapshot")
    @Operation(operationId = "readRecommendationsSnapshot", summary = "Start again from the lists as they are",
            description = "Every review, recommendation (with its status today) and quarterly report as they are now, read in one "
                    + "transaction, with the feed cursor that goes on from exactly this state.")
    @APIResponse(responseCode = "200", description = "The lists and their cursor")
    public RecommendationsSnapshot snapshot() {
        return snapshots.take(cursor -> new RecommendationsSnapshot(cursor,
                Review.<Review>listAll(Sort.by("code")).stream().map(ReviewSummary::of).toList(),
                recommendations(),
                QuarterlyReport.<QuarterlyReport>listAll(Sort.by("id")).stream().map(QuarterlyReportView::of).toList()));
    }

    /** Today's status is that of the status span (V3) that covers today, as StatusAsOf reads it. */
    private List<RecommendationState> recommendations() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select m.id, r.code, m.number, s.status from recommendation m "
                        + "join review r on r.id = m.review_id left join status_span s on s.recommendation_id = m.id "
                        + "and s.valid_from <= :today and (s.valid_until is null or s.valid_until > :today) order by m.id")
                .setParameter("today", LocalDate.now(ZoneOffset.UTC)).getResultList();
        return rows.stream().map(row -> new RecommendationState(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue(),
                row[3] == null ? ImplementationStatus.INITIAL : ImplementationStatus.valueOf((String) row[3]))).toList();
    }
}
