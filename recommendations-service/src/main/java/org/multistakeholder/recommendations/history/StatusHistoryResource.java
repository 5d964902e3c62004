package org.multistakeholder.recommendations.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.multistakeholder.platform.openapi.SortParameters;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.security.Roles;

@Path("/api/recommendations/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Status history", description = "Changes of recommendations' statuses, from which every status is derived")
public class StatusHistoryResource {

    private final StatusHistoryService history;

    StatusHistoryResource(StatusHistoryService history) {
        this.history = history;
    }

    @GET
    @Operation(operationId = "listStatusChanges", extensions = @Extension(name = SortParameters.SORTABLE, value = "effectiveOn, recordedAt"),
            summary = "List a recommendation's status changes",
            description = "In effective-date order unless 'sort' says otherwise (effectiveOn, recordedAt). Each change's "
                    + "old status is the new status of the change before it in effective-date order (NOT_STARTED for the first).")
    @APIResponse(responseCode = "200", description = "One page of status changes")
    @APIResponse(responseCode = "404", description = "No recommendation has this id")
    public Page<StatusChangeView> list(@Parameter(description = "Recommendation id", example = "6") @PathParam("id") long id,
            @BeanParam PageRequest page) {
        return history.list(id, page);
    }

    @GET
    @Path("/{changeId}")
    @Operation(operationId = "getStatusChange", summary = "Read one status change", description = "With its old status as the history now stands.")
    @APIResponse(responseCode = "200", description = "The status change")
    @APIResponse(responseCode = "404", description = "No such recommendation, or no such change of it")
    public StatusChangeView get(@Parameter(description = "Recommendation id", example = "6") @PathParam("id") long id,
            @Parameter(description = "Status change id", example = "4") @PathParam("changeId") long changeId) {
        return history.find(id, changeId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "recordStatusChange", summary = "Record a status change",
            description = "Records that the recommendation's status changed on effectiveOn, which may be in the past: "
                    + "a change recorded late takes its place in the history by date, and every status and progress count "
                    + "from that date on follows from it. A change that changes nothing (the status it finds on its date is "
                    + "already the new one, or the next change already sets it) is refused with 409. Editors only.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusChangeView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed, a field is invalid, or effectiveOn is in the future")
    @APIResponse(responseCode = "404", description = "No recommendation has this id")
    @APIResponse(responseCode = "409", description = "The change would change nothing")
    public Response record(@Parameter(description = "Recommendation id", example = "6") @PathParam("id") long id,
            @Valid @NotNull StatusChangeRequest request, @Context UriInfo uri) {
        StatusChangeView change = history.record(id, request);
        return Response.created(uri.getBaseUriBuilder().path("api/recommendations/{id}/history/{changeId}")
                .build(id, change.id())).entity(change).build();
    }

    @DELETE
    @Path("/{changeId}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "removeStatusChange", summary = "Remove a status change recorded by mistake",
            description = "Needs If-Match with the recommendation's ETag, since its status may change. Refused with 409 "
                    + "when the change after it would then change nothing. Editors only.")
    @APIResponse(responseCode = "204", description = "Removed; statuses and progress follow from the remaining history")
    @APIResponse(responseCode = "404", description = "No such recommendation, or no such change of it")
    @APIResponse(responseCode = "409", description = "The next change would then change nothing")
    @APIResponse(responseCode = "412", description = "The recommendation changed since it was read")
    public Response remove(@Parameter(description = "Recommendation id", example = "6") @PathParam("id") long id,
            @Parameter(description = "Status change id", example = "4") @PathParam("changeId") long changeId,
            @Parameter(description = "The recommendation's ETag as read", example = "\"2\"") @HeaderParam("If-Match") String ifMatch) {
        history.remove(id, changeId, ifMatch);
        return Response.noContent().build();
    }
}
