package org.multistakeholder.recommendations.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recommendation with its status at the date asked for (today unless asOf is given)")
public record RecommendationView(
        @Schema(description = "Identifier", example = "6") Long id,
        @Schema(description = "The code of the review that made it", example = "CCT", maxLength = 32) String reviewCode,
        @Schema(description = "Its number within the review", example = "13") int number,
        @Schema(description = "What the review recommends", example = "Formalize and promote ongoing data collection.",
            maxLength = 20000) String description,
        @Schema(description = "Notes; left out for none (N/A)", example = "See implementation documentation.", maxLength = 20000) String notes,
        @Schema(description = "The priority of the whole recommendation; left out when none (N/A) or when its items are prioritised separately", example = "P1") Priority priority,
        @Schema(description = "Priorities of single items, in the community's order", maxItems = 100) List<ItemPriority> itemPriorities,
        @Schema(description = "Its status, derived from the status history", example = "IN_PROGRESS") ImplementationStatus status,
        @Schema(description = "Effective date of the change that set this status; left out when it never changed", example = "2022-12-31") LocalDate statusSince,
        @Schema(description = "The version an update must name in If-Match (also sent as the ETag)", example = "1") long version,
        @Schema(description = "When it was created", example = "2024-05-09T10:00:00Z") Instant createdAt,
        @Schema(description = "When it or its status was last changed", example = "2024-05-09T10:00:00Z") Instant updatedAt) {

    static RecommendationView of(Recommendation recommendation, StatusAt status) {
        return new RecommendationView(recommendation.id, recommendation.review.code, recommendation.number,
                recommendation.description, recommendation.notes, recommendation.priority,
                recommendation.itemPriorities.stream().map(ItemPriority::of).toList(),
                status.status(), status.since(), recommendation.version, recommendation.createdAt, recommendation.updatedAt);
    }
}
