package org.multistakeholder.signatories.endorsement;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A verified organization whose endorsement of the statement was in force on the day asked for")
public record Signatory(
        @Schema(description = "The organization's id", example = "7") Long organizationId,
        @Schema(description = "Full name", example = "Asia Pacific Network Information Centre", maxLength = 300) String name,
        @Schema(description = "Short name or acronym", example = "APNIC", maxLength = 100) String shortName,
        @Schema(description = "ISO 3166-1 alpha-2 country code", example = "AU", maxLength = 2) String country,
        @Schema(description = "Web site", example = "https://www.apnic.net", maxLength = 500) String website,
        @Schema(description = "The day the endorsement in force began", example = "2024-06-11") LocalDate endorsedOn) {

    static Signatory of(Endorsement endorsement) {
        var organization = endorsement.organization;
        return new Signatory(organization.id, organization.name, organization.shortName, organization.country,
                organization.website, endorsement.endorsedOn);
    }
}
