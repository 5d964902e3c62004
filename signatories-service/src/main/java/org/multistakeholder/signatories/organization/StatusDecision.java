package org.multistakeholder.signatories.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An editor's decision on an organization: verify (PENDING to VERIFIED), suspend (to SUSPENDED) or reinstate (SUSPENDED to VERIFIED)")
public record StatusDecision(
        @Schema(description = "The status the organization moves to: VERIFIED or SUSPENDED", example = "VERIFIED") @NotNull OrganizationStatus status,
        @Schema(description = "Why; kept in the history", example = "Membership of the coalition confirmed by its secretariat") @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "The day the decision takes effect, today or earlier; today when omitted", example = "2024-06-11") LocalDate effectiveOn) {
}
