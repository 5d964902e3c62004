package org.multistakeholder.signatories.organization;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.multistakeholder.signatories.organization.StatusTransitions.StatusAction;

@Schema(description = "One step of an organization's status history")
public record StatusChangeView(
        @Schema(description = "Identifier", example = "12") Long id,
        @Schema(description = "What happened", example = "VERIFY") StatusAction action,
        @Schema(description = "Status before; absent for the registration", example = "PENDING") OrganizationStatus fromStatus,
        @Schema(description = "Status after", example = "VERIFIED") OrganizationStatus toStatus,
        @Schema(description = "Why", example = "Membership of the coalition confirmed by its secretariat", maxLength = 1000) String reason,
        @Schema(description = "The day it took effect", example = "2024-06-11") LocalDate effectiveOn,
        @Schema(description = "When it was recorded", example = "2024-06-11T10:15:00Z") Instant recordedAt) {

    static StatusChangeView of(StatusChange change) {
        StatusAction action = change.fromStatus == null ? StatusAction.REGISTER
                : StatusTransitions.action(change.fromStatus, change.toStatus).orElseThrow();
        return new StatusChangeView(change.id, action, change.fromStatus, change.toStatus, change.reason,
                change.effectiveOn, change.recordedAt);
    }
}
