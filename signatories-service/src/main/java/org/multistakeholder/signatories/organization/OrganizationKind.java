package org.multistakeholder.signatories.organization;

/** What an organization is, in the Internet-governance community's own categories. */
public enum OrganizationKind {
    REGISTRY,
    REGISTRAR,
    RIR,
    CCTLD_MANAGER,
    COMPANY,
    CIVIL_SOCIETY,
    ACADEMIC,
    GOVERNMENT,
    OTHER
}
