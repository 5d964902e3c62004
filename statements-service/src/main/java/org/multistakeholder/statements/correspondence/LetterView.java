package org.multistakeholder.statements.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A letter, whole")
public record LetterView(
        @Schema(description = "Identifier", example = "2") Long id,
        @Schema(description = "The date of the letter", example = "2024-07-25") LocalDate sentOn,
        @Schema(description = "Subject line", example = "RE: ICANN Strategy for WSIS+20", maxLength = 500) String subject,
        @Schema(description = "Who wrote it") Party sender,
        @Schema(description = "Who it is addressed to") Party recipient,
        @Schema(description = "The letter it answers, if held here", example = "1") Long inReplyToId,
        @Schema(description = "Letters held here that answer it", example = "[]") List<Long> replyIds,
        @Schema(description = "Opening greeting", example = "Dear Alejandra,", maxLength = 300) String salutation,
        @Schema(description = "Text before the action items; left out when the letter's text is not held here",
                example = "Thank you for your letter dated 15 July 2024. ...", maxLength = 200000) String body,
        @Schema(description = "Action items grouped under headings, in the letter's order",
            maxItems = 100) List<ActionItemGroupText> actionItemGroups,
        @Schema(description = "Text after the action items", example = "Once again, thank you for your letter. ...",
            maxLength = 200000) String closingText,
        @Schema(description = "Closing words before the signature", example = "Sincerely,", maxLength = 300) String valediction,
        @Schema(description = "When it was recorded here", example = "2024-07-26T09:00:00Z") Instant createdAt,
        @Schema(description = "When it was last changed here", example = "2024-07-26T09:00:00Z") Instant updatedAt) {

    static LetterView of(Letter letter, List<ActionItemGroup> groups, List<Long> replyIds) {
        return new LetterView(letter.id, letter.sentOn, letter.subject,
                new Party(letter.senderName, letter.senderTitle, letter.senderOrganization),
                new Party(letter.recipientName, letter.recipientTitle, letter.recipientOrganization),
                letter.inReplyToId, replyIds, letter.salutation, letter.body,
                groups.stream().map(ActionItemGroupText::of).toList(), letter.closingText, letter.valediction,
                letter.createdAt, letter.updatedAt);
    }
}
