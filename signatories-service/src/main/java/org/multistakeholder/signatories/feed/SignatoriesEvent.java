package org.multistakeholder.signatories.feed;

import org.multistakeholder.platform.feed.EventType;

/**
 * What the signatories feed announces. An organization is public once verified: its registration, the key it rotates
 * and what happens to it before it is verified are for editors; an endorsement is public while its organization is
 * verified. A mirror that sees organization.verified or organization.reinstated reads that organization's endorsements.
 */
public enum SignatoriesEvent implements EventType {
    ORGANIZATION_REGISTERED("organization.registered"),
    ORGANIZATION_VERIFIED("organization.verified"),
    ORGANIZATION_SUSPENDED("organization.suspended"),
    ORGANIZATION_REINSTATED("organization.reinstated"),
    ORGANIZATION_PROFILE_CHANGED("organization.profile-changed"),
    ORGANIZATION_API_KEY_ROTATED("organization.api-key-rotated"),
    ENDORSEMENT_ADDED("endorsement.added"),
    ENDORSEMENT_WITHDRAWN("endorsement.withdrawn");

    private final String type;

    SignatoriesEvent(String type) {
        this.type = type;
    }

    @Override
    public String type() {
        return type;
    }
}
