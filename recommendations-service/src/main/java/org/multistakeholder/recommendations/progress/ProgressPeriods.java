package org.multistakeholder.recommendations.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.multistakeholder.platform.parameters.QueryParameters;
import org.multistakeholder.platform.problems.Problems;

/**
 * The days a progress report counts at, from its query parameters: the last day of each quarter from
 * {@code from} to {@code to}, or the single {@code asOf} day. Each period is labelled as the client named it.
 */
public final class ProgressPeriods {

    /** Ten years of quarters: enough for any review, and keeps one request from asking for millions of rows. */
    public static final int MAX_QUARTERS = 40;

    public record Period(String label, LocalDate endsOn) {
    }

    private ProgressPeriods() {
    }

    public static List<Period> parse(String from, String to, String asOf) {
        boolean range = present(from) || present(to);
        if (present(asOf)) {
            if (range) {
                throw Problems.invalidField("asOf", "Give either 'asOf' or 'from' and 'to', not both");
            }
            LocalDate day = QueryParameters.date("asOf", asOf);
            return List.of(new Period(day.toString(), day));
        }
        if (!present(from)) {
            throw Problems.invalidField("from", present(to)
                    ? "'from' is required with 'to': the first quarter, such as 2022-Q1"
                    : "Give 'from' and 'to' (quarters such as 2022-Q1) or 'asOf' (a date as YYYY-MM-DD)");
        }
        if (!present(to)) {
            throw Problems.invalidField("to", "'to' is required with 'from': the last quarter, such as 2023-Q2");
        }
        Quarter first = quarter("from", from);
        Quarter last = quarter("to", to);
        int count = first.countTo(last);
        if (count < 1) {
            throw Problems.invalidField("to", "'to' (" + last + ") must not be before 'from' (" + first + ")");
        }
        if (count > MAX_QUARTERS) {
            throw Problems.invalidField("to", "At most " + MAX_QUARTERS + " quarters at once; " + first + " to " + last
                    + " is " + count);
        }
        List<Period> periods = new ArrayList<>();
        Quarter quarter = first;
        periods.add(new Period(quarter.toString(), quarter.lastDay()));
        while (periods.size() < count) {
            quarter = quarter.next();
            periods.add(new Period(quarter.toString(), quarter.lastDay()));
        }
        return periods;
    }

    private static Quarter quarter(String name, String value) {
        return Quarter.parse(value).orElseThrow(() -> Problems.invalidField(name,
                "'" + name + "' must be a quarter such as 2022-Q1 (year, then Q1 to Q4), not '" + value + "'"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
