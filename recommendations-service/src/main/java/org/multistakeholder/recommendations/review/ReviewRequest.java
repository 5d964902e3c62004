package org.multistakeholder.recommendations.review;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.multistakeholder.platform.text.Name;

/**
 * A review to create, or the new content of one. On update the code in the path wins: a review's code is its
 * public identifier and never changes, so a code in the body is ignored, like the other read-only fields.
 */
@Schema(description = "A review to create or its new content (links and news items replace the old ones)")
@JsonIgnoreProperties(value = { "version", "createdAt", "updatedAt" })
public record ReviewRequest(
        @Schema(description = "The code to address the review by: capital letters, digits and dashes; cannot be changed later", example = "CCT")
        @Size(max = CODE_MAX_LENGTH) @Pattern(regexp = CODE_PATTERN, message = "must be 1 to 32 capital letters, digits or dashes") String code,
        @Schema(description = "Name", example = "Competition, Consumer Trust, and Consumer Choice Review")
        @Name @NotBlank @Size(max = 300) String name,
        @Schema(description = "What the review is about", example = "CCT Implementation - Status of 17 Recommendations")
        @Size(max = 10000) String description,
        @Schema(description = "Links to pages about the review; none when omitted")
        @Size(max = 50) List<@Valid @NotNull Link> links,
        @Schema(description = "News and updates; none when omitted")
        @Size(max = 200) List<@Valid @NotNull NewsItem> newsItems) {

    /** A review's code, its public identifier in paths and in the other resources that name it. */
    public static final String CODE_PATTERN = "^[A-Z0-9][A-Z0-9-]{0,31}$";
    public static final int CODE_MAX_LENGTH = 32;

    List<Link> linksOrNone() {
        return links == null ? List.of() : links;
    }

    List<NewsItem> newsItemsOrNone() {
        return newsItems == null ? List.of() : newsItems;
    }
}
