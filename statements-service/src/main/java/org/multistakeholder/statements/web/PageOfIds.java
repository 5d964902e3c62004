package org.multistakeholder.statements.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.multistakeholder.platform.paging.Ordering;
import org.multistakeholder.platform.paging.Page;

/**
 * A list whose page is chosen in SQL as ids, where its filters and its sort may use any column, function or index,
 * and whose rows are then read by id. A row deleted between the two reads is left out of the page.
 */
public final class PageOfIds {

    private PageOfIds() {
    }

    /**
     * @param id the id column of the rows listed ({@code s.id})
     * @param fromWhere what follows {@code select ... from} in both the page's query and its count: the table with its
     *        alias, and the where clause if the filter has one
     * @param rowsById reads the rows of the page's ids, by id
     */
    public static <E, V> Page<V> read(EntityManager entityManager, Ordering<Long> order, String id, String fromWhere,
            Map<String, Object> parameters, Function<List<Long>, Map<Long, E>> rowsById, Function<E, V> view) {
        Query ids = entityManager.createNativeQuery(order.sql("select " + id + " from " + fromWhere));
        Query count = entityManager.createNativeQuery("select count(*) from " + fromWhere);
        order.sqlParameters(parameters).forEach(ids::setParameter);
        parameters.forEach(count::setParameter);
        List<Long> pageIds = ((List<?>) ids.getResultList()).stream().map(row -> ((Number) row).longValue()).toList();
        long total = ((Number) count.getSingleResult()).longValue();
        Map<Long, E> byId = pageIds.isEmpty() ? Map.of() : rowsById.apply(pageIds);
        return order.page(pageIds.stream().filter(byId::containsKey).toList(), total, pageId -> view.apply(byId.get(pageId)));
    }
}
