package org.multistakeholder.recommendations.report;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.multistakeholder.recommendations.progress.Quarter;

@Schema(description = "A quarterly report on a review's implementation")
public record QuarterlyReportView(
        @Schema(description = "Identifier", example = "2") Long id,
        @Schema(description = "The code of the review it reports on", example = "CCT", maxLength = 32) String reviewCode,
        @Schema(description = "The quarter it covers", example = "2023-Q4", maxLength = 7) String period,
        @Schema(description = "The last day of that quarter", example = "2023-12-31") LocalDate periodEndsOn,
        @Schema(description = "Whether it is out", example = "PUBLISHED") PublicationStatus publicationStatus,
        @Schema(description = "Where it can be read; left out while in production",
                example = "https://www.icann.org/en/system/files/files/specific-reviews-q4-2023-report-31dec23-en.pdf",
                    maxLength = 2000) String documentUrl,
        @Schema(description = "The day it was published, if known", example = "2024-02-15") LocalDate publishedOn,
        @Schema(description = "The version an update must name in If-Match (also sent as the ETag)", example = "0") long version,
        @Schema(description = "When it was recorded", example = "2024-05-09T10:00:00Z") Instant createdAt,
        @Schema(description = "When it was last changed", example = "2024-05-09T10:00:00Z") Instant updatedAt) {

    public static QuarterlyReportView of(QuarterlyReport report) {
        Quarter quarter = new Quarter(report.year, report.quarter);
        return new QuarterlyReportView(report.id, report.review.code, quarter.toString(), quarter.lastDay(),
                report.publicationStatus, report.documentUrl, report.publishedOn, report.version,
                report.createdAt, report.updatedAt);
    }
}
