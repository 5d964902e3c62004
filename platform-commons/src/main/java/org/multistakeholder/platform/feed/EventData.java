package org.multistakeholder.platform.feed;

import java.util.LinkedHashMap;
import java.util.Map;

/** An event's data from name-value pairs, in their order; a null value is left out rather than sent as null. */
public final class EventData {

    private EventData() {
    }

    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Event data needs a value for every name");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                data.put((String) namesAndValues[i], namesAndValues[i + 1] instanceof Enum<?> e ? e.name() : namesAndValues[i + 1]);
            }
        }
        return data;
    }
}
