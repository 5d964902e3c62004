package org.multistakeholder.statements.correspondence;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A letter as it appears in lists")
public record LetterSummary(
        @Schema(description = "Identifier", example = "2") Long id,
        @Schema(description = "The date of the letter", example = "2024-07-25") LocalDate sentOn,
        @Schema(description = "Subject line", example = "RE: ICANN Strategy for WSIS+20", maxLength = 500) String subject,
        @Schema(description = "Who wrote it") Party sender,
        @Schema(description = "Who it is addressed to") Party recipient,
        @Schema(description = "The letter it answers, if held here", example = "1") Long inReplyToId) {

    public static LetterSummary of(Letter letter) {
        return new LetterSummary(letter.id, letter.sentOn, letter.subject,
                new Party(letter.senderName, letter.senderTitle, letter.senderOrganization),
                new Party(letter.recipientName, letter.recipientTitle, letter.recipientOrganization), letter.inReplyToId);
    }
}
