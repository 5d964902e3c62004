package org.multistakeholder.recommendations.recommendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.multistakeholder.platform.openapi.SortParameters;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.security.Roles;
import org.multistakeholder.recommendations.review.ReviewRequest;

@Path("/api/reviews/{code}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "Recommendations of reviews, their priorities and statuses")
public class ReviewRecommendationsResource {

    private final RecommendationService recommendations;

    ReviewRecommendationsResource(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @GET
    @Operation(operationId = "listReviewRecommendations", extensions = @Extension(name = SortParameters.SORTABLE, value = "number, status, id, updatedAt"),
            summary = "List a review's recommendations",
            description = "By number unless 'sort' says otherwise (number, status, updatedAt, id). Each carries its status "
                    + "from the status history, now or at the end of the asOf day; the status filter applies to that status.")
    @APIResponse(responseCode = "200", description = "One page of recommendations")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid; the problem names it")
    @APIResponse(responseCode = "404", description = "No review has this code")
    public Page<RecommendationView> list(
            @Parameter(description = "The review's code", example = "CCT",
                schema = @Schema(type = SchemaType.STRING, maxLength = ReviewRequest.CODE_MAX_LENGTH, pattern = ReviewRequest.CODE_PATTERN))
                    @PathParam("code") String code,
            @BeanParam RecommendationFilter filter, @BeanParam PageRequest page) {
        return recommendations.list(code, filter, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "addRecommendation", summary = "Add a recommendation to a review",
            description = "It starts NOT_STARTED; its status then changes only through its status history. Editors only.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new recommendation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "404", description = "No review has this code")
    @APIResponse(responseCode = "409", description = "The review already has a recommendation with this number")
    public Response create(@Parameter(description = "The review's code", example = "CCT",
        schema = @Schema(type = SchemaType.STRING, maxLength = ReviewRequest.CODE_MAX_LENGTH, pattern = ReviewRequest.CODE_PATTERN))
            @PathParam("code") String code,
            @Valid @NotNull RecommendationRequest request, @Context UriInfo uri) {
        RecommendationView created = recommendations.create(code, request);
        return Response.created(uri.getBaseUriBuilder().path("api/recommendations/{id}").build(created.id()))
                .entity(created).tag(EntityTags.of(created.version())).build();
    }
}
