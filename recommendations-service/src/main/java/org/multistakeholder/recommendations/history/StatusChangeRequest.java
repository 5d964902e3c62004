package org.multistakeholder.recommendations.history;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.multistakeholder.recommendations.recommendation.ImplementationStatus;

@Schema(description = "A change of a recommendation's status to record; it may be recorded late, with a past date")
public record StatusChangeRequest(
        @Schema(description = "The status from that day on", example = "IN_PROGRESS") @NotNull ImplementationStatus status,
        @Schema(description = "The day the change took effect; today or earlier", example = "2022-12-31") @NotNull LocalDate effectiveOn,
        @Schema(description = "Why, or where this is documented", example = "Implementation began; see the Q4 2022 quarterly report.")
        @Size(max = 5000) String note) {
}
