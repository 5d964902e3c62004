package org.multistakeholder.recommendations.progress;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.multistakeholder.recommendations.recommendation.ImplementationStatus;

@Schema(description = "The counts at the end of one period")
public record ProgressPeriod(
        @Schema(description = "The quarter (2022-Q1), or the asOf date", example = "2022-Q4", maxLength = 10) String period,
        @Schema(description = "The day at whose end the recommendations were counted", example = "2022-12-31") java.time.LocalDate endsOn,
        @Schema(description = "How many recommendations were in each status; every status is present, zeros included",
                example = "{\"NOT_STARTED\": 2, \"IN_PROGRESS\": 11, \"ON_HOLD\": 0, \"DEFERRED\": 0, \"COMPLETE\": 4, \"REJECTED\": 0}")
        Map<ImplementationStatus, Long> counts,
        @Schema(description = "How many recommendations were counted", example = "17") long total) {

    static ProgressPeriod of(String period, LocalDate endsOn, Map<ImplementationStatus, Long> counts) {
        return new ProgressPeriod(period, endsOn, counts, counts.values().stream().mapToLong(Long::longValue).sum());
    }
}
