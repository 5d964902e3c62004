package org.multistakeholder.recommendations.recommendation;

import java.time.LocalDate;

/** A recommendation's status at some date, and since when (null: it never changed, so it was always initial). */
public record StatusAt(ImplementationStatus status, LocalDate since) {

    public static final StatusAt INITIAL = new StatusAt(ImplementationStatus.INITIAL, null);
}
