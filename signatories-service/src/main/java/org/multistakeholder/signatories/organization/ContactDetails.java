package org.multistakeholder.signatories.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.multistakeholder.platform.text.Name;

@Schema(description = "The person the platform's editors contact about the organization; shown only to the organization itself and to editors")
public record ContactDetails(
        @Schema(description = "Full name", example = "Jane Doe") @Name @NotBlank @Size(max = 200) String name,
        @Schema(description = "Email address", example = "jane.doe@example.org") @NotBlank @Email @Size(max = 320) String email) {
}
