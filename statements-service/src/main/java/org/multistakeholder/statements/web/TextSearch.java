package org.multistakeholder.statements.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user types into PostgreSQL tsqueries over the 'simple' configuration, one per word, each word
 * as a prefix, so "multistake" finds "multistakeholderism". Only letters and digits reach the query, so
 * no user input can produce tsquery syntax errors. Accents are folded with the table of the database function
 * fold_accents (migration V2), which the indexed text went through.
 */
public final class TextSearch {

    private static final int MAX_TERMS = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    // Keep identical to fold_accents in V2__statement_text_comments_correspondence.sql.
    static final String ACCENTED = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćČčĎďÈÉÊËèéêëĒēĖėĘęĚěÌÍÎÏìíîïĪīĮįıŁłÑñŃńŇňÒÓÔÕÖØòóôõöøŌōŐőŔŕŘřŚśŠšŞşŤťŢţÙÚÛÜùúûüŪūŮůŰűŲųÝýÿŸŹźŻżŽž";
    static final String FOLDED = "AAAAAAaaaaaaAaAaAaCcCcCcDdEEEEeeeeEeEeEeEeIIIIiiiiIiIiiLlNnNnNnOOOOOOooooooOoOoRrRrSsSsSsTtTtUUUUuuuuUuUuUuUuYyyYZzZzZz";

    private TextSearch() {
    }

    /**
     * @return one tsquery per word, each matching the word as a prefix; empty when the input holds no word. A
     *         caller requires every one of them, each anywhere in the searched text, so that the words of a query may
     *         fall in different parts (title and clauses) of what is searched.
     */
    public static List<String> prefixTerms(String input) {
        List<String> terms = new ArrayList<>();
        if (input == null) {
            return terms;
        }
        Matcher matcher = WORD.matcher(fold(input).toLowerCase(Locale.ROOT));
        while (matcher.find() && terms.size() < MAX_TERMS) {
            String term = matcher.group() + ":*";
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    /**
     * The pattern for a LIKE ... ESCAPE '\\' that finds {@code text} anywhere in a column compared as
     * {@code lower(fold_accents(column))}: folded, lower-cased, its wildcards taken literally.
     */
    public static String likeContaining(String text) {
        return fold(text).toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = ACCENTED.indexOf(c);
            folded.append(at < 0 ? c : FOLDED.charAt(at));
        }
        return folded.toString();
    }
}
