package org.multistakeholder.signatories.organization;

import static org.multistakeholder.signatories.organization.OrganizationStatus.PENDING;
import static org.multistakeholder.signatories.organization.OrganizationStatus.SUSPENDED;
import static org.multistakeholder.signatories.organization.OrganizationStatus.VERIFIED;

import java.util.Optional;

/**
 * Which status changes editors may make. A registration starts PENDING; editors verify it, or suspend it
 * if it should not be verified; a verified organization may be suspended and a suspended one reinstated.
 * Nothing goes back to PENDING: that state only means "not yet looked at".
 */
public final class StatusTransitions {

    private StatusTransitions() {
    }

    /** The name of the change from {@code from} to {@code to}, or empty when it is not allowed. */
    public static Optional<StatusAction> action(OrganizationStatus from, OrganizationStatus to) {
        if (from == PENDING && to == VERIFIED) {
            return Optional.of(StatusAction.VERIFY);
        }
        if ((from == PENDING || from == VERIFIED) && to == SUSPENDED) {
            return Optional.of(StatusAction.SUSPEND);
        }
        if (from == SUSPENDED && to == VERIFIED) {
            return Optional.of(StatusAction.REINSTATE);
        }
        return Optional.empty();
    }

    public enum StatusAction {
        REGISTER,
        VERIFY,
        SUSPEND,
        REINSTATE
    }
}
