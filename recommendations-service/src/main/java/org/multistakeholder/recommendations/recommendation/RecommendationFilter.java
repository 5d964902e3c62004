package org.multistakeholder.recommendations.recommendation;

import java.time.LocalDate;
import java.util.Set;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.multistakeholder.platform.parameters.QueryParameters;
import org.multistakeholder.platform.problems.Problems;

/** The filters of a review's recommendation list, read as text and parsed here (see {@link QueryParameters}). */
public class RecommendationFilter {

    /** The {@code priority} value that selects recommendations with no priority at all (the tracker's N/A). */
    static final String NO_PRIORITY = "NONE";

    @QueryParam("status")
    @Parameter(description = "Only recommendations in one of these statuses (comma-separated) at the end of the asOf day, or now",
            example = "[\"IN_PROGRESS\", \"NOT_STARTED\"]", explode = Explode.FALSE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ImplementationStatus.class, maxItems = 6))
    String status;

    @QueryParam("priority")
    @Parameter(description = "Only recommendations with this priority, for the whole or for any item (P1 to P4), "
            + "or NONE for those with no priority at all", example = "P2",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "P1", "P2", "P3", "P4", NO_PRIORITY }))
    String priority;

    @QueryParam("q")
    @Parameter(description = "Free text, case-insensitive, searched in the description and notes; a number also matches the recommendation's number",
            example = "data collection", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParameters.MAX_TEXT_LENGTH))
    String q;

    @QueryParam("asOf")
    @Parameter(description = "Statuses as they were at the end of this day (UTC), from the status history; today when omitted",
            example = "2022-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String asOf;

    public RecommendationFilter() {
    }

    RecommendationFilter(String status, String priority, String q, String asOf) {
        this.status = status;
        this.priority = priority;
        this.q = q;
        this.asOf = asOf;
    }

    Set<ImplementationStatus> statuses() {
        return QueryParameters.enumerations("status", status, ImplementationStatus.class);
    }

    boolean wantsNoPriority() {
        return priority != null && priority.trim().equals(NO_PRIORITY);
    }

    /** @return null when any priority will do, or when {@link #wantsNoPriority()} */
    Priority priority() {
        if (priority == null || priority.isBlank() || wantsNoPriority()) {
            return null;
        }
        try {
            return Priority.valueOf(priority.trim());
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField("priority", "'priority' must be one of P1, P2, P3, P4, NONE, not '" + priority + "'");
        }
    }

    String text() {
        return QueryParameters.text("q", q);
    }

    LocalDate asOf() {
        return QueryParameters.date("asOf", asOf);
    }
}
