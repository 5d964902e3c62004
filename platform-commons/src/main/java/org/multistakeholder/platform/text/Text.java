package org.multistakeholder.platform.text;

/**
 * The characters no text of the API may hold, and those no name may hold. Checked once for every JSON string
 * ({@code json.StrictJsonTypes}) and every query and path parameter ({@link TextParameters}); names carry
 * {@link Name}.
 */
public final class Text {

    private Text() {
    }

    /**
     * Why the text may not be stored, or null when it may: NUL (PostgreSQL cannot store it), a lone surrogate
     * (not a character; it would be stored as '?'), or a C0 control character other than tab, newline and carriage
     * return (no XML feed can carry one; carriage return is kept because browsers send multi-line form text with it).
     */
    public static String refusal(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "holds a lone surrogate (U+" + hex(c) + ") at position " + (i + 1) + ", which is not a character";
            }
            if (Character.isLowSurrogate(c)) {
                return "holds a lone surrogate (U+" + hex(c) + ") at position " + (i + 1) + ", which is not a character";
            }
            if (c == 0) {
                return "holds a NUL character at position " + (i + 1);
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return "holds the control character U+" + hex(c) + " at position " + (i + 1);
            }
        }
        return null;
    }

    /**
     * Why the text may not be a name, or null when it may: anything {@link #refusal} refuses, and the invisible
     * characters with which one name passes for another: bidirectional embeddings, overrides and isolates
     * (U+202A to U+202E, U+2066 to U+2069), the marks U+200E, U+200F and U+061C, zero-width characters (U+200B to
     * U+200D, U+2060, U+FEFF) and the soft hyphen (U+00AD).
     */
    public static String nameRefusal(String text) {
        String refusal = refusal(text);
        if (refusal != null || text == null) {
            return refusal;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C) {
                return "holds the bidirectional control U+" + hex(c) + " at position " + (i + 1);
            }
            if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x00AD) {
                return "holds the invisible character U+" + hex(c) + " at position " + (i + 1);
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
