package org.multistakeholder.signatories.organization;

public enum OrganizationStatus {
    PENDING,
    VERIFIED,
    SUSPENDED
}
