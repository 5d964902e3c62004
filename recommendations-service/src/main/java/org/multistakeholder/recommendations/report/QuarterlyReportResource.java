package org.multistakeholder.recommendations.report;

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
import org.multistakeholder.platform.openapi.SortParameters;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.security.Roles;
import org.multistakeholder.recommendations.review.ReviewRequest;

@Path("/api/quarterly-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quarterly reports", description = "The quarterly reports on reviews' implementation")
public class QuarterlyReportResource {

    private final QuarterlyReportService reports;

    QuarterlyReportResource(QuarterlyReportService reports) {
        this.reports = reports;
    }

    @GET
    @Operation(operationId = "listQuarterlyReports", extensions = @Extension(name = SortParameters.SORTABLE, value = "period, publishedOn, id"),
            summary = "List quarterly reports",
            description = "Latest quarter first unless 'sort' says otherwise (period, publishedOn, id).")
    @APIResponse(responseCode = "200", description = "One page of quarterly reports")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid; the problem names it")
    public Page<QuarterlyReportView> list(
            @Parameter(description = "Only reports on the review with this code", example = "CCT",
                schema = @Schema(type = SchemaType.STRING, maxLength = ReviewRequest.CODE_MAX_LENGTH, pattern = ReviewRequest.CODE_PATTERN))
                    @QueryParam("review") String review,
            @Parameter(description = "Only reports on quarters of this year", example = "2023",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1990", maximum = "9999")) @QueryParam("year") String year,
            @BeanParam PageRequest page) {
        return reports.list(review, year, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getQuarterlyReport",
            summary = "Read a quarterly report", description = "Its ETag is what an update must send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The quarterly report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuarterlyReportView.class)))
    @APIResponse(responseCode = "404", description = "No quarterly report has this id")
    public Response get(@Parameter(description = "Quarterly report id", example = "2") @PathParam("id") long id) {
        QuarterlyReportView view = reports.view(id);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "createQuarterlyReport",
            summary = "Record a quarterly report", description = "One report per review and quarter. Editors only.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuarterlyReportView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed, a field is invalid, or the review is unknown")
    @APIResponse(responseCode = "409", description = "The review already has a report for this quarter")
    public Response create(@Valid @NotNull QuarterlyReportRequest request, @Context UriInfo uri) {
        QuarterlyReportView created = reports.create(request);
        return Response.created(uri.getBaseUriBuilder().path("api/quarterly-reports/{id}").build(created.id()))
                .entity(created).tag(EntityTags.of(created.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "updateQuarterlyReport", summary = "Update a quarterly report",
            description = "Replaces it, typically to publish it with its document URL. Needs If-Match with the ETag read. Editors only.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuarterlyReportView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed, a field is invalid, or the review is unknown")
    @APIResponse(responseCode = "404", description = "No quarterly report has this id")
    @APIResponse(responseCode = "409", description = "The review already has another report for this quarter")
    public Response update(@Parameter(description = "Quarterly report id", example = "1") @PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull QuarterlyReportRequest request) {
        QuarterlyReportView view = reports.update(id, request, ifMatch);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }
}
