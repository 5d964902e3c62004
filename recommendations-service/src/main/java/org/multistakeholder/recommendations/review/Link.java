package org.multistakeholder.recommendations.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A link from a review to a page about it")
public record Link(
        @Schema(description = "What the link leads to", example = "CCT Review Final Report")
        @NotBlank @Size(max = 300) String title,
        @Schema(description = "An http or https URL", example = "https://www.icann.org/resources/reviews/specific-reviews/cct")
        @NotBlank @Size(max = 2000) @Pattern(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) String url) {

    static Link of(ReviewLink link) {
        return new Link(link.title, link.url);
    }

    ReviewLink toColumns() {
        ReviewLink link = new ReviewLink();
        link.title = title;
        link.url = url;
        return link;
    }
}
