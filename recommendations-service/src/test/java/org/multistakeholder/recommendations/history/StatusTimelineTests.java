package org.multistakeholder.recommendations.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multistakeholder.recommendations.recommendation.ImplementationStatus.COMPLETE;
import static org.multistakeholder.recommendations.recommendation.ImplementationStatus.IN_PROGRESS;
import static org.multistakeholder.recommendations.recommendation.ImplementationStatus.NOT_STARTED;
import static org.multistakeholder.recommendations.recommendation.ImplementationStatus.ON_HOLD;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.multistakeholder.recommendations.history.StatusTimeline.Change;

class StatusTimelineTests {

    private static final LocalDate JAN = LocalDate.of(2022, 1, 15);
    private static final LocalDate MAR = LocalDate.of(2022, 3, 15);
    private static final LocalDate JUN = LocalDate.of(2022, 6, 15);

    @Test
    void shouldBeNotStartedBeforeAnyChange() {
        StatusTimeline timeline = new StatusTimeline(List.of(new Change(1, MAR, IN_PROGRESS)));
        assertEquals(NOT_STARTED, timeline.statusAt(JAN));
        assertEquals(IN_PROGRESS, timeline.statusAt(MAR));
        assertEquals(NOT_STARTED, new StatusTimeline(List.of()).statusAt(JUN));
    }

    @Test
    void shouldOrderByEffectiveDateNotByRecordingOrder() {
        // Recorded in the order 1, 2, 3, but the third took effect first.
        StatusTimeline timeline = new StatusTimeline(List.of(
                new Change(1, MAR, IN_PROGRESS), new Change(2, JUN, COMPLETE), new Change(3, JAN, ON_HOLD)));
        assertEquals(List.of(NOT_STARTED, ON_HOLD, IN_PROGRESS),
                timeline.steps().stream().map(StatusTimeline.Step::oldStatus).toList());
        assertEquals(ON_HOLD, timeline.statusAt(JAN.plusDays(1)));
        assertEquals(COMPLETE, timeline.statusAt(JUN));
    }

    @Test
    void shouldOrderSameDayChangesByRecordingOrder() {
        StatusTimeline timeline = new StatusTimeline(List.of(new Change(2, MAR, COMPLETE), new Change(1, MAR, IN_PROGRESS)));
        assertEquals(COMPLETE, timeline.statusAt(MAR));
        assertEquals(IN_PROGRESS, timeline.steps().get(1).oldStatus());
    }

    @Test
    void shouldRefuseChangesThatChangeNothing() {
        StatusTimeline timeline = new StatusTimeline(List.of(new Change(1, MAR, IN_PROGRESS), new Change(2, JUN, COMPLETE)));
        assertTrue(timeline.refusal(JAN, NOT_STARTED).isPresent());
        assertTrue(timeline.refusal(MAR.plusDays(1), IN_PROGRESS).isPresent());
        assertTrue(timeline.refusal(MAR.plusDays(1), COMPLETE).isPresent(), "would leave the June change changing nothing");
        assertTrue(timeline.refusal(JAN, IN_PROGRESS).isPresent(), "would leave the March change changing nothing");
        assertTrue(timeline.refusal(MAR.plusDays(1), ON_HOLD).isEmpty());
        assertTrue(timeline.refusal(JUN.plusDays(1), IN_PROGRESS).isEmpty());
        assertTrue(timeline.refusal(MAR, ON_HOLD).isEmpty(), "a second change on the same day follows the first");
    }

    @Test
    void shouldRefuseToRemoveAChangeWhoseNextWouldThenChangeNothing() {
        StatusTimeline timeline = new StatusTimeline(List.of(
                new Change(1, JAN, IN_PROGRESS), new Change(2, MAR, COMPLETE), new Change(3, JUN, IN_PROGRESS)));
        assertTrue(timeline.refusalToRemove(2).isPresent());
        assertTrue(timeline.refusalToRemove(3).isEmpty());
        assertTrue(timeline.refusalToRemove(1).isEmpty(), "NOT_STARTED to COMPLETE is still a change");
    }
}
