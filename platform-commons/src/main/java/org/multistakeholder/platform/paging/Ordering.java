package org.multistakeholder.platform.paging;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/**
 * The order one page of a list is read in, and where it starts: after the cursor's row when the client followed
 * {@code next} on a seekable field, otherwise at {@code page * size}. A list reads {@link #limit()} rows, one more
 * than the page holds, so that {@link #page} knows whether a next page exists without counting.
 *
 * @param <T> the rows the list reads
 */
public final class Ordering<T> {

    /** A field a page can be read from the middle of: its Java type, to read a cursor's value back, and its getter. */
    record Seek<T>(Class<?> type, Function<? super T, ?> valueOf) {
    }

    private final String sort;
    private final String attribute;
    private final boolean descending;
    private final String tieBreaker;
    private final int page;
    private final int size;
    private final Seek<T> seek;
    private final Function<? super T, Long> idOf;
    private final Object afterValue;
    private final Long afterId;

    Ordering(String sort, String attribute, boolean descending, String tieBreaker, int page, int size,
            Seek<T> seek, Function<? super T, Long> idOf, Object afterValue, Long afterId) {
        this.sort = sort;
        this.attribute = attribute;
        this.descending = descending;
        this.tieBreaker = tieBreaker;
        this.page = page;
        this.size = size;
        this.seek = seek;
        this.idOf = idOf;
        this.afterValue = afterValue;
        this.afterId = afterId;
    }

    /** The sort field's attribute, then the tie-breaker's, ascending (when the field is not the tie-breaker itself). */
    public Sort sort() {
        Sort result = Sort.by(attribute, descending ? Sort.Direction.Descending : Sort.Direction.Ascending);
        return tieBreaker == null ? result : result.and(tieBreaker);
    }

    /** Whether this page is read from where the previous one ended, with {@link #seekCondition}. */
    public boolean seeks() {
        return afterValue != null;
    }

    /** The condition that keeps the rows after the cursor's, for a JPQL query on the attributes as declared. */
    public String seekCondition() {
        return seekCondition(UnaryOperator.identity());
    }

    /**
     * The condition that keeps the rows after the cursor's, with each declared attribute written as
     * {@code expressionOf} gives it (for SQL that names columns differently). Ascending, a row comparison that an
     * index on (field, tie-breaker) answers as one range. Descending, ties still go by ascending id, so the field's
     * bound comes first, for the index to answer, and the ties are sorted within it.
     */
    public String seekCondition(UnaryOperator<String> expressionOf) {
        String field = expressionOf.apply(attribute);
        if (tieBreaker == null) {
            return field + (descending ? " < " : " > ") + ":seekValue";
        }
        String id = expressionOf.apply(tieBreaker);
        if (!descending) {
            return "(" + field + ", " + id + ") > (:seekValue, :seekId)";
        }
        return field + " <= :seekValue and (" + field + " < :seekValue or " + id + " > :seekId)";
    }

    /** The parameters {@link #seekCondition} names. */
    public Map<String, Object> seekParameters() {
        return tieBreaker == null ? Map.of("seekValue", afterValue) : Map.of("seekValue", afterValue, "seekId", afterId);
    }

    /** How many rows to skip: none when seeking. */
    public long offset() {
        return seeks() ? 0 : (long) page * size;
    }

    /** How many rows to read: one more than a page, to tell whether another follows. */
    public int limit() {
        return size + 1;
    }

    /** The rows of this page and the one beyond it, as the query orders and filters them. */
    public <E> List<E> read(PanacheQuery<E> query) {
        // Both ends of Panache's range are inclusive. MAX_PAGE keeps them within an int.
        int first = Math.toIntExact(offset());
        return query.range(first, first + limit() - 1).list();
    }

    /** The rows of this page and the one beyond it, out of a whole list already read and sorted in memory. */
    public <E> List<E> read(List<E> sorted) {
        int from = (int) Math.min(sorted.size(), offset());
        return sorted.subList(from, Math.min(sorted.size(), from + limit()));
    }

    /**
     * The page of {@code rows} (as read with {@link #offset} and {@link #limit}), each shown as {@code view}
     * shows it, with the cursor of the next page when the extra row says there is one.
     */
    public <V> Page<V> page(List<? extends T> rows, long total, Function<? super T, ? extends V> view) {
        boolean more = rows.size() > size;
        List<? extends T> shown = more ? rows.subList(0, size) : rows;
        String next = null;
        if (more) {
            T last = shown.get(shown.size() - 1);
            next = (seek == null
                    ? new PageCursor(sort, page + 1, size, null, null)
                    : new PageCursor(sort, page + 1, size, seek.valueOf().apply(last), idOf.apply(last))).encode();
        }
        return new Page<>(shown.stream().<V>map(view).toList(), page, size, total, next);
    }
}
