package org.multistakeholder.statements.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CommentPeriodTests {

    private static final Instant OPENS = Instant.parse("2004-12-05T22:00:00Z");
    private static final Instant CLOSES = Instant.parse("2005-04-05T03:00:00Z");
    private final CommentPeriod period = new CommentPeriod(OPENS, CLOSES);

    @Test
    void shouldBeOpenFromItsFirstInstant() {
        assertEquals(CommentPeriod.State.NOT_YET_OPEN, period.stateAt(OPENS.minusSeconds(1)));
        assertEquals(CommentPeriod.State.OPEN, period.stateAt(OPENS));
    }

    @Test
    void shouldBeClosedFromTheInstantItCloses() {
        assertEquals(CommentPeriod.State.OPEN, period.stateAt(CLOSES.minusSeconds(1)));
        assertEquals(CommentPeriod.State.CLOSED, period.stateAt(CLOSES));
        assertEquals(CommentPeriod.State.CLOSED, period.stateAt(CLOSES.plusSeconds(1)));
    }

    @Test
    void shouldRefuseAPeriodThatClosesBeforeItOpens() {
        assertThrows(IllegalArgumentException.class, () -> new CommentPeriod(CLOSES, OPENS));
        assertThrows(IllegalArgumentException.class, () -> new CommentPeriod(OPENS, OPENS));
    }
}
