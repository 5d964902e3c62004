package org.multistakeholder.statements.correspondence;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@Schema(description = "A letter as an editor writes it. Read-only fields of the representation are accepted and ignored.")
@JsonIgnoreProperties({ "id", "replyIds", "createdAt", "updatedAt" })
public record LetterContent(
        @Schema(description = "The date of the letter", example = "2024-07-25") @NotNull LocalDate sentOn,
        @Schema(description = "Subject line", example = "RE: ICANN Strategy for WSIS+20") @NotBlank @Size(max = 500) String subject,
        @Schema(description = "Who wrote it") @NotNull @Valid Party sender,
        @Schema(description = "Who it is addressed to") @NotNull @Valid Party recipient,
        @Schema(description = "The letter it answers, if held here", example = "1") @Positive Long inReplyToId,
        @Schema(description = "Opening greeting", example = "Dear Alejandra,") @Size(max = 300) String salutation,
        @Schema(description = "Text before the action items; left out when the text is not held", example = "Thank you for your letter dated 15 July 2024. ...")
        @Size(max = 200000) String body,
        @Schema(description = "Action items grouped under headings, in the letter's order") @Valid @Size(max = 100) List<@NotNull ActionItemGroupText> actionItemGroups,
        @Schema(description = "Text after the action items", example = "Once again, thank you for your letter. ...") @Size(max = 200000) String closingText,
        @Schema(description = "Closing words before the signature", example = "Sincerely,") @Size(max = 300) String valediction) {

    List<ActionItemGroupText> groupsOrNone() {
        return actionItemGroups == null ? List.of() : actionItemGroups;
    }
}
