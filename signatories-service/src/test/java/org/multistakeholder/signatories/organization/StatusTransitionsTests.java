package org.multistakeholder.signatories.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.multistakeholder.signatories.organization.StatusTransitions.StatusAction;

class StatusTransitionsTests {

    @Test
    void shouldAllowVerifySuspendAndReinstateOnly() {
        assertEquals(Optional.of(StatusAction.VERIFY), StatusTransitions.action(OrganizationStatus.PENDING, OrganizationStatus.VERIFIED));
        assertEquals(Optional.of(StatusAction.SUSPEND), StatusTransitions.action(OrganizationStatus.PENDING, OrganizationStatus.SUSPENDED));
        assertEquals(Optional.of(StatusAction.SUSPEND), StatusTransitions.action(OrganizationStatus.VERIFIED, OrganizationStatus.SUSPENDED));
        assertEquals(Optional.of(StatusAction.REINSTATE), StatusTransitions.action(OrganizationStatus.SUSPENDED, OrganizationStatus.VERIFIED));
    }

    @Test
    void shouldRefuseStandingStillAndGoingBackToPending() {
        for (OrganizationStatus from : OrganizationStatus.values()) {
            assertTrue(StatusTransitions.action(from, from).isEmpty(), from.name());
            assertTrue(StatusTransitions.action(from, OrganizationStatus.PENDING).isEmpty(), from.name());
        }
    }
}
