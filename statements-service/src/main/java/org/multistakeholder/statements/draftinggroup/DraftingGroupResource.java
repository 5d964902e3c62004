package org.multistakeholder.statements.draftinggroup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.multistakeholder.platform.http.EntityTags;
import org.multistakeholder.platform.openapi.SortParameters;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.security.Roles;
import org.multistakeholder.statements.statement.StatementResource;
import org.multistakeholder.statements.web.Callers;
import org.multistakeholder.statements.web.Versioned;

@Path("/api/statements/{statementId}/drafting-group")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drafting groups", description = "The people who wrote a statement and the stakeholder groups they represent")
public class DraftingGroupResource {

    private final DraftingGroupService group;
    private final Callers callers;

    DraftingGroupResource(DraftingGroupService group, Callers callers) {
        this.group = group;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listDraftingGroup", extensions = @Extension(name = SortParameters.SORTABLE, value = "position, id, name, role, stakeholderGroup"),
            summary = "List a statement's drafting group",
            description = "Members in the order the source lists them unless 'sort' says otherwise. Emails are only given to editors.")
    @APIResponse(responseCode = "200", description = "One page of members")
    @APIResponse(responseCode = "404", description = "The statement is unknown: " + StatementResource.UNSEEN)
    public Page<MemberView> list(@Parameter(description = "Statement id", example = "3") @PathParam("statementId") long statementId,
            @BeanParam PageRequest page) {
        return group.list(statementId, callers.isEditor(), page);
    }

    @GET
    @Path("/{memberId}")
    @Operation(operationId = "getDraftingGroupMember",
            summary = "Read a drafting-group member", description = "One member; the email only for editors. The ETag is what an "
            + "update must send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "404", description = "No such member of this statement's group, or " + StatementResource.UNSEEN)
    public Response get(@Parameter(description = "Statement id", example = "3") @PathParam("statementId") long statementId,
            @Parameter(description = "Member id", example = "1") @PathParam("memberId") long memberId) {
        return group.get(statementId, memberId, callers.isEditor()).ok();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "addDraftingGroupMember",
            summary = "Add a drafting-group member", description = "Adds a person to the statement's drafting group. Editors only.")
    @APIResponse(responseCode = "201", description = "Added; Location names the member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "404", description = "No statement has this id")
    public Response add(@Parameter(description = "Statement id", example = "3") @PathParam("statementId") long statementId,
            @Valid @NotNull MemberDetails request, @Context UriInfo uri) {
        Versioned<MemberView> added = group.add(statementId, request);
        return Response.created(uri.getBaseUriBuilder().path("api/statements/{statementId}/drafting-group/{memberId}")
                .build(statementId, added.body().id()))
                .entity(added.body()).tag(EntityTags.of(added.version())).build();
    }

    @PUT
    @Path("/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "replaceDraftingGroupMember",
            summary = "Replace a drafting-group member", description = "Replaces what is recorded of a member. Requires If-Match. Editors only.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is in the response",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "404", description = "No such member of this statement's group")
    @APIResponse(responseCode = "412", description = "The member changed since it was read")
    public Response replace(@Parameter(description = "Statement id", example = "3") @PathParam("statementId") long statementId,
            @Parameter(description = "Member id", example = "1") @PathParam("memberId") long memberId,
            @Parameter(description = "The ETag of the member as read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MemberDetails request) {
        return group.replace(statementId, memberId, ifMatch, request).ok();
    }

    @DELETE
    @Path("/{memberId}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "removeDraftingGroupMember",
            summary = "Remove a drafting-group member", description = "Removes a person from the group. Requires If-Match. Editors only.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such member of this statement's group")
    @APIResponse(responseCode = "412", description = "The member changed since it was read")
    public Response remove(@Parameter(description = "Statement id", example = "3") @PathParam("statementId") long statementId,
            @Parameter(description = "Member id", example = "1") @PathParam("memberId") long memberId,
            @Parameter(description = "The ETag of the member as read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        group.remove(statementId, memberId, ifMatch);
        return Response.noContent().build();
    }
}
