package org.multistakeholder.platform.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.panache.common.Sort;

/**
 * The fields a list may be sorted by, as the API names them, mapped to the entity attributes behind them.
 * A tie-breaker keeps the order stable across pages when the chosen field has equal values.
 */
public final class SortableFields {

    private final Map<String, String> attributes;
    private final String defaultSort;
    private final String tieBreaker;

    private SortableFields(Map<String, String> attributes, String defaultSort, String tieBreaker) {
        this.attributes = attributes;
        this.defaultSort = defaultSort;
        this.tieBreaker = tieBreaker;
    }

    /** @param defaultSort the sort used when the client gives none, in the API's syntax ({@code -date}) */
    public static SortableFields of(String defaultSort, String tieBreaker, String... apiNameThenAttribute) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < apiNameThenAttribute.length; i += 2) {
            attributes.put(apiNameThenAttribute[i], apiNameThenAttribute[i + 1]);
        }
        return new SortableFields(attributes, defaultSort, tieBreaker);
    }

    public Sort resolve(String requested) {
        String sort = requested == null || requested.isBlank() ? defaultSort : requested.trim();
        boolean descending = sort.startsWith("-");
        String name = descending ? sort.substring(1) : sort;
        String attribute = attributes.get(name);
        if (attribute == null) {
            throw Problems.invalidField("sort", "'sort' must be one of " + String.join(", ", attributes.keySet())
                    + ", optionally prefixed with '-'; '" + name + "' is not sortable");
        }
        Sort result = Sort.by(attribute, descending ? Sort.Direction.Descending : Sort.Direction.Ascending);
        return attribute.equals(tieBreaker) ? result : result.and(tieBreaker);
    }
}
