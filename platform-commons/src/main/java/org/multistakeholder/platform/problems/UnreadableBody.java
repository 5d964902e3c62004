package org.multistakeholder.platform.problems;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkiverse.resteasy.problem.HttpProblem;

import org.multistakeholder.platform.calendar.Calendar;
import org.multistakeholder.platform.json.RefusedText;

/**
 * Turns Jackson's complaint about a request body into a 400 problem a client can act on: which field,
 * what was expected, in the API's words rather than Java's.
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static HttpProblem problem(JsonProcessingException json) {
        String field = fieldOf(json);
        HttpProblem.Builder builder = Problems.problem(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, describe(json, field));
        if (json instanceof RefusedText) {
            builder.withType(ProblemType.INVALID_TEXT.uri()).withTitle(ProblemType.INVALID_TEXT.title());
        }
        if (field != null) {
            builder.with("field", field);
        }
        return builder.build();
    }

    static String describe(JsonProcessingException json, String field) {
        if (json instanceof RefusedText refused) {
            return (field == null ? "The text" : "'" + field + "'") + " " + refused.reason();
        }
        if (json instanceof MismatchedInputException && json.getOriginalMessage() != null
                && json.getOriginalMessage().startsWith("Trailing token")) {
            return "The request body holds something after its JSON value";
        }
        if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String expected = expected(mismatch.getTargetType());
            if (field == null) {
                return "The request body must be " + expected;
            }
            String got = json instanceof InvalidFormatException format && format.getValue() != null
                    ? "; got '" + format.getValue() + "'"
                    : "";
            return "'" + field + "' must be " + expected + got;
        }
        JsonLocation location = json.getLocation();
        String where = location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        String reason = json.getOriginalMessage();
        int cut = reason.indexOf('\n');
        return "The request body is not valid JSON" + where + ": " + (cut < 0 ? reason : reason.substring(0, cut));
    }

    static String fieldOf(JsonProcessingException json) {
        if (!(json instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date as YYYY-MM-DD, " + Calendar.RULE;
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "an ISO-8601 instant such as 2024-06-11T09:30:00Z, " + Calendar.RULE;
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
                || type == Short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "a JSON object" : "a value of another type";
    }
}
