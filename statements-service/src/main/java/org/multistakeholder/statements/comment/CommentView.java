package org.multistakeholder.statements.comment;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A comment on a statement. email and the moderation fields are only given to editors.")
public record CommentView(
        @Schema(description = "Identifier", example = "1") Long id,
        @Schema(description = "The statement commented on", example = "3") Long statementId,
        @Schema(description = "The version of the text it was made on", example = "1") int versionNumber,
        @Schema(description = "The clause it is on, if any", example = "10") Integer clauseNumber,
        @Schema(description = "The commenter's name", example = "Jane Doe", maxLength = 200) String authorName,
        @Schema(description = "Who the commenter speaks for", example = "Example Registry", maxLength = 300) String affiliation,
        @Schema(description = "The comment", example = "Clause 10 should name the Memorandum of Understanding in full.",
            maxLength = 20000) String text,
        @Schema(description = "When it was posted", example = "2005-02-01T10:15:00Z") Instant postedAt,
        @Schema(description = "Editors only: the commenter's email", example = "jane@example.org", maxLength = 320)
        @JsonInclude(JsonInclude.Include.NON_NULL) String email,
        @Schema(description = "Editors only: whether it is hidden from the public", example = "false")
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean hidden,
        @Schema(description = "Editors only: why it was hidden", example = "Advertising unrelated to the statement", maxLength = 1000)
        @JsonInclude(JsonInclude.Include.NON_NULL) String hiddenReason,
        @Schema(description = "Editors only: when it was hidden", example = "2005-02-02T08:00:00Z")
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant hiddenAt) {

    static CommentView of(Comment comment, boolean forEditor) {
        return new CommentView(comment.id, comment.statementId, comment.versionNumber, comment.clauseNumber, comment.authorName,
                comment.affiliation, comment.text, comment.postedAt,
                forEditor ? comment.email : null,
                forEditor ? comment.hidden : null,
                forEditor ? comment.hiddenReason : null,
                forEditor ? comment.hiddenAt : null);
    }
}
