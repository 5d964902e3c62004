package org.multistakeholder.statements.draftinggroup;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.multistakeholder.platform.text.Name;

@Schema(description = "A drafting-group member as an editor writes it")
@JsonIgnoreProperties({ "id", "statementId" })
public record MemberDetails(
        @Schema(description = "Full name", example = "Vittorio Bertola") @Name @NotBlank @Size(max = 200) String name,
        @Schema(description = "Chair or member, as the source gives it", example = "CHAIR") @NotNull MemberRole role,
        @Schema(description = "The stakeholder group or constituency the member represents", example = "At-Large Advisory Committee")
        @NotBlank @Size(max = 300) String stakeholderGroup,
        @Schema(description = "The organization the member belongs to, where given", example = "NeuLevel, Inc.") @Size(max = 300) String affiliation,
        @Schema(description = "Contact email; only ever shown to editors", example = "vb@bertola.eu.org") @Email @Size(max = 320) String email,
        @Schema(description = "Place in the group's list, from 1; left out, the member goes last", example = "1") @Positive Integer position) {
}
