package org.multistakeholder.recommendations.report;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.multistakeholder.recommendations.review.WebAddress;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@Schema(description = "A quarterly report to record, or its new content. A report IN_PRODUCTION has no document URL "
        + "nor publication date; a PUBLISHED one has a document URL, and its publication date if known.")
@JsonIgnoreProperties(value = { "id", "periodEndsOn", "version", "createdAt", "updatedAt" })
public record QuarterlyReportRequest(
        @Schema(description = "The code of the review it reports on", example = "CCT") @NotBlank @Size(max = 32) String reviewCode,
        @Schema(description = "The quarter it covers", example = "2023-Q4")
        @NotBlank @Size(max = 7) @Pattern(regexp = "^\\d{4}-Q[1-4]$", message = "must be a quarter such as 2023-Q4") String period,
        @Schema(description = "Whether it is out", example = "PUBLISHED") @NotNull PublicationStatus publicationStatus,
        @Schema(description = "Where the published report can be read; left out while in production",
                example = "https://www.icann.org/en/system/files/files/specific-reviews-q4-2023-report-31dec23-en.pdf")
        @Size(max = 2000) @Pattern(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) String documentUrl,
        @Schema(description = "The day it was published, if known; left out while in production", example = "2024-02-15") LocalDate publishedOn) {
}
