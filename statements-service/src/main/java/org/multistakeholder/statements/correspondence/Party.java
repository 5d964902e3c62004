package org.multistakeholder.statements.correspondence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.multistakeholder.platform.text.Name;

@Schema(description = "The sender or recipient of a letter")
public record Party(
        @Schema(description = "Full name", example = "Alejandra Reynoso") @Name @NotBlank @Size(max = 200) String name,
        @Schema(description = "Title or role, as the letter gives it", example = "Chair") @Size(max = 500) String title,
        @Schema(description = "Organization", example = "Country Code Names Supporting Organization (ccNSO) Council") @Size(max = 500) String organization) {
}
