package org.multistakeholder.recommendations.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A review as it appears in lists")
public record ReviewSummary(
        @Schema(description = "The review's code, its public identifier", example = "CCT", maxLength = 32) String code,
        @Schema(description = "Name", example = "Competition, Consumer Trust, and Consumer Choice Review", maxLength = 300) String name,
        @Schema(description = "What the review is about", example = "CCT Implementation - Status of 17 Recommendations",
            maxLength = 10000) String description) {

    public static ReviewSummary of(Review review) {
        return new ReviewSummary(review.code, review.name, review.description);
    }
}
