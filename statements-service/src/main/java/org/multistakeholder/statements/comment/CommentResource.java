package org.multistakeholder.statements.comment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.multistakeholder.platform.http.EntityTags;
import org.multistakeholder.platform.openapi.ApiDocumentConventions;
import org.multistakeholder.platform.openapi.SortParameters;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.parameters.QueryParameters;
import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.platform.security.Roles;
import org.multistakeholder.statements.statement.StatementResource;
import org.multistakeholder.statements.web.Callers;
import org.multistakeholder.statements.web.Versioned;

import io.quarkus.security.UnauthorizedException;

@Path("/api/statements/{statementId}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Public comments on statements open for comment, and their moderation")
public class CommentResource {

    private final CommentService comments;
    private final Callers callers;

    CommentResource(CommentService comments, Callers callers) {
        this.comments = comments;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listComments", extensions = @Extension(name = SortParameters.SORTABLE, value = "postedAt, id, clauseNumber, versionNumber"),
            summary = "List comments on a statement",
            description = "Comments in the order they were posted unless 'sort' says otherwise. Hidden comments "
                    + "are left out; editors may ask for them with includeHidden=true. Commenters' emails are only given to editors.")
    @APIResponse(responseCode = "200", description = "One page of comments")
    @APIResponse(responseCode = "401", description = "includeHidden=true without a valid editor token")
    @APIResponse(responseCode = "403", description = "includeHidden=true with a token that is not an editor's")
    @APIResponse(responseCode = "404", description = "The statement is unknown: " + StatementResource.UNSEEN)
    public Page<CommentView> list(@Parameter(description = "Statement id", example = "3") @PathParam("statementId") long statementId,
            @BeanParam PageRequest page,
            @Parameter(description = "Only comments on this clause", example = "10",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "2147483647"))
                    @QueryParam("clause") String clause,
            @Parameter(description = "Only comments made on this version of the text", example = "1",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "2147483647"))
                    @QueryParam("version") String version,
            @Parameter(description = "Editors only: include hidden comments", example = "false",
                schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("includeHidden") String includeHidden) {
        boolean withHidden = flag("includeHidden", includeHidden);
        if (withHidden && !callers.isEditor()) {
            if (callers.isAnonymous()) {
                throw new UnauthorizedException();
            }
            throw Problems.forbidden("Only editors may see hidden comments");
        }
        return comments.list(statementId, QueryParameters.positiveNumber("clause", clause),
                QueryParameters.positiveNumber("version", version), withHidden, callers.isEditor(), page);
    }

    @GET
    @Path("/{commentId}")
    @Operation(operationId = "getComment",
            summary = "Read a comment", description = "One comment. A hidden comment is only shown to editors; its ETag is what moderation "
            + "must send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The comment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "404", description = "No such comment on this statement, it is hidden, or " + StatementResource.UNSEEN)
    public Response get(@Parameter(description = "Statement id", example = "3") @PathParam("statementId") long statementId,
            @Parameter(description = "Comment id", example = "1") @PathParam("commentId") long commentId) {
        return comments.get(statementId, commentId, callers.isEditor()).ok();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // An anonymous write: the gateway limits it per client address.
    @Operation(operationId = "postComment", extensions = @Extension(name = ApiDocumentConventions.RATE_LIMITED, value = "true", parseValue = true),
            summary = "Post a comment",
            description = "Anyone may comment while the statement's comment period is open and the statement is OPEN_FOR_COMMENT. The "
                    + "comment is recorded against the current version of the text and, if given, one of its clauses. It is public at once; "
                    + "the email is kept for editors only. Outside the period the answer is 409 with the period's opensAt and closesAt.")
    @APIResponse(responseCode = "201", description = "Posted; Location names the comment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed, a field is invalid, or the clause does not exist")
    @APIResponse(responseCode = "404", description = "The statement is unknown: " + StatementResource.UNSEEN)
    @APIResponse(responseCode = "409", description = "The statement takes no comments now; when outside its period the problem carries "
            + "opensAt and closesAt")
    public Response post(@Parameter(description = "Statement id", example = "3") @PathParam("statementId") long statementId,
            @Valid @NotNull NewComment request, @Context UriInfo uri) {
        Versioned<CommentView> posted = comments.post(statementId, request);
        return Response.created(uri.getBaseUriBuilder().path("api/statements/{statementId}/comments/{commentId}")
                .build(statementId, posted.body().id()))
                .entity(posted.body()).tag(EntityTags.of(posted.version())).build();
    }

    @PUT
    @Path("/{commentId}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "moderateComment", summary = "Hide or show a comment",
            description = "Hides a comment from public lists (a reason is required) or shows it again. Requires If-Match. Editors only.")
    @APIResponse(responseCode = "200", description = "The comment as editors see it, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed or the reason is missing")
    @APIResponse(responseCode = "404", description = "No such comment on this statement")
    @APIResponse(responseCode = "412", description = "The comment changed since it was read")
    public Response moderate(@Parameter(description = "Statement id", example = "3") @PathParam("statementId") long statementId,
            @Parameter(description = "Comment id", example = "1") @PathParam("commentId") long commentId,
            @Parameter(description = "The ETag of the comment as read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Moderation request) {
        return comments.moderate(statementId, commentId, ifMatch, request).ok();
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw Problems.invalidField(name, "'" + name + "' must be true or false, not '" + value + "'");
    }
}
