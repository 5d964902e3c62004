package org.multistakeholder.signatories.feed;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.multistakeholder.platform.feed.EventFeed;
import org.multistakeholder.platform.feed.FeedCursor;
import org.multistakeholder.platform.feed.FeedPage;
import org.multistakeholder.platform.feed.FeedQuery;
import org.multistakeholder.platform.feed.FeedSnapshots;
import org.multistakeholder.platform.parameters.QueryParameters;
import org.multistakeholder.signatories.access.Callers;
import org.multistakeholder.signatories.endorsement.Endorsement;
import org.multistakeholder.signatories.endorsement.EndorsementView;
import org.multistakeholder.signatories.organization.Organization;
import org.multistakeholder.signatories.organization.OrganizationStatus;
import org.multistakeholder.signatories.organization.OrganizationView;

import io.quarkus.panache.common.Sort;

@Path("/api/feed/signatories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed", description = "Every change to organizations and endorsements, in commit order")
public class SignatoriesFeedResource {

    static final String SNAPSHOT = "/api/feed/signatories/snapshot";

    private final EventFeed feed;
    private final FeedSnapshots snapshots;
    private final Callers callers;

    SignatoriesFeedResource(EventFeed feed, FeedSnapshots snapshots, Callers callers) {
        this.feed = feed;
        this.snapshots = snapshots;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "readSignatoriesFeed", summary = "Follow the changes",
            description = "The events after the cursor, oldest first, in the order their writes committed: a reader that polls with the "
                    + "'next' it got misses none, even of writes that commit out of order. Without a cursor it starts at the first event, "
                    + "which includes what existed before the feed did. Events are kept for the retention (30 days unless configured); "
                    + "a cursor older than that is a 410 whose problem names the snapshot to start again from. Types: "
                    + "organization.registered and organization.api-key-rotated (editors only), organization.verified, "
                    + "organization.suspended, organization.reinstated, organization.profile-changed (public once the organization "
                    + "has been verified), endorsement.added and endorsement.withdrawn (public while the organization is verified). "
                    + "Anyone sees the public events; editors see all. After organization.verified or organization.reinstated, read "
                    + "that organization's endorsements: they are in the public lists again.")
    @APIResponse(responseCode = "200", description = "The events after the cursor and the cursor to go on from")
    @APIResponse(responseCode = "401", description = "A bearer token or API key was sent and is not valid")
    @APIResponse(responseCode = "410", description = "Events after this cursor were purged; the problem's 'snapshot' names where to start again")
    public FeedPage read(
            @Parameter(description = "The 'next' of the previous read; leave out to start at the first event", example = FeedCursor.EXAMPLE,
                schema = @Schema(type = SchemaType.STRING, maxLength = FeedCursor.MAX_LENGTH)) @QueryParam("after") String after,
            @Parameter(description = "At most this many events", example = "100",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "100"))
                @QueryParam("limit") String limit,
            @Parameter(description = "Only events of these types, comma-separated", example = "endorsement.added,endorsement.withdrawn",
                schema = @Schema(type = SchemaType.STRING, maxLength = QueryParameters.MAX_TEXT_LENGTH)) @QueryParam("type") String type,
            @Parameter(description = "Only the endorsements of this statement", example = "2",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                @QueryParam("statementId") String statementId,
            @Parameter(hidden = true) @HeaderParam(Callers.API_KEY_HEADER) String apiKey) {
        boolean editor = callers.identify(apiKey).isEditor();
        Long statement = QueryParameters.id("statementId", statementId);
        return feed.read(FeedQuery.of(after, limit, type, List.of(SignatoriesEvent.values()), "statementId",
                statement == null ? null : statement.toString(), editor), SNAPSHOT);
    }

    @GET
    @Path("/snapshot")
    @Operation(operationId = "readSignatoriesSnapshot", summary = "Start again from the lists as they are",
            description = "The organizations and the endorsements in force as they are now, read in one transaction, with the feed "
                    + "cursor that goes on from exactly this state. Anyone sees verified organizations and their endorsements; editors "
                    + "see every organization, with its contact.")
    @APIResponse(responseCode = "200", description = "The lists and their cursor")
    @APIResponse(responseCode = "401", description = "A bearer token or API key was sent and is not valid")
    public SignatoriesSnapshot snapshot(@Parameter(hidden = true) @HeaderParam(Callers.API_KEY_HEADER) String apiKey) {
        boolean editor = callers.identify(apiKey).isEditor();
        return snapshots.take(cursor -> new SignatoriesSnapshot(cursor,
                (editor ? Organization.<Organization>listAll(Sort.by("id"))
                        : Organization.<Organization>list("status", Sort.by("id"), OrganizationStatus.VERIFIED))
                        .stream().map(o -> OrganizationView.of(o, editor)).toList(),
                Endorsement.<Endorsement>find("from Endorsement e join fetch e.organization o where e.withdrawnOn is null"
                                + (editor ? "" : " and o.status = ?1") + " order by e.id", editor ? new Object[0] : new Object[] {OrganizationStatus.VERIFIED})
                        .stream().map(EndorsementView::of).toList()));
    }
}
