package org.multistakeholder.signatories.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.multistakeholder.platform.text.Name;

/** What an organization says about itself, at registration and when it edits its profile. */
@Schema(description = "An organization's profile: what it registers with and what it may later edit")
@JsonIgnoreProperties({ "id", "status", "version", "createdAt", "updatedAt" })
public record OrganizationProfile(
        @Schema(description = "Full name, unique ignoring case and accents", example = "Asia Pacific Network Information Centre")
        @Name @NotBlank @Size(max = 300) String name,
        @Schema(description = "Short name or acronym", example = "APNIC") @Name @Size(max = 100) String shortName,
        @Schema(description = "ISO 3166-1 alpha-2 country code, upper case", example = "AU")
        @NotNull @Size(max = 2)
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in upper case, such as AU") String country,
        @Schema(description = "Web site, an http or https URL", example = "https://www.apnic.net")
        @NotBlank @Size(max = 500) @Pattern(regexp = "https?://[^\\s/?#]+\\.[^\\s]*", message = "must be an http or https URL") String website,
        @Schema(description = "What kind of organization it is", example = "RIR") @NotNull OrganizationKind kind,
        @Schema(description = "Who to contact about the organization") @NotNull @Valid ContactDetails contact) {
}
