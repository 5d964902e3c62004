package org.multistakeholder.signatories.endorsement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An organization's endorsement of a statement, over one period")
public record EndorsementView(
        @Schema(description = "Identifier", example = "31") Long id,
        @Schema(description = "The statement endorsed (statements-service)", example = "2") long statementId,
        @Schema(description = "The endorsing organization", example = "7") Long organizationId,
        @Schema(description = "The day it endorsed", example = "2024-06-11") LocalDate endorsedOn,
        @Schema(description = "The day it withdrew, if it did; the endorsement is not in force at the end of that day", example = "2024-09-30") LocalDate withdrawnOn,
        @Schema(description = "Whether it is in force today", example = "true") boolean inForce,
        @Schema(description = "Recorded by an editor on the organization's behalf", example = "false") boolean onBehalf,
        @Schema(description = "When it was recorded", example = "2024-06-11T10:15:00Z") Instant recordedAt) {

    public static EndorsementView of(Endorsement endorsement) {
        return new EndorsementView(endorsement.id, endorsement.statementId, endorsement.organization.id, endorsement.endorsedOn,
                endorsement.withdrawnOn, endorsement.isInForceAt(LocalDate.now(ZoneOffset.UTC)), endorsement.onBehalf,
                endorsement.recordedAt);
    }
}
