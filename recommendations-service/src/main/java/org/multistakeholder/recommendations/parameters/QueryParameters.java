package org.multistakeholder.recommendations.parameters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.multistakeholder.platform.api.Problems;

/**
 * Query parameters arrive as text and are parsed here, so that a bad value is a 400 naming the parameter
 * rather than the 404 JAX-RS gives for a parameter it cannot convert.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** @return null when the parameter is absent or blank */
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

    /** @return null when absent or blank */
    public static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField(name, "'" + name + "' must be one of " + names(type) + ", not '" + value + "'");
        }
    }

    /** A comma-separated list of values ({@code status=IN_PROGRESS,COMPLETE}); empty when absent. */
    public static <E extends Enum<E>> Set<E> enumerations(String name, String value, Class<E> type) {
        Set<E> values = new LinkedHashSet<>();
        if (value != null && !value.isBlank()) {
            for (String part : value.split(",")) {
                values.add(enumeration(name, part.isBlank() ? "(empty)" : part, type));
            }
        }
        return values;
    }

    /** @return null when absent or blank */
    public static Integer whole(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw Problems.invalidField(name, "'" + name + "' must be a whole number from " + min + " to " + max);
        }
        if (parsed < min || parsed > max) {
            throw Problems.invalidField(name, "'" + name + "' must be from " + min + " to " + max + ", not " + parsed);
        }
        return parsed;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
