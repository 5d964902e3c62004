package org.multistakeholder.platform.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Deprecation as RFC 9745 writes it (a structured-field date) and Sunset as RFC 8594 does (an HTTP-date). */
class DeprecationHeadersTests {

    @Deprecation(since = "2026-12-01", sunset = "2027-06-01")
    void deprecated() {
    }

    void current() {
    }

    @Test
    void shouldWriteBothHeadersFromTheDays() throws NoSuchMethodException {
        assertArrayEquals(new String[] { "@1796083200", "Tue, 01 Jun 2027 00:00:00 GMT" },
                DeprecationHeaders.valuesOf(getClass().getDeclaredMethod("deprecated")));
    }

    @Test
    void shouldWriteNothingForAnOperationNotDeprecated() throws NoSuchMethodException {
        assertEquals(0, DeprecationHeaders.valuesOf(getClass().getDeclaredMethod("current")).length);
    }

    @Test
    void shouldRefuseDaysThatAreNotIsoOrASunsetBeforeTheDeprecation() {
        assertThrows(IllegalArgumentException.class, () -> DeprecationHeaders.values("01/12/2026", "2027-06-01", "m"));
        assertThrows(IllegalArgumentException.class, () -> DeprecationHeaders.values("2026-12-01", "2026-12-01", "m"));
    }
}
