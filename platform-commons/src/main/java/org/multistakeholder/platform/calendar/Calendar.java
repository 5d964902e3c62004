package org.multistakeholder.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Years 0001 to 9999, four digits, no sign: ISO-8601 without its expanded years, and without year 0000, which
 * PostgreSQL does not have (it would store 0001). What is read is stored as sent.
 */
public final class Calendar {

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;
    /** The form of a date, for the documents. */
    public static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    /** The form of an instant's start, for the documents. */
    public static final String INSTANT_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T";
    /** How the documents and the problems say it. */
    public static final String RULE = "years 0001 to 9999, four digits, no sign";

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INSTANT_START = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T.*", Pattern.DOTALL);
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Calendar() {
    }

    /** The day written YYYY-MM-DD with a year from 0001 to 9999, or null when the text is not one. */
    public static LocalDate day(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text, STRICT_DATE);
            return inRange(day.getYear()) ? day : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether the text starts as an instant must, with a four-digit year (the rest is ISO-8601's to judge). */
    public static boolean looksLikeInstant(String text) {
        return text != null && INSTANT_START.matcher(text).matches();
    }

    /** Whether the instant, in UTC, falls in the years 0001 to 9999. */
    public static boolean inRange(Instant instant) {
        return inRange(instant.atOffset(ZoneOffset.UTC).getYear());
    }

    public static boolean inRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
