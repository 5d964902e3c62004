package org.multistakeholder.statements.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user types into a PostgreSQL tsquery over the 'simple' configuration: every word must occur,
 * each as a prefix, so "multistake" finds "multistakeholderism". Only letters and digits reach the query, so
 * no user input can produce tsquery syntax errors.
 */
public final class TextSearch {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TextSearch() {
    }

    /** @return the tsquery text, or null when the input holds no word to search for */
    public static String prefixQuery(String input) {
        if (input == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        Matcher matcher = WORD.matcher(input.toLowerCase(Locale.ROOT));
        while (matcher.find() && terms.size() < 16) {
            terms.add(matcher.group() + ":*");
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }
}
