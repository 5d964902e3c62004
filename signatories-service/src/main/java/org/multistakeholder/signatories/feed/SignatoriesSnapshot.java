package org.multistakeholder.signatories.feed;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.multistakeholder.platform.feed.FeedCursor;
import org.multistakeholder.signatories.endorsement.EndorsementView;
import org.multistakeholder.signatories.organization.OrganizationView;

@Schema(description = "The organizations and the endorsements in force as they are now, and the feed cursor that follows on from exactly "
        + "this state. Anyone sees the verified organizations and their endorsements; editors see all, with contacts.")
public record SignatoriesSnapshot(
        @Schema(description = "Read the feed from here (send this cursor as after) for the changes since", example = FeedCursor.EXAMPLE,
                maxLength = FeedCursor.MAX_LENGTH) String cursor,
        @Schema(description = "The organizations, by id") List<OrganizationView> organizations,
        @Schema(description = "The endorsements in force (not withdrawn), by id") List<EndorsementView> endorsements) {
}
