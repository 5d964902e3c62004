package org.multistakeholder.recommendations.history;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.multistakeholder.recommendations.recommendation.ImplementationStatus;

@Schema(description = "A change of a recommendation's status")
public record StatusChangeView(
        @Schema(description = "Identifier", example = "12") Long id,
        @Schema(description = "The recommendation it changed", example = "6") Long recommendationId,
        @Schema(description = "The day it took effect", example = "2022-12-31") LocalDate effectiveOn,
        @Schema(description = "The status before it, derived from the changes effective before it", example = "NOT_STARTED") ImplementationStatus oldStatus,
        @Schema(description = "The status from that day on", example = "IN_PROGRESS") ImplementationStatus newStatus,
        @Schema(description = "Why, or where this is documented", example = "Implementation began.", maxLength = 5000) String note,
        @Schema(description = "When it was recorded, which may be long after it took effect", example = "2023-01-15T09:30:00Z") Instant recordedAt) {

    static StatusChangeView of(StatusChange change, ImplementationStatus oldStatus) {
        return new StatusChangeView(change.id, change.recommendationId, change.effectiveOn, oldStatus,
                change.newStatus, change.note, change.recordedAt);
    }
}
