package org.multistakeholder.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;

import org.multistakeholder.platform.problems.Problems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Where the next page of a list starts, handed to the client as an opaque {@code next} and read back from
 * {@code after}. It holds the sort it was made for, the number of the page it leads to and, where the list can
 * seek, the sort value and id of the last item shown: the next page is then read from that point in an index
 * rather than by skipping every item before it. Without a value it is an offset, {@code page * size}.
 *
 * <p>It is base64url of a small JSON array, {@code ["-postedAt", 3, 20, "2024-06-11T09:00:00Z", 1234]} (sort, page,
 * size, value, id): opaque to clients, readable in a log when needed, and checked on the way in like any other
 * parameter. It is not signed: a client that edits one gets a page of the same list from another point, never a
 * value the list would not accept as a filter.
 */
public record PageCursor(String sort, int page, int size, Object value, Long id) {

    /**
     * Longer than any cursor a list hands out: the longest value is a name of 300 characters, which lower-cased and
     * encoded in UTF-8 (at most 1,200 bytes) and then base64, stays under 1,700 characters.
     */
    public static final int MAX_LENGTH = 2048;
    /** A cursor as a list hands it out: the second page of 20 organizations by name, after "internet society" (id 12). */
    public static final String EXAMPLE = "WyJuYW1lIiwxLDIwLCJpbnRlcm5ldCBzb2NpZXR5IiwxMl0";

    private static final ObjectMapper JSON = new ObjectMapper();

    public String encode() {
        ArrayNode array = JSON.createArrayNode().add(sort).add(page).add(size);
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

    /**
     * The cursor in {@code text}, or a 400 naming {@code after} when it is not one a list handed out. Its page and
     * size are only known to be whole numbers here; the request that reads it holds them to the bounds of any request.
     */
    public static PageCursor decode(String text) {
        JsonNode array;
        try {
            array = JSON.readTree(Base64.getUrlDecoder().decode(text.trim()));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
        boolean wellFormed = array != null && array.isArray() && (array.size() == 3 || array.size() == 5)
                && array.get(0).isTextual()
                && isWhole(array.get(1), 0, Integer.MAX_VALUE) && isWhole(array.get(2), 1, Integer.MAX_VALUE)
                && (array.size() == 3 || (array.get(3).isTextual() || isWhole(array.get(3), Long.MIN_VALUE, Long.MAX_VALUE))
                        && isWhole(array.get(4), Long.MIN_VALUE, Long.MAX_VALUE));
        if (!wellFormed) {
            throw invalid();
        }
        Object value = array.size() == 3 ? null : array.get(3).isTextual() ? array.get(3).asText() : (Object) array.get(3).longValue();
        Long id = array.size() == 3 ? null : array.get(4).longValue();
        return new PageCursor(array.get(0).asText(), array.get(1).intValue(), array.get(2).intValue(), value, id);
    }

    private static boolean isWhole(JsonNode node, long min, long max) {
        return node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= min && node.longValue() <= max;
    }

    /** The value as the type of the field it was taken from, or a 400 when it cannot be one of its values. */
    public Object valueAs(Class<?> type) {
        try {
            if (type == String.class && value instanceof String text && storable(text)) {
                return text;
            }
            if (type == Long.class && value instanceof Long number) {
                return number;
            }
            if (type == Integer.class && value instanceof Long number) {
                return Math.toIntExact(number);
            }
            if (type == LocalDate.class && value instanceof String text) {
                LocalDate day = LocalDate.parse(text);
                if (day.getYear() >= 1 && day.getYear() <= 9999) {
                    return day;
                }
            }
            if (type == Instant.class && value instanceof String text) {
                Instant instant = Instant.parse(text);
                int year = instant.atOffset(ZoneOffset.UTC).getYear();
                if (year >= 1 && year <= 9999) {
                    return instant;
                }
            }
        } catch (DateTimeException | ArithmeticException e) {
            throw invalid();
        }
        throw invalid();
    }

    /** Text PostgreSQL can compare: no NUL character, no half of a surrogate pair. */
    private static boolean storable(String text) {
        return text.codePoints().noneMatch(c -> c == 0 || Character.isSurrogate((char) c) && c <= Character.MAX_VALUE);
    }

    static io.quarkiverse.resteasy.problem.HttpProblem invalid() {
        return Problems.invalidField("after", "'after' must be the 'next' of a page of this list, unchanged");
    }
}
