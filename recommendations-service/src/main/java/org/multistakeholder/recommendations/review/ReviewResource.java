package org.multistakeholder.recommendations.review;

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

@Path("/api/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Reviews and the recommendations they made")
public class ReviewResource {

    private final ReviewService reviews;

    ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @Operation(operationId = "listReviews", extensions = @Extension(name = SortParameters.SORTABLE, value = "code, name"),
            summary = "List reviews", description = "Reviews, by code unless 'sort' says otherwise (code, name).")
    @APIResponse(responseCode = "200", description = "One page of reviews")
    public Page<ReviewSummary> list(@BeanParam PageRequest page) {
        return reviews.list(page);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getReview",
            summary = "Read a review", description = "One review with its links and news; its ETag is what an update must send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewDetails.class)))
    @APIResponse(responseCode = "404", description = "No review has this code")
    public Response get(@Parameter(description = "The review's code", example = "CCT",
        schema = @Schema(type = SchemaType.STRING, maxLength = ReviewRequest.CODE_MAX_LENGTH, pattern = ReviewRequest.CODE_PATTERN))
            @PathParam("code") String code) {
        Review review = reviews.require(code);
        return Response.ok(ReviewDetails.of(review)).tag(EntityTags.of(review.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "createReview", summary = "Create a review", description = "Creates a review under a new code. Editors only.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewDetails.class)))
    @APIResponse(responseCode = "409", description = "A review with this code exists")
    public Response create(@Valid @NotNull ReviewRequest request, @Context UriInfo uri) {
        Review review = reviews.create(request);
        return Response.created(uri.getBaseUriBuilder().path("api/reviews/{code}").build(review.code))
                .entity(ReviewDetails.of(review)).tag(EntityTags.of(review.version)).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "updateReview",
            summary = "Update a review", description = "Replaces the review's name, description, links and news items; "
            + "the code never changes (a code in the body is ignored). Needs If-Match with the ETag read. Editors only.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewDetails.class)))
    @APIResponse(responseCode = "404", description = "No review has this code")
    @APIResponse(responseCode = "412", description = "The review changed since it was read")
    public Response update(@Parameter(description = "The review's code", example = "CCT",
        schema = @Schema(type = SchemaType.STRING, maxLength = ReviewRequest.CODE_MAX_LENGTH, pattern = ReviewRequest.CODE_PATTERN))
            @PathParam("code") String code,
            @Parameter(description = "The ETag of the version read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReviewRequest request) {
        Review review = reviews.update(code, request, ifMatch);
        return Response.ok(ReviewDetails.of(review)).tag(EntityTags.of(review.version)).build();
    }
}
