package org.multistakeholder.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The rules a body is read by, on a mapper set up as Quarkus sets up the services' one. */
class StrictJsonTypesTests {

    enum Kind { SUMMIT, COALITION }

    record Body(String title, Kind kind, int count, Integer optional, boolean flag, LocalDate day, Instant at, List<String> tags) {
    }

    private final ObjectMapper mapper = strict();

    @Test
    void shouldReadEachValueOfItsOwnType() throws Exception {
        Body body = mapper.readValue("""
                {"title": "T", "kind": "COALITION", "count": 3, "optional": null, "flag": true, "day": "2024-06-11",
                 "at": "2024-06-11T09:30:00.123+02:00", "tags": ["a"]}""", Body.class);
        assertEquals(new Body("T", Kind.COALITION, 3, null, true, LocalDate.of(2024, 6, 11),
                Instant.parse("2024-06-11T07:30:00.123Z"), List.of("a")), body);
    }

    @Test
    void shouldReadInstantsToTheMicrosecondAsTheyAreStored() throws Exception {
        Body body = mapper.readValue("""
                {"title": "T", "kind": "SUMMIT", "count": 1, "flag": false, "at": "2024-06-11T07:30:00.123456789Z"}""", Body.class);
        assertEquals(Instant.parse("2024-06-11T07:30:00.123456Z"), body.at());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"title\": 12", "\"title\": 1.5", "\"title\": true",
            "\"kind\": 1", "\"kind\": \"summit\"",
            "\"count\": 1.5", "\"count\": \"3\"", "\"count\": true", "\"optional\": 2.0",
            "\"flag\": \"true\"", "\"flag\": 1",
            "\"day\": 12345", "\"day\": \"2024-02-30\"", "\"day\": \"11/06/2024\"",
            "\"at\": 1700000000", "\"at\": \"1700000000\"", "\"at\": \"1700000000.5\"", "\"at\": \"-1\"", "\"at\": true",
            "\"at\": \"2024-06-11\"",
            "\"tags\": \"a\"" })
    void shouldRefuseAValueOfAnotherType(String field) {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{" + field + "}", Body.class), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"count\": \"\"", "\"count\": \" \"", "\"optional\": \"\"", "\"flag\": \"\"", "\"flag\": \" \"",
            "\"day\": \"\"", "\"day\": []", "\"day\": [2024,5,9]", "\"at\": \"\"", "\"at\": []",
            "\"count\": [3]", "\"title\": [\"T\"]",
            "\"day\": \"0000-01-01\"", "\"day\": \"-4713-01-01\"", "\"day\": \"+10000-01-01\"", "\"day\": \"10000-01-01\"",
            "\"day\": \"-999999999-01-01\"", "\"day\": \"+2024-01-01\"", "\"day\": \"2024-1-01\"",
            "\"at\": \"0000-01-01T00:00:00Z\"", "\"at\": \"+10000-01-01T00:00:00Z\"", "\"at\": \"-0001-01-01T00:00:00Z\"",
            "\"at\": \"0001-01-01T00:00:00+01:00\"", "\"at\": \"9999-12-31T23:30:00-01:00\"",
            "\"title\": \"a\\u0000b\"", "\"title\": \"a\\ud800b\"", "\"title\": \"a\\udc00\"", "\"title\": \"a\\u0007b\"",
            "\"title\": \"a\\u001fb\"", "\"tags\": [\"ok\", \"a\\u0000\"]" })
    void shouldRefuseBlankLenientAndOutOfRangeValuesAndBadText(String field) {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{" + field + "}", Body.class), field);
    }

    @Test
    void shouldNameTheFieldAndTheCharacterOfRefusedText() {
        RefusedText refused = assertThrows(RefusedText.class, () -> mapper.readValue("{\"title\": \"a\\u0000b\"}", Body.class));
        assertEquals("holds a NUL character at position 2", refused.reason());
        assertEquals("title", refused.getPath().get(0).getFieldName());
    }

    @Test
    void shouldReadTheEdgesOfTheCalendarAsSent() throws Exception {
        Body first = mapper.readValue("{\"day\": \"0001-01-01\", \"at\": \"0001-01-01T00:00:00Z\"}", Body.class);
        Body last = mapper.readValue("{\"day\": \"9999-12-31\", \"at\": \"9999-12-31T23:59:59.999999Z\"}", Body.class);
        assertEquals(LocalDate.of(1, 1, 1), first.day());
        assertEquals(Instant.parse("0001-01-01T00:00:00Z"), first.at());
        assertEquals(LocalDate.of(9999, 12, 31), last.day());
        assertEquals(Instant.parse("9999-12-31T23:59:59.999999Z"), last.at());
    }

    @Test
    void shouldKeepTabsNewlinesCarriageReturnsAndOtherCharacters() throws Exception {
        String text = "a\tb\nc\r\nd \u00e9 \ud83d\ude00 \u202e";
        assertEquals(text, mapper.readValue("{\"title\": " + mapper.writeValueAsString(text) + "}", Body.class).title());
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"title\": \"T\"} xyz", "{\"title\": \"T\"} {}", "{\"title\": \"T\"}]",
            "{\"title\": \"T\", \"title\": \"U\"}", "{\"tags\": [], \"count\": 1, \"tags\": []}" })
    void shouldRefuseTrailingDataAndDuplicateKeys(String body) {
        assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class, () -> mapper.readValue(body, Body.class), body);
    }

    static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJsonTypes().customize(mapper);
        return mapper;
    }
}
