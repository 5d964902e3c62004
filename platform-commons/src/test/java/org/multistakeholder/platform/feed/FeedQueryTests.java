package org.multistakeholder.platform.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;

class FeedQueryTests {

    enum Kinds implements EventType {
        CREATED("thing.created"), REMOVED("thing.removed");

        private final String type;

        Kinds(String type) {
            this.type = type;
        }

        @Override
        public String type() {
            return type;
        }
    }

    @Test
    void shouldTakeTheDefaultsAndTheTypesNamed() {
        FeedQuery query = FeedQuery.of(null, null, null, List.of(Kinds.values()), "thingId", null, false);
        assertEquals(FeedCursor.START, query.after());
        assertEquals(FeedQuery.DEFAULT_LIMIT, query.limit());
        assertEquals(Set.of(), query.types());
        query = FeedQuery.of(null, "500", "thing.removed, thing.created", List.of(Kinds.values()), "thingId", "7", true);
        assertEquals(Set.of("thing.created", "thing.removed"), query.types());
        assertEquals(500, query.limit());
        assertEquals("7", query.subject());
    }

    @Test
    void shouldRefuseAnUnknownTypeOrLimitNamingTheParameter() {
        Map<String, String[]> refused = Map.of(
                "type", new String[] {null, "thing.created,thing.eaten"},
                "limit", new String[] {"0", null},
                "limit ", new String[] {"501", null});
        refused.forEach((name, values) -> {
            HttpProblem problem = assertThrows(HttpProblem.class,
                    () -> FeedQuery.of(null, values[0], values[1], List.of(Kinds.values()), "thingId", null, false));
            assertEquals(400, problem.getStatusCode());
            assertTrue(problem.getParameters().get("violations").toString().contains("field=" + name.trim()), problem.getDetail());
        });
    }

    @Test
    void shouldNameEveryTypeItTakesWhenRefusingOne() {
        HttpProblem problem = assertThrows(HttpProblem.class,
                () -> FeedQuery.of(null, null, "other", List.of(Kinds.values()), "thingId", null, false));
        assertTrue(problem.getDetail().contains("thing.created, thing.removed"), problem.getDetail());
    }
}
