package org.multistakeholder.recommendations.progress;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.multistakeholder.platform.calendar.Calendar;

/** A calendar quarter, written {@code 2022-Q1} in the API; its year follows {@link Calendar} (0001 to 9999). */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (year < 1 || year > 9999 || quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("No such quarter: " + year + "-Q" + quarter);
        }
    }

    /** @return empty when the text is not a quarter such as 2022-Q1 */
    public static Optional<Quarter> parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.trim());
        if (!matcher.matches() || !Calendar.inRange(Integer.parseInt(matcher.group(1)))) {
            return Optional.empty();
        }
        return Optional.of(new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    /** How many quarters from this one to {@code other}, both included; 0 or less when other is earlier. */
    public int countTo(Quarter other) {
        return (other.year - year) * 4 + (other.quarter - quarter) + 1;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return String.format("%04d-Q%d", year, quarter);
    }
}
