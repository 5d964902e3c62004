package org.multistakeholder.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarTests {

    @Test
    void shouldReadTheFirstAndLastDaysAsSent() {
        assertEquals(LocalDate.of(1, 1, 1), Calendar.day("0001-01-01"));
        assertEquals(LocalDate.of(9999, 12, 31), Calendar.day("9999-12-31"));
        assertEquals(LocalDate.of(2024, 2, 29), Calendar.day("2024-02-29"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0000-01-01", "-4713-01-01", "+10000-01-01", "10000-01-01", "+2024-01-01", "-0001-01-01",
            "-999999999-01-01", "+999999999-12-31", "2023-02-29", "2024-13-01", "2024-1-1", "24-01-01", " 2024-01-01", "" })
    void shouldRefuseOtherDays(String text) {
        assertNull(Calendar.day(text), text);
    }

    @Test
    void shouldHoldInstantsToTheSameYears() {
        assertTrue(Calendar.looksLikeInstant("2024-06-11T09:30:00Z"));
        assertFalse(Calendar.looksLikeInstant("+10000-01-01T00:00:00Z"));
        assertFalse(Calendar.looksLikeInstant("-0001-01-01T00:00:00Z"));
        assertFalse(Calendar.looksLikeInstant("2024-06-11"));
        assertTrue(Calendar.inRange(Instant.parse("0001-01-01T00:00:00Z")));
        assertTrue(Calendar.inRange(Instant.parse("9999-12-31T23:59:59.999999999Z")));
        assertFalse(Calendar.inRange(Instant.parse("0000-12-31T23:59:59Z")));
        assertFalse(Calendar.inRange(Instant.parse("+10000-01-01T00:00:00Z")));
    }
}
