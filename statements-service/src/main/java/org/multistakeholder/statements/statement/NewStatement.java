package org.multistakeholder.statements.statement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A statement to create; it starts as a DRAFT")
public record NewStatement(
        @Schema(description = "What kind of statement it is", example = "SUMMIT") @NotNull StatementKind kind,
        @Schema(description = "Title", example = "2024 Contracted Parties Summit Statement") @NotBlank @Size(max = 500) String title,
        @Schema(description = "The body that issues it", example = "ICANN Contracted Parties") @NotBlank @Size(max = 500) String issuingBody,
        @Schema(description = "The date it was issued, if it has been", example = "2024-05-09") LocalDate issuedOn) {
}
