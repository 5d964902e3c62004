package org.multistakeholder.statements.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A statement with its current text")
public record StatementView(
        @Schema(description = "Identifier", example = "1") Long id,
        @Schema(description = "What kind of statement it is", example = "SUMMIT") StatementKind kind,
        @Schema(description = "Where it is in its lifecycle; OPEN_FOR_SIGNATURE means endorsements may be recorded",
                example = "PUBLISHED") StatementStatus status,
        @Schema(description = "The statuses it may move to from here", example = "[\"WITHDRAWN\"]",
                maxItems = 5) Set<StatementStatus> allowedTransitions,
        @Schema(description = "Title", example = "2024 Contracted Parties Summit Statement", maxLength = 500) String title,
        @Schema(description = "The body that issues it", example = "ICANN Contracted Parties (gTLD Registrars and Registries)",
            maxLength = 500) String issuingBody,
        @Schema(description = "The date it was issued, if it has been", example = "2024-05-09") LocalDate issuedOn,
        @Schema(description = "For a summit statement: the event it came out of") EventFacts event,
        @Schema(description = "When it takes public comments, if it does") CommentPeriodView commentPeriod,
        @Schema(description = "The number of the version the text below is", example = "1") int currentVersion,
        @Schema(description = "Text before the numbered clauses", example = "ICANN Contracted Parties ... met in Paris over May 7 - 9 ...",
            maxLength = 100000) String preamble,
        @Schema(description = "The numbered clauses, in order", maxItems = 500) List<ClauseText> clauses,
        @Schema(description = "Text after the numbered clauses", example = "We offer this statement for consideration ...",
            maxLength = 100000) String closingText,
        @Schema(description = "When it was created here", example = "2024-05-09T12:00:00Z") Instant createdAt,
        @Schema(description = "When it was last changed here", example = "2024-05-09T12:00:00Z") Instant updatedAt) {

    static StatementView of(Statement statement, StatementVersion text, Instant now) {
        return new StatementView(statement.id, statement.kind, statement.status,
                StatementLifecycle.allowedFrom(statement.status), statement.title, statement.issuingBody,
                statement.issuedOn, EventFacts.of(statement), CommentPeriodView.of(statement, now),
                statement.currentVersion, text.preamble, text.clauses.stream().map(ClauseText::of).toList(),
                text.closingText, statement.createdAt, statement.updatedAt);
    }
}
