package org.multistakeholder.statements.comment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An editor's decision on a comment: hide it (with a reason) or show it again")
public record Moderation(
        @Schema(description = "true hides the comment from public lists; false shows it again", example = "true") @NotNull Boolean hidden,
        @Schema(description = "Why it is hidden; required when hiding", example = "Advertising unrelated to the statement")
        @Size(max = 1000) String reason) {
}
