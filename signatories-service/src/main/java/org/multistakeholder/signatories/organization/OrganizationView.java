package org.multistakeholder.signatories.organization;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "An organization. 'contact' is present only for the organization itself and for editors.")
public record OrganizationView(
        @Schema(description = "Identifier", example = "7") Long id,
        @Schema(description = "Full name", example = "Asia Pacific Network Information Centre", maxLength = 300) String name,
        @Schema(description = "Short name or acronym", example = "APNIC", maxLength = 100) String shortName,
        @Schema(description = "ISO 3166-1 alpha-2 country code", example = "AU", maxLength = 2) String country,
        @Schema(description = "Web site", example = "https://www.apnic.net", maxLength = 500) String website,
        @Schema(description = "What kind of organization it is", example = "RIR") OrganizationKind kind,
        @Schema(description = "PENDING until an editor verifies it; only VERIFIED organizations appear in public lists", example = "VERIFIED") OrganizationStatus status,
        @Schema(description = "Who to contact; only for the organization itself and editors")
        @JsonInclude(JsonInclude.Include.NON_NULL) ContactDetails contact,
        @Schema(description = "Version, also sent as the ETag", example = "3") long version,
        @Schema(description = "When it registered", example = "2024-06-01T09:30:00Z") Instant createdAt,
        @Schema(description = "When its profile or status last changed", example = "2024-06-03T14:00:00Z") Instant updatedAt) {

    public static OrganizationView of(Organization organization, boolean withContact) {
        ContactDetails contact = withContact && organization.contactEmail != null
                ? new ContactDetails(organization.contactName, organization.contactEmail)
                : null;
        return new OrganizationView(organization.id, organization.name, organization.shortName, organization.country,
                organization.website, organization.kind, organization.status, contact, organization.version,
                organization.createdAt, organization.updatedAt);
    }
}
