package org.multistakeholder.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** The order, seek condition and range a list reads one page with, and the page and cursor it answers. */
class OrderingTests {

    record Letter(long id, LocalDate sentOn, String subject) {
    }

    static final SortableFields<Letter> LETTERS = SortableFields.<Letter>of("-sentOn", "l.id",
                    "id", "l.id", "sentOn", "l.sent_on", "subject", "l.subject")
            .identifiedBy(Letter::id)
            .seekable("id", Long.class, Letter::id)
            .seekable("sentOn", LocalDate.class, Letter::sentOn);

    @Test
    void shouldReadTheFirstPageByItsDefaultOrder() {
        Ordering<Letter> order = LETTERS.order(PageRequestTests.request(null, "20", null));
        assertEquals("select l.id from letter l where l.kind = :kind order by l.sent_on desc, l.id asc limit 21 offset 0",
                order.sql("select l.id from letter l where l.kind = :kind"));
        assertEquals(Map.of("kind", "X"), order.sqlParameters(Map.of("kind", "X")));
    }

    @Test
    void shouldSkipToAPageAskedForByNumber() {
        Ordering<Letter> order = LETTERS.order(new PageRequest(3, 20, "subject"));
        assertEquals(" order by l.subject asc, l.id asc", order.orderBy());
        assertEquals("select l.id from letter l order by l.subject asc, l.id asc limit 21 offset 60",
                order.sql("select l.id from letter l"));
    }

    @Test
    void shouldNeedNoTieBreakerForAUniqueField() {
        assertEquals(" order by l.id desc", LETTERS.order(new PageRequest(0, 20, "-id")).orderBy());
        SortableFields<Letter> bySubject = SortableFields.<Letter>of("subject", "l.id", "subject", "l.subject").unique("subject");
        assertEquals(" order by l.subject asc", bySubject.order(new PageRequest(0, 20, null)).orderBy());
    }

    @Test
    void shouldPutRowsWithoutAValueLastEitherWay() {
        SortableFields<Letter> fields = SortableFields.<Letter>of("sentOn", "l.id", "sentOn", "l.sent_on").nullsLast();
        assertEquals(" order by l.sent_on desc nulls last, l.id asc nulls last", fields.order(new PageRequest(0, 20, "-sentOn")).orderBy());
        assertEquals(" order by l.sent_on asc nulls last, l.id asc nulls last", fields.order(new PageRequest(0, 20, "sentOn")).orderBy());
    }

    @Test
    void shouldSeekAfterTheLastRowAscending() {
        Ordering<Letter> order = LETTERS.order(after("sentOn", "2024-06-11", 12L));
        assertEquals("select l.id from letter l where true and (l.sent_on, l.id) > (:seekValue, :seekId)"
                + " order by l.sent_on asc, l.id asc limit 21 offset 0", order.sql("select l.id from letter l where true"));
        assertEquals(Map.of("kind", "X", "seekValue", LocalDate.of(2024, 6, 11), "seekId", 12L),
                order.sqlParameters(Map.of("kind", "X")));
    }

    @Test
    void shouldSeekDescendingWithTiesStillByAscendingId() {
        Ordering<Letter> order = LETTERS.order(after("-sentOn", "2024-06-11", 12L));
        assertEquals("l.sent_on <= :seekValue and (l.sent_on < :seekValue or l.id > :seekId)", order.seekCondition());
    }

    @Test
    void shouldSeekByAUniqueFieldAlone() {
        assertEquals("l.id > :seekValue", LETTERS.order(after("id", 12L, 12L)).seekCondition());
        assertEquals("l.id < :seekValue", LETTERS.order(after("-id", 12L, 12L)).seekCondition());
        assertEquals(Map.of("seekValue", 12L), LETTERS.order(after("id", 12L, 12L)).seekParameters());
    }

    @Test
    void shouldReadByOffsetWhereTheSortCannotSeek() {
        Ordering<Letter> order = LETTERS.order(after("subject", "Re: summit", 12L));
        assertEquals("select l.id from letter l order by l.subject asc, l.id asc limit 21 offset 20",
                order.sql("select l.id from letter l"));
    }

    @Test
    void shouldRefuseToSeekWithoutAWhereClause() {
        Ordering<Letter> order = LETTERS.order(after("id", 12L, 12L));
        assertThrows(IllegalStateException.class, () -> order.sql("select l.id from letter l"));
    }

    @Test
    void shouldAddTheSeekConditionToAJpqlQuery() {
        List<Object[]> calls = new ArrayList<>();
        Ordering.Finder<Letter> finder = (query, sort, parameters) -> {
            calls.add(new Object[] { query, sort, parameters });
            return ranged(calls);
        };
        LETTERS.order(after("sentOn", "2024-06-11", 12L)).read("kind = :kind", Map.of("kind", "X"), finder);
        assertEquals("kind = :kind and (l.sent_on, l.id) > (:seekValue, :seekId)", calls.get(0)[0]);
        assertEquals(Map.of("kind", "X", "seekValue", LocalDate.of(2024, 6, 11), "seekId", 12L), calls.get(0)[2]);
        assertEquals(List.of(0, 20), calls.get(1)[0]);

        calls.clear();
        LETTERS.order(new PageRequest(2, 10, "-sentOn")).read("kind = :kind", Map.of("kind", "X"), finder);
        assertEquals("kind = :kind", calls.get(0)[0]);
        assertEquals(List.of(20, 30), calls.get(1)[0]);
    }

    @Test
    void shouldRefuseAQueryWithoutSeekConditionWhenItSeeks() {
        Ordering<Letter> order = LETTERS.order(after("id", 12L, 12L));
        assertThrows(IllegalStateException.class, () -> order.read(ranged(new ArrayList<>())));
    }

    @Test
    void shouldHandOutTheCursorOfTheNextPageWhenARowIsLeft() {
        List<Letter> letters = IntStream.rangeClosed(1, 25).mapToObj(i -> new Letter(i, LocalDate.of(2024, 1, i), "s" + i)).toList();
        Ordering<Letter> first = LETTERS.order(new PageRequest(0, 10, "sentOn"));
        Page<Long> page = first.page(first.read(letters), letters.size(), Letter::id);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), page.items());
        assertEquals(new PageCursor("sentOn", 1, 10, "2024-01-10", 10L), PageCursor.decode(page.next()));

        Ordering<Letter> last = LETTERS.order(new PageRequest(2, 10, "sentOn"));
        Page<Long> end = last.page(last.read(letters), letters.size(), Letter::id);
        assertEquals(List.of(21L, 22L, 23L, 24L, 25L), end.items());
        assertEquals(25, end.total());
        assertNull(end.next());
    }

    @Test
    void shouldHandOutAnOffsetCursorWhereTheSortCannotSeek() {
        List<Letter> letters = IntStream.rangeClosed(1, 3).mapToObj(i -> new Letter(i, LocalDate.of(2024, 1, i), "s" + i)).toList();
        Ordering<Letter> order = LETTERS.order(new PageRequest(0, 2, "subject"));
        assertEquals(new PageCursor("subject", 1, 2, null, null), PageCursor.decode(order.page(letters, 3, Letter::id).next()));
    }

    @Test
    void shouldRefuseASortTheListDoesNotHave() {
        HttpProblem problem = assertThrows(HttpProblem.class, () -> LETTERS.order(new PageRequest(0, 20, "-recipient")));
        assertEquals("'sort' must be one of id, sentOn, subject, optionally prefixed with '-'; 'recipient' is not sortable",
                problem.getDetail());
    }

    @Test
    void shouldRefuseACursorOfAnotherSortOrSize() {
        PageRequest otherSort = PageRequestTests.request(null, "20", new PageCursor("subject", 1, 20, null, null).encode());
        otherSort.sort = "-sentOn";
        assertEquals("This 'after' continues a list sorted by 'subject'; ask with sort=subject, or start again from page 0",
                assertThrows(HttpProblem.class, () -> LETTERS.order(otherSort)).getDetail());
        PageRequest otherSize = PageRequestTests.request(null, "50", new PageCursor("-sentOn", 1, 20, null, null).encode());
        assertEquals("This 'after' continues pages of 20 items; ask with size=20, or start again from page 0",
                assertThrows(HttpProblem.class, () -> LETTERS.order(otherSize)).getDetail());
    }

    @Test
    void shouldRefuseACursorValueTheFieldCannotHold() {
        PageCursorTests.assertAfterRefused(assertThrows(HttpProblem.class, () -> LETTERS.order(after("sentOn", "yesterday", 1L))));
    }

    private static PageRequest after(String sort, Object value, long id) {
        PageRequest request = PageRequestTests.request(null, "20", new PageCursor(sort, 1, 20, value, id).encode());
        request.sort = sort;
        return request;
    }

    /** A query that records the range it is read with, as the finder returns it. */
    @SuppressWarnings("unchecked")
    private static PanacheQuery<Letter> ranged(List<Object[]> calls) {
        return (PanacheQuery<Letter>) Proxy.newProxyInstance(PanacheQuery.class.getClassLoader(), new Class<?>[] { PanacheQuery.class },
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "range" -> {
                        calls.add(new Object[] { List.of(arguments[0], arguments[1]) });
                        yield proxy;
                    }
                    case "list" -> List.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
