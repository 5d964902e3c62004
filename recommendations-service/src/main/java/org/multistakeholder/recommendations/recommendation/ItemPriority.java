package org.multistakeholder.recommendations.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The priority the community gave one item of a recommendation. "
        + "An item prioritised in part at two levels appears twice, once per level, with inPart true.")
public record ItemPriority(
        @Schema(description = "The item as the recommendation labels it", example = "4")
        @NotBlank @Size(max = 20) String item,
        @Schema(description = "Its priority", example = "P1") @NotNull Priority priority,
        @Schema(description = "True when only part of the item has this priority; false when omitted", example = "true") Boolean inPart) {

    static ItemPriority of(ItemPriorityColumns columns) {
        return new ItemPriority(columns.item, columns.priority, columns.inPart);
    }

    ItemPriorityColumns toColumns() {
        ItemPriorityColumns columns = new ItemPriorityColumns();
        columns.item = item.trim();
        columns.priority = priority;
        columns.inPart = Boolean.TRUE.equals(inPart);
        return columns;
    }
}
