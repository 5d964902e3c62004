package org.multistakeholder.recommendations.review;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A news item or update about the review's implementation")
public record NewsItem(
        @Schema(description = "Title", example = "ICANN Specific Reviews Q1 2024 Quarterly Report")
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "Where it can be read; left out when not known", example = "https://www.icann.org/en/blogs/details/implementation-of-ws2")
        @Size(max = 2000) @Pattern(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) String url,
        @Schema(description = "The date it was published, if known", example = "2024-05-09") LocalDate publishedOn) {

    static NewsItem of(ReviewNewsItem item) {
        return new NewsItem(item.title, item.url, item.publishedOn);
    }

    ReviewNewsItem toColumns() {
        ReviewNewsItem item = new ReviewNewsItem();
        item.title = title;
        item.url = url;
        item.publishedOn = publishedOn;
        return item;
    }
}
