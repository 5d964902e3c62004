package org.multistakeholder.statements.statement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What an editor writes of a statement, on creation and on replacement. The read-only fields of the
 * representation are accepted and ignored, so a client can send back what it read with its changes.
 */
@Schema(description = "A statement as an editor writes it. Only kind, title and issuingBody are required.")
@JsonIgnoreProperties({ "id", "status", "currentVersion", "allowedTransitions", "createdAt", "updatedAt" })
public record StatementContent(
        @Schema(description = "What kind of statement it is", example = "SUMMIT") @NotNull StatementKind kind,
        @Schema(description = "Title", example = "2024 Contracted Parties Summit Statement") @NotBlank @Size(max = 500) String title,
        @Schema(description = "The body that issues it", example = "ICANN Contracted Parties (gTLD Registrars and Registries)")
        @NotBlank @Size(max = 500) String issuingBody,
        @Schema(description = "The date it was issued, if it has been", example = "2024-05-09") LocalDate issuedOn,
        @Schema(description = "For a summit statement: the event it came out of") @Valid EventFacts event,
        @Schema(description = "When it takes public comments, if it does") @Valid CommentPeriodFacts commentPeriod,
        @Schema(description = "Text before the numbered clauses",
                example = "ICANN Contracted Parties (gTLD Registrars and Registries) met in Paris over May 7 - 9 ...")
        @Size(max = 100000) String preamble,
        @Schema(description = "The numbered clauses, each number once") @Valid @Size(max = 500) List<@NotNull ClauseText> clauses,
        @Schema(description = "Text after the numbered clauses",
                example = "We offer this statement for consideration by the ICANN Community ...") @Size(max = 100000) String closingText,
        @Schema(description = "What changed, recorded with the new version when the text changes",
                example = "Clause 10 reworded after comments") @Size(max = 1000) String changeNote) {

    List<ClauseText> clausesOrNone() {
        return clauses == null ? List.of() : clauses;
    }
}
