package org.multistakeholder.platform.parameters;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.resteasy.problem.HttpProblem;

class QueryParametersTests {

    enum Status { NOT_STARTED, IN_PROGRESS, COMPLETE }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "  " })
    void shouldTakeAnAbsentOrBlankParameterAsNone(String value) {
        assertNull(QueryParameters.date("asOf", value));
        assertNull(QueryParameters.enumeration("status", value, Status.class));
        assertEquals(Set.of(), QueryParameters.enumerations("status", value, Status.class));
        assertNull(QueryParameters.whole("year", value, 1990, 9999));
        assertNull(QueryParameters.text("q", value));
    }

    @Test
    void shouldReadEachKindOfValue() {
        assertEquals(LocalDate.of(2024, 6, 11), QueryParameters.date("asOf", " 2024-06-11 "));
        assertEquals(Status.COMPLETE, QueryParameters.enumeration("status", "COMPLETE", Status.class));
        assertEquals(List.of(Status.COMPLETE, Status.NOT_STARTED),
                List.copyOf(QueryParameters.enumerations("status", "COMPLETE, NOT_STARTED", Status.class)));
        assertEquals(2024, QueryParameters.whole("year", "2024", 1990, 9999));
        assertEquals(7, QueryParameters.positiveNumber("clause", "7"));
        assertEquals("summit", QueryParameters.text("q", "  summit "));
        assertDoesNotThrow(() -> QueryParameters.requireOrderedRange("from", LocalDate.of(2024, 1, 1), "to", LocalDate.of(2024, 1, 1)));
    }

    @Test
    void shouldRefuseAValueWithADetailNamingTheParameter() {
        Map<Executable, String> refusals = Map.ofEntries(
                Map.entry(() -> QueryParameters.date("asOf", "2024-02-30"), "'asOf' must be a date as YYYY-MM-DD, years 0001 to 9999, four digits, no sign, not '2024-02-30'"),
                Map.entry(() -> QueryParameters.date("asOf", "11/06/2024"), "'asOf' must be a date as YYYY-MM-DD, years 0001 to 9999, four digits, no sign, not '11/06/2024'"),
                Map.entry(() -> QueryParameters.enumeration("status", "done", Status.class),
                        "'status' must be one of NOT_STARTED, IN_PROGRESS, COMPLETE, not 'done'"),
                Map.entry(() -> QueryParameters.enumerations("status", "COMPLETE,,IN_PROGRESS", Status.class),
                        "'status' must be one of NOT_STARTED, IN_PROGRESS, COMPLETE, not '(empty)'"),
                Map.entry(() -> QueryParameters.enumerations("status", "COMPLETE,COMPLETE,COMPLETE,COMPLETE", Status.class),
                        "'status' names at most 3 values, one of each"),
                Map.entry(() -> QueryParameters.whole("year", "20x4", 1990, 9999), "'year' must be a whole number from 1990 to 9999, not '20x4'"),
                Map.entry(() -> QueryParameters.whole("year", "1989", 1990, 9999), "'year' must be a whole number from 1990 to 9999, not 1989"),
                Map.entry(() -> QueryParameters.positiveNumber("clause", "0"), "'clause' must be a whole number from 1, not 0"),
                Map.entry(() -> QueryParameters.positiveNumber("clause", "99999999999"),
                        "'clause' must be a whole number from 1, not '99999999999'"),
                Map.entry(() -> QueryParameters.text("q", "x".repeat(QueryParameters.MAX_TEXT_LENGTH + 1)), "'q' must be at most 200 characters"),
                Map.entry(() -> QueryParameters.requireOrderedRange("from", LocalDate.of(2024, 2, 1), "to", LocalDate.of(2024, 1, 1)),
                        "'to' (2024-01-01) is before 'from' (2024-02-01)"));
        refusals.forEach((call, detail) -> {
            HttpProblem problem = assertThrows(HttpProblem.class, call, detail);
            assertEquals(400, problem.getStatusCode());
            assertEquals(detail, problem.getDetail());
            String field = detail.substring(1, detail.indexOf('\'', 1));
            assertEquals(List.of(Map.of("field", field, "message", detail)), problem.getParameters().get("violations"));
        });
    }
}
