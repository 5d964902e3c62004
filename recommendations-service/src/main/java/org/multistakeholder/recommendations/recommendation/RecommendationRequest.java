package org.multistakeholder.recommendations.recommendation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The status is not part of it: it only changes through the status history. */
@Schema(description = "A recommendation to create, or its new content")
@JsonIgnoreProperties(value = { "id", "reviewCode", "status", "statusSince", "version", "createdAt", "updatedAt" })
public record RecommendationRequest(
        @Schema(description = "Its number within the review, unique there", example = "13")
        @NotNull @Positive @Max(1_000_000) Integer number,
        @Schema(description = "What the review recommends", example = "Formalize and promote ongoing data collection.")
        @NotBlank @Size(max = 20000) String description,
        @Schema(description = "Notes; left out for none (the tracker's N/A)", example = "See implementation documentation.")
        @Size(max = 20000) String notes,
        @Schema(description = "The priority of the whole recommendation; left out when none was assigned or its items are prioritised separately", example = "P1")
        Priority priority,
        @Schema(description = "Priorities of single items, in the community's order; empty or omitted when none")
        @Size(max = 100) List<@Valid @NotNull ItemPriority> itemPriorities) {

    List<ItemPriority> itemPrioritiesOrNone() {
        return itemPriorities == null ? List.of() : itemPriorities;
    }
}
