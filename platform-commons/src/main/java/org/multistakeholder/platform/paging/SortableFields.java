package org.multistakeholder.platform.paging;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.multistakeholder.platform.problems.Problems;

/**
 * The fields a list may be sorted by, as the API names them, mapped to the attributes (or SQL expressions) behind
 * them. A tie-breaker, always ascending, keeps the order stable across pages when the chosen field has equal
 * values.
 *
 * <p>A field declared {@link #seekable seekable} lets a client that follows {@code next} read each page from where
 * the last one ended, so that the hundredth page costs what the first does. Declare only fields that are never
 * null and that an index on (field, tie-breaker) or a unique index on the field can answer in order.
 *
 * @param <T> the rows the list reads, from which a cursor takes the last row's sort value and id
 */
public final class SortableFields<T> {

    private final Map<String, String> attributes;
    private final String defaultSort;
    private final String tieBreaker;
    private final Function<? super T, Long> tieBreakerOf;
    private final Map<String, Ordering.Seek<T>> seekable;
    private final Set<String> unique;
    private final boolean nullsLast;

    private SortableFields(Map<String, String> attributes, String defaultSort, String tieBreaker,
            Function<? super T, Long> tieBreakerOf, Map<String, Ordering.Seek<T>> seekable, Set<String> unique,
            boolean nullsLast) {
        this.attributes = attributes;
        this.defaultSort = defaultSort;
        this.tieBreaker = tieBreaker;
        this.tieBreakerOf = tieBreakerOf;
        this.seekable = seekable;
        this.unique = unique;
        this.nullsLast = nullsLast;
    }

    /** @param defaultSort the sort used when the client gives none, in the API's syntax ({@code -date}) */
    public static <T> SortableFields<T> of(String defaultSort, String tieBreaker, String... apiNameThenAttribute) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < apiNameThenAttribute.length; i += 2) {
            attributes.put(apiNameThenAttribute[i], apiNameThenAttribute[i + 1]);
        }
        return new SortableFields<>(attributes, defaultSort, tieBreaker, null, Map.of(), Set.of(tieBreaker), false);
    }

    /** The same fields, read by the tie-breaker's value {@code idOf}: needed before any field is seekable. */
    public SortableFields<T> identifiedBy(Function<? super T, Long> idOf) {
        return new SortableFields<>(attributes, defaultSort, tieBreaker, idOf, seekable, unique, nullsLast);
    }

    /** The same fields, with {@code apiName} seekable: its values are of {@code type} and never null. */
    public SortableFields<T> seekable(String apiName, Class<?> type, Function<? super T, ?> valueOf) {
        if (!attributes.containsKey(apiName) || tieBreakerOf == null) {
            throw new IllegalStateException("Seek by '" + apiName + "' needs it sortable and the list identifiedBy its ids");
        }
        Map<String, Ordering.Seek<T>> fields = new LinkedHashMap<>(seekable);
        fields.put(apiName, new Ordering.Seek<>(type, valueOf));
        return new SortableFields<>(attributes, defaultSort, tieBreaker, tieBreakerOf, fields, unique, nullsLast);
    }

    /**
     * The same fields, with {@code apiName} one that no two rows of the list share (as the tie-breaker is): sorted
     * by it, the list needs no tie-breaker, and an index on it alone answers the order.
     */
    public SortableFields<T> unique(String apiName) {
        if (!attributes.containsKey(apiName)) {
            throw new IllegalStateException("'" + apiName + "' is not sortable");
        }
        Set<String> fields = new HashSet<>(unique);
        fields.add(attributes.get(apiName));
        return new SortableFields<>(attributes, defaultSort, tieBreaker, tieBreakerOf, seekable, Set.copyOf(fields), nullsLast);
    }

    /** The same fields, with rows that have no value of the sort field after those that have one, either way. */
    public SortableFields<T> nullsLast() {
        return new SortableFields<>(attributes, defaultSort, tieBreaker, tieBreakerOf, seekable, unique, true);
    }

    /** The order a request asks for (or the default), with the cursor it continues from, if any. */
    public Ordering<T> order(PageRequest request) {
        String sort = request.sort() == null || request.sort().isBlank() ? defaultSort : request.sort().trim();
        boolean descending = sort.startsWith("-");
        String name = descending ? sort.substring(1) : sort;
        String attribute = attributes.get(name);
        if (attribute == null) {
            throw Problems.invalidField("sort", "'sort' must be one of " + String.join(", ", attributes.keySet())
                    + ", optionally prefixed with '-'; '" + name + "' is not sortable");
        }
        PageCursor cursor = request.cursor();
        if (cursor != null && !cursor.sort().equals(sort)) {
            throw Problems.invalidField("after", "This 'after' continues a list sorted by '" + cursor.sort()
                    + "'; ask with sort=" + cursor.sort() + ", or start again from page 0");
        }
        if (cursor != null && cursor.size() != request.size()) {
            throw Problems.invalidField("after", "This 'after' continues pages of " + cursor.size() + " items; ask with size="
                    + cursor.size() + ", or start again from page 0");
        }
        Ordering.Seek<T> seek = seekable.get(name);
        Object after = cursor == null || cursor.value() == null || seek == null ? null : cursor.valueAs(seek.type());
        return new Ordering<>(sort, attribute, descending, unique.contains(attribute) ? null : tieBreaker, nullsLast,
                request.page(), request.size(), seek, tieBreakerOf, after, after == null ? null : cursor.id());
    }

    /** The order only, for a read that is not paged (a CSV export). */
    public io.quarkus.panache.common.Sort resolve(String requested) {
        return order(new PageRequest(0, 1, requested)).sort();
    }
}
