package org.multistakeholder.platform.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/**
 * The order one page of a list is read in, and where it starts: after the cursor's row when the client followed
 * {@code next} on a seekable field, otherwise at {@code page * size}. Every list reads its page through one of
 * the {@code read} methods (a JPQL query, a query of a list that cannot seek, a list sorted in memory) or through
 * {@link #sql} (a native query); each reads one row more than the page holds, so that {@link #page} knows whether
 * a next page exists without counting.
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
    private final boolean nullsLast;
    private final int page;
    private final int size;
    private final Seek<T> seek;
    private final Function<? super T, Long> idOf;
    private final Object afterValue;
    private final Long afterId;

    Ordering(String sort, String attribute, boolean descending, String tieBreaker, boolean nullsLast, int page, int size,
            Seek<T> seek, Function<? super T, Long> idOf, Object afterValue, Long afterId) {
        this.sort = sort;
        this.attribute = attribute;
        this.descending = descending;
        this.tieBreaker = tieBreaker;
        this.nullsLast = nullsLast;
        this.page = page;
        this.size = size;
        this.seek = seek;
        this.idOf = idOf;
        this.afterValue = afterValue;
        this.afterId = afterId;
    }

    /**
     * Panache's find of the entity a list reads, {@code (query, sort, parameters) -> Organization.find(query, sort,
     * parameters)}: written as a lambda, since Panache gives each entity its own static methods.
     */
    @FunctionalInterface
    public interface Finder<E> {
        PanacheQuery<E> find(String query, Sort sort, Map<String, Object> parameters);
    }

    /** The sort field's attribute, then the tie-breaker's, ascending (when the field is not the tie-breaker itself). */
    public Sort sort() {
        Sort.NullPrecedence nulls = nullsLast ? Sort.NullPrecedence.NULLS_LAST : null;
        Sort result = Sort.by(attribute, descending ? Sort.Direction.Descending : Sort.Direction.Ascending, nulls);
        return tieBreaker == null ? result : result.and(tieBreaker, Sort.Direction.Ascending, nulls);
    }

    /**
     * The rows of this page and the one beyond it, of a JPQL {@code query} (Panache's shorthand or a whole query)
     * that ends in its where clause, its conditions joined by {@code and}: read from the cursor's row when the
     * client followed {@code next} on a seekable field, otherwise by offset.
     */
    public <E> List<E> read(String query, Map<String, Object> parameters, Finder<E> finder) {
        if (!seeks()) {
            return range(finder.find(query, sort(), parameters));
        }
        Map<String, Object> seeking = new HashMap<>(parameters);
        seeking.putAll(seekParameters());
        return range(finder.find(query + " and " + seekCondition(), sort(), seeking));
    }

    /** The rows of this page and the one beyond it, of a query on a list that cannot seek (none of its fields is seekable). */
    public <E> List<E> read(PanacheQuery<E> query) {
        if (seeks()) {
            throw new IllegalStateException("A list that seeks reads its page with read(query, parameters, finder)");
        }
        return range(query);
    }

    /**
     * The SQL that reads this page and the row beyond it: {@code select} (a native query that ends in its where
     * clause, its conditions joined by {@code and}), then the seek condition where the page is read from the
     * cursor's row, the order and the range. The sort's attributes are taken as the SQL expressions to compare and
     * sort by; {@link #sqlParameters} gives the values the seek condition names.
     */
    public String sql(String select) {
        if (seeks() && !select.toLowerCase(java.util.Locale.ROOT).contains(" where ")) {
            throw new IllegalStateException("A list that seeks ends its select in a where clause");
        }
        return select + (seeks() ? " and " + seekCondition() : "") + orderBy() + " limit " + limit() + " offset " + offset();
    }

    /** {@code parameters} and those of the seek condition {@link #sql} adds, if any. */
    public Map<String, Object> sqlParameters(Map<String, Object> parameters) {
        if (!seeks()) {
            return parameters;
        }
        Map<String, Object> seeking = new HashMap<>(parameters);
        seeking.putAll(seekParameters());
        return seeking;
    }

    /** The order of {@link #sql}, for a query that reads the page's rows in a subquery and sorts them again. */
    public String orderBy() {
        List<String> columns = new ArrayList<>();
        for (Sort.Column column : sort().getColumns()) {
            columns.add(column.getName() + (column.getDirection() == Sort.Direction.Descending ? " desc" : " asc")
                    + (column.getNullPrecedence() == Sort.NullPrecedence.NULLS_LAST ? " nulls last" : ""));
        }
        return " order by " + String.join(", ", columns);
    }

    /** Whether this page is read from where the previous one ended, with {@link #seekCondition}. */
    boolean seeks() {
        return afterValue != null;
    }

    /**
     * The condition that keeps the rows after the cursor's. Ascending, a row comparison that an index on (field,
     * tie-breaker) answers as one range. Descending, ties still go by ascending id, so the field's bound comes
     * first, for the index to answer, and the ties are sorted within it.
     */
    String seekCondition() {
        if (tieBreaker == null) {
            return attribute + (descending ? " < " : " > ") + ":seekValue";
        }
        if (!descending) {
            return "(" + attribute + ", " + tieBreaker + ") > (:seekValue, :seekId)";
        }
        return attribute + " <= :seekValue and (" + attribute + " < :seekValue or " + tieBreaker + " > :seekId)";
    }

    /** The parameters {@link #seekCondition} names. */
    Map<String, Object> seekParameters() {
        return tieBreaker == null ? Map.of("seekValue", afterValue) : Map.of("seekValue", afterValue, "seekId", afterId);
    }

    /** How many rows to skip: none when seeking. */
    long offset() {
        return seeks() ? 0 : (long) page * size;
    }

    /** How many rows to read: one more than a page, to tell whether another follows. */
    int limit() {
        return size + 1;
    }

    private <E> List<E> range(PanacheQuery<E> query) {
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
