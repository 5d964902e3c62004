package org.multistakeholder.statements.statement;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A statement as it appears in lists")
public record StatementSummary(
        @Schema(description = "Identifier", example = "2") Long id,
        @Schema(description = "What kind of statement it is", example = "COALITION") StatementKind kind,
        @Schema(description = "Where it is in its lifecycle", example = "OPEN_FOR_SIGNATURE") StatementStatus status,
        @Schema(description = "Title", example = "A technical community coalition for multistakeholderism (TCCM)", maxLength = 500) String title,
        @Schema(description = "The body that issues it", example = "Technical community coalition for multistakeholderism",
            maxLength = 500) String issuingBody,
        @Schema(description = "The date it was issued, if it has been", example = "2024-06-11") LocalDate issuedOn) {

    public static StatementSummary of(Statement statement) {
        return new StatementSummary(statement.id, statement.kind, statement.status, statement.title,
                statement.issuingBody, statement.issuedOn);
    }
}
