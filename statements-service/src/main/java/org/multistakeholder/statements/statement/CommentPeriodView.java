package org.multistakeholder.statements.statement;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A statement's comment period and whether it is open now")
public record CommentPeriodView(
        @Schema(description = "From this instant comments are taken", example = "2004-12-05T00:00:00Z") Instant opensAt,
        @Schema(description = "From this instant comments are refused", example = "2005-04-05T03:00:00Z") Instant closesAt,
        @Schema(description = "The invitation to comment sent out with the draft", example = "Dear Stakeholder, ...",
            maxLength = 20000) String invitation,
        @Schema(description = "Where the period stands at the moment of the request", example = "CLOSED") CommentPeriod.State state) {

    static CommentPeriodView of(Statement statement, Instant now) {
        CommentPeriod period = statement.commentPeriod();
        return period == null ? null
                : new CommentPeriodView(period.opensAt(), period.closesAt(), statement.commentInvitation, period.stateAt(now));
    }
}
