package org.multistakeholder.statements.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.multistakeholder.platform.api.Problems;

/**
 * Filters arrive as text and are parsed here: JAX-RS would answer 404 for an unconvertible query
 * parameter, where the client deserves a 400 naming the parameter.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problems.invalidField(name, "'" + name + "' must be a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    public static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField(name, "'" + name + "' must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                    + ", not '" + value + "'");
        }
    }

    public static Integer positiveNumber(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Problems.invalidField(name, "'" + name + "' must be a whole number from 1, not '" + value + "'");
    }

    public static void requireOrderedRange(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Problems.invalidField(toName, "'" + toName + "' (" + to + ") is before '" + fromName + "' (" + from + ")");
        }
    }

    /** Free text trimmed, or null when there is none to search for. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
