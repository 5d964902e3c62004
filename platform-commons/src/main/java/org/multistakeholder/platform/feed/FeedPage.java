package org.multistakeholder.platform.feed;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Events in commit order, oldest first, and the cursor to read on from")
public record FeedPage(
        @Schema(description = "The events after the cursor, at most 'limit'", maxItems = FeedQuery.MAX_LIMIT) List<Event> items,
        @Schema(description = "Where the next read starts (send it as after); given even when there are no events, so a client polls with "
                + "the latest one it got", example = FeedCursor.EXAMPLE, maxLength = FeedCursor.MAX_LENGTH) String next) {
}
