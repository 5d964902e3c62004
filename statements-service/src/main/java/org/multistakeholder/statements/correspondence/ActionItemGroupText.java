package org.multistakeholder.statements.correspondence;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Action items under one heading, in the letter's order")
public record ActionItemGroupText(
        @Schema(description = "The heading", example = "Improving Coordination") @NotBlank @Size(max = 500) String heading,
        @Schema(description = "Text between the heading and the items, if any",
                example = "We will collaborate further to ensure we have consistent key messages for the media. These messages will include, among others:")
        @Size(max = 20000) String introText,
        @Schema(description = "The action items", example = "[\"ICANN also expects to partner closely with the ccTLD Technical Community Coalition that was announced earlier this year.\"]")
        @NotNull @Size(max = 200) List<@NotBlank @Size(max = 20000) String> items) {

    static ActionItemGroupText of(ActionItemGroup group) {
        return new ActionItemGroupText(group.heading, group.introText, group.items.stream().map(item -> item.text).toList());
    }
}
