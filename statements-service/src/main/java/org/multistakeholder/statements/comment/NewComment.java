package org.multistakeholder.statements.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.multistakeholder.platform.text.Name;

@Schema(description = "A comment anyone may post while a statement's comment period is open")
@JsonIgnoreProperties({ "id", "statementId", "versionNumber", "postedAt" })
public record NewComment(
        @Schema(description = "The commenter's name, shown publicly", example = "Jane Doe") @Name @NotBlank @Size(max = 200) String authorName,
        @Schema(description = "Who the commenter speaks for, shown publicly", example = "Example Registry") @Size(max = 300) String affiliation,
        @Schema(description = "How editors may reach the commenter; never shown publicly", example = "jane@example.org")
        @Email @Size(max = 320) String email,
        @Schema(description = "The clause of the current text the comment is on; leave out for the statement as a whole", example = "10")
        @Positive Integer clauseNumber,
        @Schema(description = "The comment", example = "Clause 10 should name the Memorandum of Understanding in full.")
        @NotBlank @Size(max = 20000) String text) {
}
