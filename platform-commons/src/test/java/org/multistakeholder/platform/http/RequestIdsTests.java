package org.multistakeholder.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A client's X-Request-Id is kept when sane, replaced otherwise: the gateway's rule. */
class RequestIdsTests {

    @ParameterizedTest
    @ValueSource(strings = { "a", "abc-DEF_123.x", "0123456789012345678901234567890123456789012345678901234567890123" })
    void shouldKeepASaneId(String sent) {
        assertEquals(sent, RequestIds.kept(sent));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "with space", "new\nline", "quote\"", "01234567890123456789012345678901234567890123456789012345678901234",
            "ünïcode", "a/b" })
    void shouldReplaceAnythingElse(String sent) {
        String kept = RequestIds.kept(sent);
        assertNotEquals(sent, kept);
        assertTrue(kept.matches("[0-9a-f]{32}"), kept);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3 })
    void shouldIssueADifferentIdEachTime(int ignored) {
        assertNotEquals(RequestIds.issue(), RequestIds.issue());
    }
}
