package org.multistakeholder.recommendations.recommendation;

/**
 * Where a recommendation's implementation stands. The seed tracker shows the first three; the others are what
 * a tracker of review recommendations needs besides: work that is paused (ON_HOLD), postponed by a decision to a
 * later phase (DEFERRED), or that will not be done because the Board did not adopt the recommendation (REJECTED).
 */
public enum ImplementationStatus {
    NOT_STARTED,
    IN_PROGRESS,
    ON_HOLD,
    DEFERRED,
    COMPLETE,
    REJECTED;

    /** A recommendation with no recorded change is in this status. */
    public static final ImplementationStatus INITIAL = NOT_STARTED;
}
