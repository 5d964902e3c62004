package org.multistakeholder.recommendations.feed;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.multistakeholder.platform.feed.FeedCursor;
import org.multistakeholder.recommendations.report.QuarterlyReportView;
import org.multistakeholder.recommendations.review.ReviewSummary;

@Schema(description = "Every review, recommendation and quarterly report as they are now, and the feed cursor that follows on from exactly "
        + "this state")
public record RecommendationsSnapshot(
        @Schema(description = "Read the feed from here (send this cursor as after) for the changes since", example = FeedCursor.EXAMPLE,
                maxLength = FeedCursor.MAX_LENGTH) String cursor,
        @Schema(description = "Every review, by code") List<ReviewSummary> reviews,
        @Schema(description = "Every recommendation with its status today, by id") List<RecommendationState> recommendations,
        @Schema(description = "Every quarterly report, by id") List<QuarterlyReportView> quarterlyReports) {
}
