package org.multistakeholder.signatories.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A verified organization as it appears in public lists")
public record OrganizationSummary(
        @Schema(description = "Identifier", example = "7") Long id,
        @Schema(description = "Full name", example = "Asia Pacific Network Information Centre") String name,
        @Schema(description = "Short name or acronym", example = "APNIC") String shortName,
        @Schema(description = "ISO 3166-1 alpha-2 country code", example = "AU") String country) {

    static OrganizationSummary of(Organization organization) {
        return new OrganizationSummary(organization.id, organization.name, organization.shortName, organization.country);
    }
}
