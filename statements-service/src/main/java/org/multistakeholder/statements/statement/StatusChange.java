package org.multistakeholder.statements.statement;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The status a statement is to move to")
public record StatusChange(
        @Schema(description = "The new status; it must be one of the statement's allowedTransitions", example = "OPEN_FOR_SIGNATURE")
        @NotNull StatementStatus status) {
}
