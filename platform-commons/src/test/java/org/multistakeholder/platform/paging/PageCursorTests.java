package org.multistakeholder.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.resteasy.problem.HttpProblem;

class PageCursorTests {

    @Test
    void shouldReadBackWhatItWrites() {
        for (PageCursor cursor : List.of(new PageCursor("-date", 3, 20, null, null),
                new PageCursor("name", 1, 20, "internet society", 12L),
                new PageCursor("-number", 7, 100, 42L, 9L),
                new PageCursor("name", 2, 5, "\u00e9cole \u4e2d\u6587 \ud83d\ude00", 1L))) {
            String text = cursor.encode();
            assertEquals(cursor, PageCursor.decode(text));
            // base64url without padding: safe in a query string as it is.
            assertEquals(true, text.matches("[A-Za-z0-9_-]+"), text);
        }
    }

    @Test
    void shouldWriteTheExampleTheDocumentsShow() {
        assertEquals(PageCursor.EXAMPLE, new PageCursor("name", 1, 20, "internet society", 12L).encode());
        assertEquals("[\"name\",1,20,\"internet society\",12]",
                new String(Base64.getUrlDecoder().decode(PageCursor.EXAMPLE), StandardCharsets.UTF_8));
    }

    @Test
    void shouldWriteAnOffsetCursorWithoutValueOrId() {
        PageCursor cursor = PageCursor.decode(new PageCursor("id", 4, 10, null, null).encode());
        assertNull(cursor.value());
        assertNull(cursor.id());
        assertEquals(4, cursor.page());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not base64!",
            "e30", // {}
            "W10", // []
            "WyJuYW1lIiwxXQ", // ["name",1]
            "WyJuYW1lIiwxLDIwLCJ4Il0", // ["name",1,20,"x"]: a value without its id
            "WzEsMSwyMF0", // [1,1,20]: the sort is not text
            "WyJuYW1lIiwtMSwyMF0", // ["name",-1,20]
            "WyJuYW1lIiwxLDBd", // ["name",1,0]
            "WyJuYW1lIiwxLjUsMjBd", // ["name",1.5,20]
            "WyJuYW1lIiwiMSIsMjBd", // ["name","1",20]
            "WyJuYW1lIiwxLDIwLCJ4IiwieSJd", // ["name",1,20,"x","y"]: the id is not a number
            "WyJuYW1lIiwxLDIwLHt9LDFd", // ["name",1,20,{},1]
            "WyJuYW1lIiwxLDIwLCJ4IiwxLDJd", // ["name",1,20,"x",1,2]
            "WyJuYW1lIiwyMTQ3NDgzNjQ4LDIwXQ", // ["name",2147483648,20]: past an int
            "WyJuYW1lIiwxLDIwLCJ4Iiw5MjIzMzcyMDM2ODU0Nzc1ODA4XQ" // an id past a long
    })
    void shouldRefuseWhatNoListHandsOut(String text) {
        assertAfterRefused(assertThrows(HttpProblem.class, () -> PageCursor.decode(text)));
    }

    @Test
    void shouldGiveItsValueAsTheFieldsType() {
        assertEquals("x", new PageCursor("name", 1, 20, "x", 1L).valueAs(String.class));
        assertEquals(7L, new PageCursor("id", 1, 20, 7L, 7L).valueAs(Long.class));
        assertEquals(7, new PageCursor("number", 1, 20, 7L, 1L).valueAs(Integer.class));
        assertEquals(LocalDate.of(2024, 6, 11), new PageCursor("sentOn", 1, 20, "2024-06-11", 1L).valueAs(LocalDate.class));
        assertEquals(Instant.parse("2024-06-11T09:00:00Z"),
                new PageCursor("postedAt", 1, 20, "2024-06-11T09:00:00Z", 1L).valueAs(Instant.class));
    }

    @Test
    void shouldRefuseAValueItsFieldCannotHold() {
        Map<Object, Class<?>> refused = Map.ofEntries(
                Map.entry("a\u0000b", String.class), // PostgreSQL text holds no NUL
                Map.entry("a\ud800b", String.class), // half a surrogate pair
                Map.entry(7L, String.class),
                Map.entry("7", Long.class),
                Map.entry(Long.MAX_VALUE, Integer.class),
                Map.entry("2024-13-01", LocalDate.class),
                Map.entry("+10000-01-01", LocalDate.class), // past the years PostgreSQL compares as dates
                Map.entry("0000-01-01", LocalDate.class),
                Map.entry("2024-06-11", Instant.class),
                Map.entry("+10000-01-01T00:00:00Z", Instant.class),
                Map.entry("2024-06-11T09:00:00Z", Boolean.class));
        refused.forEach((value, type) -> assertAfterRefused(
                assertThrows(HttpProblem.class, () -> new PageCursor("f", 1, 20, value, 1L).valueAs(type), value + " as " + type)));
    }

    static void assertAfterRefused(HttpProblem problem) {
        assertEquals(400, problem.getStatusCode());
        assertEquals("'after' must be the 'next' of a page of this list, unchanged", problem.getDetail());
        assertEquals(List.of(Map.of("field", "after", "message", problem.getDetail())), problem.getParameters().get("violations"));
    }
}
