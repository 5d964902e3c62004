package org.multistakeholder.recommendations.progress;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.multistakeholder.recommendations.recommendation.ImplementationStatus;
import org.multistakeholder.recommendations.review.ReviewRequest;

@Path("/api/reviews/{code}/progress")
@Tag(name = "Progress", description = "How a review's recommendations progressed, computed from their status history")
public class ProgressResource {

    private static final String CSV = "text/csv";
    private static final MediaType CSV_TYPE = new MediaType("text", "csv", "UTF-8");

    private final ProgressService progress;

    ProgressResource(ProgressService progress) {
        this.progress = progress;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(operationId = "getProgress", summary = "Progress by quarter",
            description = "For each quarter from 'from' to 'to' (at most " + ProgressPeriods.MAX_QUARTERS + "), or for the "
                    + "single day 'asOf', how many of the review's recommendations were in each status at its end. "
                    + "A recommendation is NOT_STARTED until its first status change; every recommendation of the review "
                    + "counts at every date. Ask for text/csv to get the same as CSV.")
    @APIResponse(responseCode = "200", description = "The counts per period",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressReport.class)),
                    @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value =
                            "period,endsOn,NOT_STARTED,IN_PROGRESS,ON_HOLD,DEFERRED,COMPLETE,REJECTED,total\n"
                                    + "2022-Q4,2022-12-31,2,11,0,0,4,0,17\n")) })
    @APIResponse(responseCode = "400", description = "from/to/asOf missing, both given, or invalid; the problem names the parameter")
    @APIResponse(responseCode = "404", description = "No review has this code")
    public Response get(
            @Parameter(description = "The review's code", example = "CCT",
                schema = @Schema(type = SchemaType.STRING, maxLength = ReviewRequest.CODE_MAX_LENGTH, pattern = ReviewRequest.CODE_PATTERN))
                    @PathParam("code") String code,
            @Parameter(description = "The first quarter", example = "2022-Q1",
                schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = "^[0-9]{4}-Q[1-4]$")) @QueryParam("from") String from,
            @Parameter(description = "The last quarter, included", example = "2023-Q2",
                schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = "^[0-9]{4}-Q[1-4]$")) @QueryParam("to") String to,
            // No example (OpenApiDocument.STARTS_EMPTY): Swagger UI would send it with the quarters' examples, which it excludes.
            @Parameter(description = "Instead of quarters: one day, such as 2023-06-30, counted at its end (UTC); not with 'from' and 'to'",
                schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        ProgressReport report = progress.progress(code, ProgressPeriods.parse(from, to, asOf));
        return wantsCsv(headers)
                ? Response.ok(csv(report), CSV_TYPE).build()
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** JSON unless the client prefers CSV: a client that accepts anything gets JSON, like every other endpoint. */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType() || acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(CSV_TYPE)) {
                return true;
            }
        }
        return false;
    }

    private static String csv(ProgressReport report) {
        StringBuilder csv = new StringBuilder("period,endsOn,")
                .append(Arrays.stream(ImplementationStatus.values()).map(Enum::name).collect(Collectors.joining(",")))
                .append(",total\n");
        for (ProgressPeriod period : report.periods()) {
            csv.append(period.period()).append(',').append(period.endsOn());
            for (ImplementationStatus status : ImplementationStatus.values()) {
                csv.append(',').append(period.counts().get(status));
            }
            csv.append(',').append(period.total()).append('\n');
        }
        return csv.toString();
    }
}
