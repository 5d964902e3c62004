package org.multistakeholder.recommendations.progress;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many of a review's recommendations were in each status at the end of each period")
public record ProgressReport(
        @Schema(description = "The review's code", example = "CCT", maxLength = 32) String reviewCode,
        @Schema(description = "The periods asked for, in order", maxItems = ProgressPeriods.MAX_QUARTERS) List<ProgressPeriod> periods) {
}
