package org.multistakeholder.recommendations.recommendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.multistakeholder.platform.http.EntityTags;
import org.multistakeholder.platform.security.Roles;

@Path("/api/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "Recommendations of reviews, their priorities and statuses")
public class RecommendationResource {

    private final RecommendationService recommendations;

    RecommendationResource(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecommendation", summary = "Read a recommendation",
            description = "With its current status from the status history; its ETag is what an update must send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The recommendation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "404", description = "No recommendation has this id")
    public Response get(@Parameter(description = "Recommendation id", example = "6") @PathParam("id") long id) {
        RecommendationView view = recommendations.view(id);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "updateRecommendation", summary = "Update a recommendation",
            description = "Replaces its number, description, notes and priorities; its status changes only through its "
                    + "status history (a status in the body is ignored). Needs If-Match with the ETag read. Editors only.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "404", description = "No recommendation has this id")
    @APIResponse(responseCode = "409", description = "Another recommendation of the review has this number")
    public Response update(@Parameter(description = "Recommendation id", example = "6") @PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RecommendationRequest request) {
        RecommendationView view = recommendations.update(id, request, ifMatch);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }
}
