package org.multistakeholder.recommendations.review;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A review with its links and news")
public record ReviewDetails(
        @Schema(description = "The review's code, its public identifier", example = "CCT", maxLength = 32) String code,
        @Schema(description = "Name", example = "Competition, Consumer Trust, and Consumer Choice Review", maxLength = 300) String name,
        @Schema(description = "What the review is about", example = "CCT Implementation - Status of 17 Recommendations",
            maxLength = 10000) String description,
        @Schema(description = "Links to pages about the review", maxItems = 50) List<Link> links,
        @Schema(description = "News and updates about its implementation, in the order the editors gave", maxItems = 200) List<NewsItem> newsItems,
        @Schema(description = "The version an update must name in If-Match (also sent as the ETag)", example = "0") long version,
        @Schema(description = "When it was created", example = "2024-05-09T10:00:00Z") Instant createdAt,
        @Schema(description = "When it was last changed", example = "2024-05-09T10:00:00Z") Instant updatedAt) {

    static ReviewDetails of(Review review) {
        return new ReviewDetails(review.code, review.name, review.description,
                review.links.stream().map(Link::of).toList(),
                review.newsItems.stream().map(NewsItem::of).toList(),
                review.version, review.createdAt, review.updatedAt);
    }
}
