package org.multistakeholder.platform.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Where the next page of a list starts, handed to the client as an opaque {@code next} and read back from
 * {@code after}. It holds the sort it was made for, the number of the page it leads to and, where the list can
 * seek, the sort value and id of the last item shown: the next page is then read from that point in an index
 * rather than by skipping every item before it. Without a value it is an offset, {@code page * size}.
 *
 * <p>It is base64url of a small JSON array, {@code ["-postedAt", 3, "2024-06-11T09:00:00Z", 1234]}: opaque to
 * clients, readable in a log when needed, and checked on the way in like any other parameter.
 */
public record PageCursor(String sort, int page, Object value, Long id) {

    /** Longer than any cursor a list hands out, whose value is at most a few hundred characters of a name. */
    public static final int MAX_LENGTH = 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    public String encode() {
        ArrayNode array = JSON.createArrayNode().add(sort).add(page);
        if (value != null) {
            if (value instanceof Number number) {
                array.add(number.longValue());
            } else {
                array.add(value.toString());
            }
            array.add(id);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in {@code text}, or a 400 naming {@code after} when it is not one a list handed out. */
    public static PageCursor decode(String text) {
        JsonNode array;
        try {
            array = JSON.readTree(Base64.getUrlDecoder().decode(text.trim()));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
        boolean wellFormed = array != null && array.isArray() && (array.size() == 2 || array.size() == 4)
                && array.get(0).isTextual() && array.get(1).canConvertToInt() && array.get(1).isIntegralNumber()
                && array.get(1).intValue() >= 0 && array.get(1).intValue() <= PageRequest.MAX_PAGE
                && (array.size() == 2 || (array.get(2).isValueNode() && !array.get(2).isNull() && array.get(3).isIntegralNumber()));
        if (!wellFormed) {
            throw invalid();
        }
        Object value = array.size() == 2 ? null : array.get(2).isIntegralNumber() ? array.get(2).longValue() : array.get(2).asText();
        Long id = array.size() == 2 ? null : array.get(3).longValue();
        return new PageCursor(array.get(0).asText(), array.get(1).intValue(), value, id);
    }

    /** The value as the type of the field it was taken from, or a 400 when the cursor was tampered with. */
    public Object valueAs(Class<?> type) {
        try {
            if (type == String.class && value instanceof String) {
                return value;
            }
            if ((type == Long.class || type == Integer.class) && value instanceof Long number) {
                return type == Long.class ? number : Math.toIntExact(number);
            }
            if (type == LocalDate.class && value instanceof String text) {
                return LocalDate.parse(text);
            }
            if (type == Instant.class && value instanceof String text) {
                return Instant.parse(text);
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            throw invalid();
        }
        throw invalid();
    }

    static io.quarkiverse.resteasy.problem.HttpProblem invalid() {
        return Problems.invalidField("after", "'after' must be the 'next' of a page of this list, unchanged");
    }
}
