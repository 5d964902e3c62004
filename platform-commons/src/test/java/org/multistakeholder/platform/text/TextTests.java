package org.multistakeholder.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTests {

    @ParameterizedTest
    @ValueSource(strings = { "", "plain", "tab\there", "two\nlines", "windows\r\nlines", "é 😀 \u202e \u200b \u00ad" })
    void shouldAcceptText(String text) {
        assertNull(Text.refusal(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "a\u0000b", "a\ud800b", "a\udc00", "\ud800", "a\u0001", "\u0007", "\u001b[31m", "\u001f", "\u000b", "\u000c" })
    void shouldRefuseText(String text) {
        assertNotNull(Text.refusal(text));
        assertNotNull(Text.nameRefusal(text));
    }

    @Test
    void shouldSayWhatAndWhere() {
        assertEquals("holds a NUL character at position 2", Text.refusal("a\u0000b"));
        assertEquals("holds a lone surrogate (U+D800) at position 2, which is not a character", Text.refusal("a\ud800b"));
        assertEquals("holds the control character U+0007 at position 1", Text.refusal("\u0007"));
        assertEquals("holds the bidirectional control U+202E at position 6", Text.nameRefusal("APNIC\u202eCINPA"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Jane Doe", "José Müller-Łukasiewicz", "北京大学", "مركز", "O'Brien & Co.", "😀" })
    void shouldAcceptNames(String name) {
        assertNull(Text.nameRefusal(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "A\u202aB", "A\u202bB", "A\u202cB", "A\u202dB", "A\u202eB", "A\u2066B", "A\u2067B", "A\u2068B",
            "A\u2069B", "A\u200eB", "A\u200fB", "A\u061cB", "A\u200bB", "A\u200cB", "A\u200dB", "A\u2060B", "\ufeffAB", "A\u00adB" })
    void shouldRefuseInvisibleCharactersInNames(String name) {
        assertNotNull(Text.nameRefusal(name), name);
        assertNull(Text.refusal(name), name);
    }
}
