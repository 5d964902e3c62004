package org.multistakeholder.statements.statement;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Facts of the event a summit statement came out of")
public record EventFacts(
        @Schema(description = "Where the event took place", example = "Paris") @Size(max = 300) String place,
        @Schema(description = "First day of the event", example = "2024-05-07") LocalDate startsOn,
        @Schema(description = "Last day of the event", example = "2024-05-09") LocalDate endsOn,
        @Schema(description = "How many sessions it had", example = "28") @PositiveOrZero Integer sessionCount,
        @Schema(description = "How many took part, as the source reports it") @Valid Participants participants) {

    @Schema(description = "A participant count as reported: 'over 400' is count 400 with qualifier OVER")
    public record Participants(
            @Schema(description = "The number reported", example = "400") @PositiveOrZero Integer count,
            @Schema(description = "How the number is to be read; EXACTLY when left out", example = "OVER") CountQualifier qualifier) {
    }

    static EventFacts of(Statement statement) {
        if (statement.eventPlace == null && statement.eventStartsOn == null && statement.eventEndsOn == null
                && statement.eventSessionCount == null && statement.eventParticipantCount == null) {
            return null;
        }
        Participants participants = statement.eventParticipantCount == null ? null
                : new Participants(statement.eventParticipantCount, statement.eventParticipantQualifier);
        return new EventFacts(statement.eventPlace, statement.eventStartsOn, statement.eventEndsOn,
                statement.eventSessionCount, participants);
    }
}
