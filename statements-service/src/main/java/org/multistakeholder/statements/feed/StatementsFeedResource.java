package org.multistakeholder.statements.feed;

import java.util.List;

import jakarta.ws.rs.GET;
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
import org.multistakeholder.statements.correspondence.Letter;
import org.multistakeholder.statements.correspondence.LetterSummary;
import org.multistakeholder.statements.statement.Statement;
import org.multistakeholder.statements.statement.StatementSummary;
import org.multistakeholder.statements.web.Callers;

import io.quarkus.panache.common.Sort;

@Path("/api/feed/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed", description = "Every change to statements, comments, drafting groups and letters, in commit order")
public class StatementsFeedResource {

    static final String SNAPSHOT = "/api/feed/statements/snapshot";
    // A draft is the editors' until it first goes public (Statement.everPublic); then its whole history is public.
    private static final String PUBLIC_STATEMENTS = "select cast(id as text) from statement where ever_public";

    private final EventFeed feed;
    private final FeedSnapshots snapshots;
    private final Callers callers;

    StatementsFeedResource(EventFeed feed, FeedSnapshots snapshots, Callers callers) {
        this.feed = feed;
        this.snapshots = snapshots;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "readStatementsFeed", summary = "Follow the changes",
            description = "The events after the cursor, oldest first, in the order their writes committed: a reader that polls with the "
                    + "'next' it got misses none, even of writes that commit out of order. Without a cursor it starts at the first event, "
                    + "which includes what existed before the feed did. A caller who is not an editor sees the public events of statements "
                    + "that have gone public (a draft is the editors' until it is first opened or published; then its whole history shows). "
                    + "Events are kept for the retention (30 days unless configured); "
                    + "a cursor older than that is a 410 whose problem names the snapshot to start again from. Types: "
                    + "statement.created, statement.updated, statement.status-changed, statement.version-added, "
                    + "statement.comment-period-opened, statement.comment-period-closed, comment.posted, comment.hidden, comment.shown, "
                    + "drafting-group.member-added, drafting-group.member-updated, drafting-group.member-removed, letter.recorded, "
                    + "letter.updated. All are public.")
    @APIResponse(responseCode = "200", description = "The events after the cursor and the cursor to go on from")
    @APIResponse(responseCode = "410", description = "Events after this cursor were purged; the problem's 'snapshot' names where to start again")
    public FeedPage read(
            @Parameter(description = "The 'next' of the previous read; leave out to start at the first event", example = FeedCursor.EXAMPLE,
                schema = @Schema(type = SchemaType.STRING, maxLength = FeedCursor.MAX_LENGTH)) @QueryParam("after") String after,
            @Parameter(description = "At most this many events", example = "100",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "100"))
                @QueryParam("limit") String limit,
            @Parameter(description = "Only events of these types, comma-separated", example = "statement.created,statement.status-changed",
                schema = @Schema(type = SchemaType.STRING, maxLength = QueryParameters.MAX_TEXT_LENGTH)) @QueryParam("type") String type,
            @Parameter(description = "Only events about this statement (its comments and drafting group included)", example = "3",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
                @QueryParam("statementId") String statementId) {
        Long statement = QueryParameters.id("statementId", statementId);
        return feed.read(FeedQuery.of(after, limit, type, List.of(StatementsEvent.values()), "statementId",
                statement == null ? null : statement.toString(), callers.isEditor()), SNAPSHOT, PUBLIC_STATEMENTS);
    }

    @GET
    @Path("/snapshot")
    @Operation(operationId = "readStatementsSnapshot", summary = "Start again from the lists as they are",
            description = "Every statement and letter as they are now, read in one transaction, with the feed cursor that goes on from "
                    + "exactly this state: reading the feed after it gives each change since, none that the lists already show.")
    @APIResponse(responseCode = "200", description = "The lists and their cursor")
    public StatementsSnapshot snapshot() {
        return snapshots.take(cursor -> new StatementsSnapshot(cursor,
                (callers.isEditor() ? Statement.<Statement>listAll(Sort.by("id")) : Statement.<Statement>list("everPublic", Sort.by("id"), true))
                        .stream().map(StatementSummary::of).toList(),
                Letter.<Letter>listAll(Sort.by("id")).stream().map(LetterSummary::of).toList()));
    }
}
