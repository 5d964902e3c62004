package org.multistakeholder.platform.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one clock every recorded instant is read from: at the precision PostgreSQL's {@code timestamptz} stores
 * (microseconds), so that the answer to a write and every later read give the same value.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** A timestamptz as a native query gives it, whichever Java type the driver chose for it. */
    public static Instant of(Object column) {
        if (column instanceof Instant instant) {
            return instant;
        }
        if (column instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) column).toInstant();
    }

    /** Now, truncated to microseconds. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
