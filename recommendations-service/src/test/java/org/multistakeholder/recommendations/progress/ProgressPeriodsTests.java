package org.multistakeholder.recommendations.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;

class ProgressPeriodsTests {

    @Test
    void shouldParseQuartersAndTheirLastDays() {
        assertEquals(new Quarter(2022, 1), Quarter.parse("2022-Q1").orElseThrow());
        assertEquals(LocalDate.of(2022, 3, 31), new Quarter(2022, 1).lastDay());
        assertEquals(LocalDate.of(2024, 6, 30), new Quarter(2024, 2).lastDay());
        assertEquals(LocalDate.of(2022, 12, 31), new Quarter(2022, 4).lastDay());
        assertEquals(new Quarter(2023, 1), new Quarter(2022, 4).next());
        assertEquals(new Quarter(2023, 3), Quarter.of(LocalDate.of(2023, 9, 30)));
        for (String invalid : List.of("2022-Q5", "2022-Q0", "2022Q1", "22-Q1", "2022-q1", "garbage", "")) {
            assertTrue(Quarter.parse(invalid).isEmpty(), invalid);
        }
    }

    @Test
    void shouldListQuarterEndsFromTo() {
        List<ProgressPeriods.Period> periods = ProgressPeriods.parse("2022-Q1", "2023-Q2", null);
        assertEquals(List.of("2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2"),
                periods.stream().map(ProgressPeriods.Period::label).toList());
        assertEquals(List.of(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 9, 30),
                LocalDate.of(2022, 12, 31), LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30)),
                periods.stream().map(ProgressPeriods.Period::endsOn).toList());
        assertEquals(1, ProgressPeriods.parse("9999-Q4", "9999-Q4", null).size());
        assertEquals(ProgressPeriods.MAX_QUARTERS, ProgressPeriods.parse("2000-Q1", "2009-Q4", null).size());
    }

    @Test
    void shouldTakeASingleDay() {
        assertEquals(List.of(new ProgressPeriods.Period("2023-06-30", LocalDate.of(2023, 6, 30))),
                ProgressPeriods.parse(null, " ", "2023-06-30"));
    }

    @Test
    void shouldRefuseBadRangesNamingTheParameter() {
        assertRefused("from", "2022-Q5", "2023-Q1", null);
        assertRefused("to", "2022-Q1", "2023", null);
        assertRefused("to", "2023-Q1", "2022-Q4", null);
        assertRefused("to", "2000-Q1", "2010-Q1", null);
        assertRefused("asOf", "2022-Q1", null, "2023-01-01");
        assertRefused("asOf", null, null, "31/12/2022");
        assertRefused("from", null, null, null);
    }

    private static void assertRefused(String field, String from, String to, String asOf) {
        HttpProblem problem = assertThrows(HttpProblem.class, () -> ProgressPeriods.parse(from, to, asOf));
        assertEquals(400, problem.getStatusCode());
        assertTrue(problem.getParameters().get("violations").toString().contains("field=" + field), problem.getDetail());
    }
}
