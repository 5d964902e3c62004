package org.multistakeholder.platform.parameters;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.multistakeholder.platform.calendar.Calendar;
import org.multistakeholder.platform.problems.Problems;

/**
 * Filters arrive as text and are parsed here: JAX-RS would answer 404 for a query parameter it cannot
 * convert, where the client deserves a 400 naming the parameter. Each method answers null (or an empty
 * set) when the parameter is absent or blank.
 */
public final class QueryParameters {

    /** The longest free text a list is searched or filtered by. */
    public static final int MAX_TEXT_LENGTH = 200;

    private QueryParameters() {
    }

    public static LocalDate date(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        LocalDate day = Calendar.day(value.trim());
        if (day == null) {
            throw Problems.invalidField(name, "'" + name + "' must be a date as YYYY-MM-DD, " + Calendar.RULE + ", not '" + value + "'");
        }
        return day;
    }

    public static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField(name, "'" + name + "' must be one of " + names(type) + ", not '" + value + "'");
        }
    }

    /** A comma-separated list of values ({@code status=IN_PROGRESS,COMPLETE}). */
    public static <E extends Enum<E>> Set<E> enumerations(String name, String value, Class<E> type) {
        Set<E> values = new LinkedHashSet<>();
        if (!isAbsent(value)) {
            String[] parts = value.split(",");
            if (parts.length > type.getEnumConstants().length) {
                throw Problems.invalidField(name, "'" + name + "' names at most " + type.getEnumConstants().length
                        + " values, one of each");
            }
            for (String part : parts) {
                values.add(enumeration(name, part.isBlank() ? "(empty)" : part, type));
            }
        }
        return values;
    }

    public static Integer whole(String name, String value, int min, int max) {
        if (isAbsent(value)) {
            return null;
        }
        String range = max == Integer.MAX_VALUE ? "from " + min : "from " + min + " to " + max;
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw Problems.invalidField(name, "'" + name + "' must be a whole number " + range + ", not '" + value + "'");
        }
        if (parsed < min || parsed > max) {
            throw Problems.invalidField(name, "'" + name + "' must be a whole number " + range + ", not " + parsed);
        }
        return parsed;
    }

    /** An id (int64, from 1) given as a filter, or null when absent. */
    public static Long id(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw Problems.invalidField(name, "'" + name + "' must be an id, a whole number from 1, not '" + value + "'");
        }
        if (parsed < 1) {
            throw Problems.invalidField(name, "'" + name + "' must be an id, a whole number from 1, not " + parsed);
        }
        return parsed;
    }

    public static Integer positiveNumber(String name, String value) {
        return whole(name, value, 1, Integer.MAX_VALUE);
    }

    public static void requireOrderedRange(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Problems.invalidField(toName, "'" + toName + "' (" + to + ") is before '" + fromName + "' (" + from + ")");
        }
    }

    /** Free text trimmed, or null when there is none to search for. */
    public static String text(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            throw Problems.invalidField(name, "'" + name + "' must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        return value.trim();
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
