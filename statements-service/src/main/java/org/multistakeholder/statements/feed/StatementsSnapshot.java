package org.multistakeholder.statements.feed;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.multistakeholder.platform.feed.FeedCursor;
import org.multistakeholder.statements.correspondence.LetterSummary;
import org.multistakeholder.statements.statement.StatementSummary;

@Schema(description = "Every statement and letter as they are now, and the feed cursor that follows on from exactly this state")
public record StatementsSnapshot(
        @Schema(description = "Read the feed from here (send this cursor as after) for the changes since", example = FeedCursor.EXAMPLE,
                maxLength = FeedCursor.MAX_LENGTH) String cursor,
        @Schema(description = "Every statement the caller may read, by id (a draft not yet public only for editors)") List<StatementSummary> statements,
        @Schema(description = "Every letter, by id") List<LetterSummary> letters) {
}
