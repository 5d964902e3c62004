package org.multistakeholder.recommendations.review;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.multistakeholder.platform.api.Page;
import org.multistakeholder.platform.api.PageRequest;

@Path("/api/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Reviews and the recommendations they made")
public class ReviewResource {

    private final ReviewService reviews;

    ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @Operation(summary = "List reviews", description = "Reviews, by code unless 'sort' says otherwise.")
    @APIResponse(responseCode = "200", description = "One page of reviews")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    public Page<ReviewSummary> list(@BeanParam PageRequest page) {
        return reviews.list(page);
    }
}
