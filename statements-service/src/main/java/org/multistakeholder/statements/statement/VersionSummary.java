package org.multistakeholder.statements.statement;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One version of a statement's text, as it appears in the list of versions")
public record VersionSummary(
        @Schema(description = "Its number, from 1", example = "2") int number,
        @Schema(description = "When it was written", example = "2005-01-15T10:00:00Z") Instant createdAt,
        @Schema(description = "What changed", example = "Clause 10 reworded after comments", maxLength = 1000) String changeNote,
        @Schema(description = "Whether it is the statement's current text", example = "true") boolean current) {
}
