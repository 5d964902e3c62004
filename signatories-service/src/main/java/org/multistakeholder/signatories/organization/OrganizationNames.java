package org.multistakeholder.signatories.organization;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a name under which two names count as the same organization and by which lists are sorted:
 * case, accents and runs of spaces do not matter ("Associação DNS.PT" and "associacao  dns.pt" are one).
 * Kept in a column with a unique index, so the database settles concurrent registrations too.
 */
public final class OrganizationNames {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private OrganizationNames() {
    }

    public static String normalize(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String unaccented = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(unaccented).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }
}
