package org.multistakeholder.statements.statement;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One version of a statement's text, whole")
public record VersionView(
        @Schema(description = "The statement it is a version of", example = "3") Long statementId,
        @Schema(description = "Its number, from 1", example = "1") int number,
        @Schema(description = "When it was written", example = "2004-12-05T00:00:00Z") Instant createdAt,
        @Schema(description = "What changed", example = "First version", maxLength = 1000) String changeNote,
        @Schema(description = "Whether it is the statement's current text", example = "true") boolean current,
        @Schema(description = "Text before the numbered clauses", example = "ICANN Contracted Parties ... met in Paris ...",
            maxLength = 100000) String preamble,
        @Schema(description = "The numbered clauses, in order", maxItems = 500) List<ClauseText> clauses,
        @Schema(description = "Text after the numbered clauses", example = "We offer this statement ...", maxLength = 100000) String closingText) {

    static VersionView of(StatementVersion version, int currentVersion) {
        return new VersionView(version.statementId, version.number, version.createdAt, version.changeNote,
                version.number == currentVersion, version.preamble,
                version.clauses.stream().map(ClauseText::of).toList(), version.closingText);
    }
}
