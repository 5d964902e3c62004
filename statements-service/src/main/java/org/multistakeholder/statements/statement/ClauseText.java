package org.multistakeholder.statements.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A numbered clause: a commitment of a summit statement, a paragraph of a draft")
public record ClauseText(
        @Schema(description = "Its number, from 1", example = "1") @NotNull @Positive Integer number,
        @Schema(description = "Its text", example = "ICANN is a bottom up, consensus based, participatory global organization, ...")
        @NotBlank @Size(max = 20000) String text) {

    static ClauseText of(Clause clause) {
        return new ClauseText(clause.number, clause.text);
    }
}
