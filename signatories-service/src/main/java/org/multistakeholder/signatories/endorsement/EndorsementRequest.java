package org.multistakeholder.signatories.endorsement;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@Schema(description = "An endorsement to record. An organization endorsing with its own key may send an empty object: "
        + "it endorses as itself, today. An editor names the organization and may give a past date.")
@JsonIgnoreProperties({ "id", "statementId", "withdrawnOn", "inForce", "onBehalf", "recordedAt" })
public record EndorsementRequest(
        @Schema(description = "The endorsing organization; required of editors, and if an organization sends it, it must be its own id", example = "7") Long organizationId,
        @Schema(description = "The day it endorsed, today or earlier; editors only, today when omitted", example = "2024-06-11") LocalDate endorsedOn) {
}
