package org.multistakeholder.recommendations.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.multistakeholder.recommendations.recommendation.ImplementationStatus;

/**
 * A recommendation's status history read as a timeline: changes in effective-date order, same-day changes in the
 * order they were recorded (by id). Before its first change a recommendation is {@link ImplementationStatus#INITIAL};
 * after a change it is in the change's new status until the next one. The reads apply the same rule in SQL, from what
 * the database derives of the history ({@link org.multistakeholder.recommendations.recommendation.StatusAsOf},
 * {@link org.multistakeholder.recommendations.progress.ProgressByQuarter}); {@code StatusAsOfTests} holds the two to
 * the same answers. This one checks the history's writes and gives each change the status it changed from.
 */
public final class StatusTimeline {

    /** A change as the timeline needs it; {@code sequence} orders same-day changes (the order they were recorded). */
    public record Change(long sequence, LocalDate effectiveOn, ImplementationStatus newStatus) {
    }

    /** A change with the status it changed from, derived from the changes before it. */
    public record Step(Change change, ImplementationStatus oldStatus) {
    }

    private static final Comparator<Change> ORDER =
            Comparator.comparing(Change::effectiveOn).thenComparingLong(Change::sequence);

    private final List<Change> changes;

    public StatusTimeline(List<Change> changes) {
        this.changes = changes.stream().sorted(ORDER).toList();
    }

    /** Every change in timeline order with its old status. */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        ImplementationStatus current = ImplementationStatus.INITIAL;
        for (Change change : changes) {
            steps.add(new Step(change, current));
            current = change.newStatus();
        }
        return steps;
    }

    /** The status at the end of {@code day}. */
    public ImplementationStatus statusAt(LocalDate day) {
        ImplementationStatus status = ImplementationStatus.INITIAL;
        for (Change change : changes) {
            if (change.effectiveOn().isAfter(day)) {
                break;
            }
            status = change.newStatus();
        }
        return status;
    }

    /**
     * Why a new change (recorded after every change already here) may not be added, if it may not: it must change
     * the status it finds on its date, and must not turn the next change into one that changes nothing.
     */
    public Optional<String> refusal(LocalDate effectiveOn, ImplementationStatus newStatus) {
        ImplementationStatus before = statusAt(effectiveOn);
        if (before == newStatus) {
            return Optional.of("The recommendation is already " + newStatus + " at the end of " + effectiveOn
                    + "; a change must change its status");
        }
        return changes.stream()
                .filter(change -> change.effectiveOn().isAfter(effectiveOn))
                .findFirst()
                .filter(next -> next.newStatus() == newStatus)
                .map(next -> "The change effective on " + next.effectiveOn() + " already sets " + newStatus
                        + "; a change to " + newStatus + " on " + effectiveOn + " would leave that change changing nothing");
    }

    /** Why the change with this sequence may not be removed, if it may not: the changes around it must still each change something. */
    public Optional<String> refusalToRemove(long sequence) {
        StatusTimeline without = new StatusTimeline(changes.stream().filter(change -> change.sequence() != sequence).toList());
        return without.steps().stream()
                .filter(step -> step.oldStatus() == step.change().newStatus())
                .findFirst()
                .map(step -> "Without this change, the change effective on " + step.change().effectiveOn()
                        + " would change nothing (" + step.oldStatus() + " to " + step.change().newStatus()
                        + "); remove that one first");
    }
}
