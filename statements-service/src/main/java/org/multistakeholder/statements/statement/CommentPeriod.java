package org.multistakeholder.statements.statement;

import java.time.Instant;

/**
 * When a statement takes comments: from {@code opensAt} (inclusive) until {@code closesAt} (exclusive). Whether a
 * comment is taken, by the period and the statement's status, is decided in
 * {@code org.multistakeholder.statements.comment.OpenForComment}.
 */
public record CommentPeriod(Instant opensAt, Instant closesAt) {

    public enum State {
        NOT_YET_OPEN,
        OPEN,
        CLOSED
    }

    public CommentPeriod {
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("A comment period closes after it opens");
        }
    }

    public State stateAt(Instant instant) {
        if (instant.isBefore(opensAt)) {
            return State.NOT_YET_OPEN;
        }
        return instant.isBefore(closesAt) ? State.OPEN : State.CLOSED;
    }
}
