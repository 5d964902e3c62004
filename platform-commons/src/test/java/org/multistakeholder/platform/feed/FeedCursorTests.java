package org.multistakeholder.platform.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;

class FeedCursorTests {

    @Test
    void shouldReadBackWhatItHandsOut() {
        for (FeedCursor cursor : List.of(new FeedCursor(791, 42, null), new FeedCursor(0, 0, null),
                new FeedCursor(Long.MAX_VALUE, Long.MAX_VALUE, null), new FeedCursor(750, 0, "750:760:751,755"),
                new FeedCursor(750, 0, "750:750:"))) {
            assertEquals(cursor, FeedCursor.decode("after", cursor.encode()));
        }
        assertEquals(FeedCursor.EXAMPLE, new FeedCursor(791, 42, null).encode());
    }

    @Test
    void shouldStartAtTheBeginningWithoutOne() {
        assertEquals(FeedCursor.START, FeedCursor.decode("after", null));
        assertEquals(FeedCursor.START, FeedCursor.decode("after", " "));
    }

    @Test
    void shouldRefuseWhatItDidNotHandOutNamingTheParameter() {
        for (String text : List.of("not a cursor", encoded("1"), encoded("1.2.3.4"), encoded("-1.2"), encoded("1.-2"), encoded("a.b"),
                encoded("1.2.snapshot"), encoded("1.2.1:2:x"), encoded("99999999999999999999.1"), "x".repeat(FeedCursor.MAX_LENGTH + 1))) {
            HttpProblem problem = assertThrows(HttpProblem.class, () -> FeedCursor.decode("after", text), text);
            assertEquals(400, problem.getStatusCode());
            assertTrue(problem.getParameters().get("violations").toString().contains("after"), text);
        }
    }

    @Test
    void shouldOrderByTransactionThenId() {
        FeedCursor cursor = new FeedCursor(10, 5, null);
        assertTrue(cursor.isBefore(11, 0));
        assertTrue(cursor.isBefore(10, 6));
        assertFalse(cursor.isBefore(10, 5));
        assertFalse(cursor.isBefore(9, 100));
    }

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
