package org.multistakeholder.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** If-Match under the strong comparison RFC 9110 asks of it, against a record at version 3. */
class EntityTagsTests {

    @Test
    void shouldTagAVersionStrongly() {
        assertEquals("\"3\"", EntityTags.of(3).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"3\"", " \"3\" ", "*", "\"1\", \"3\"", "\"1\",\"2\",\"3\"", "W/\"3\", \"3\"" })
    void shouldLetThroughAnUpdateThatNamesTheCurrentVersion(String ifMatch) {
        assertDoesNotThrow(() -> EntityTags.requireMatch(ifMatch, 3));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   " })
    void shouldAskForIfMatchWhenThereIsNone(String ifMatch) {
        HttpProblem problem = assertThrows(HttpProblem.class, () -> EntityTags.requireMatch(ifMatch, 3));
        assertEquals(428, problem.getStatusCode());
        assertEquals("This update requires an If-Match header carrying the ETag of the version you read", problem.getDetail());
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"2\"", "W/\"3\"", "3", "\"1\", \"2\"", "\"3", "\"33\"", "W/*" })
    void shouldRefuseAStaleOrWeakTagWithTheCurrentOne(String ifMatch) {
        assertStale(assertThrows(HttpProblem.class, () -> EntityTags.requireMatch(ifMatch, 3)));
    }

    @Test
    void shouldNotReadAnIfMatchLongerThanAnyListOfTags() {
        String longest = ("\"1\", ".repeat(1024)).substring(0, EntityTags.MAX_IF_MATCH_LENGTH - 5) + ", \"3\"";
        assertEquals(EntityTags.MAX_IF_MATCH_LENGTH, longest.length());
        assertDoesNotThrow(() -> EntityTags.requireMatch(longest, 3));
        assertStale(assertThrows(HttpProblem.class, () -> EntityTags.requireMatch(" " + longest, 3)));
    }

    private static void assertStale(HttpProblem problem) {
        assertEquals(412, problem.getStatusCode());
        assertEquals("\"3\"", problem.getHeaders().get("ETag"));
    }
}
