package org.multistakeholder.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** If-None-Match under the weak comparison RFC 9110 asks of it, and the weak tag of a representation. */
class ConditionalReadsTests {

    private static final String TAG = EntityTags.weakOf("application/json", bytes("{\"items\":[]}"));

    @Test
    void shouldTagARepresentationWeaklyByItsContentAndMediaType() {
        assertTrue(TAG.matches("W/\"[A-Za-z0-9_-]{24}\""), TAG);
        assertEquals(TAG, EntityTags.weakOf("application/json", bytes("{\"items\":[]}")));
        assertNotEquals(TAG, EntityTags.weakOf("application/json", bytes("{\"items\":[1]}")));
        assertNotEquals(TAG, EntityTags.weakOf("text/csv", bytes("{\"items\":[]}")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "*", "\"3\"", "W/\"3\"", " \"1\" , W/\"3\" ", "\"1\",\"3\"" })
    void shouldFindTheCurrentVersionNamed(String ifNoneMatch) {
        assertTrue(EntityTags.noneMatchNames(ifNoneMatch, "\"3\""));
        assertTrue(EntityTags.noneMatchNames(ifNoneMatch.replace("3", "x"), "W/\"x\"") || ifNoneMatch.equals("*"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", " ", "\"1\"", "W/\"33\"", "3", "\"1\", \"2\"" })
    void shouldNotFindAnotherVersion(String ifNoneMatch) {
        assertFalse(EntityTags.noneMatchNames(ifNoneMatch, "\"3\""));
    }

    @Test
    void shouldNotReadAnOversizedHeader() {
        assertFalse(EntityTags.noneMatchNames("\"1\", ".repeat(300) + "\"3\"", "\"3\""));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
