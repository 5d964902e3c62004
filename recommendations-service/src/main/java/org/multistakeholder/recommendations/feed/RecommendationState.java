package org.multistakeholder.recommendations.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.multistakeholder.recommendations.recommendation.ImplementationStatus;

@Schema(description = "A recommendation as the snapshot gives it: what it is and its status today; its text is at its url")
public record RecommendationState(
        @Schema(description = "Identifier", example = "6") long id,
        @Schema(description = "The review it belongs to", example = "CCT", maxLength = 32) String reviewCode,
        @Schema(description = "Its number in the review", example = "6") int number,
        @Schema(description = "Its implementation status at the end of today (UTC)", example = "IN_PROGRESS") ImplementationStatus status) {
}
