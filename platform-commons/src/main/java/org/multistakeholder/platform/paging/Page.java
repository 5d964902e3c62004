package org.multistakeholder.platform.paging;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, in the envelope every list endpoint answers with. */
@Schema(description = "One page of a list")
public record Page<T>(
        @Schema(description = "The items of this page", maxItems = PageRequest.MAX_SIZE) List<T> items,
        @Schema(description = "The page number, from 0", example = "0", minimum = "0", maximum = "" + PageRequest.MAX_PAGE) int page,
        @Schema(description = "The page size asked for", example = "20", minimum = "1", maximum = "" + PageRequest.MAX_SIZE) int size,
        @Schema(description = "How many items match, on all pages", example = "57", minimum = "0") long total,
        @Schema(description = "Give this as 'after' (with the same 'sort' and filters) to read the next page; left out on the last page",
                example = PageCursor.EXAMPLE, maxLength = PageCursor.MAX_LENGTH) String next) {
}
