package org.multistakeholder.signatories.endorsement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.multistakeholder.platform.paging.Ordering;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.paging.SortableFields;

/**
 * A statement's signatories as of a day: the verified organizations whose endorsement was in force at the end of
 * that day, each with the date it endorsed. An endorsement is in force from its {@code endorsedOn} until the day
 * before its {@code withdrawnOn} (withdrawn that day, it is not in force at the end of it); an organization that is
 * not verified (pending, or suspended later) is left out, for every day.
 *
 * <p>The database keeps what this query reads beside the endorsements, so every writer (the service, the demo data,
 * a bulk load) keeps it right:
 * <ul>
 * <li>{@code endorsement.organization_verified}, the organization's status copied onto each of its endorsements
 * (migration V2, triggers {@code endorsement_copy_organization_verified} and
 * {@code organization_status_to_endorsements}), so the list is read from one partial index;</li>
 * <li>{@code signatory_change}, per statement and day how the number of signatories changes (migration V6, function
 * {@code signatory_changes} behind the triggers {@code signatory_changes_inserted}, {@code _updated},
 * {@code _deleted} and {@code signatory_changes_truncated}): the total at the end of a day is the sum of the changes
 * up to it.</li>
 * </ul>
 */
@ApplicationScoped
public class SignatoriesAsOf {

    /** Seekable by name: the unique normalized name keeps the order, read from the organization's index. */
    static final SortableFields<Endorsement> SORTABLE = SortableFields.<Endorsement>of("name", "o.id",
                    "name", "o.normalizedName", "shortName", "o.shortName", "country", "o.country", "endorsedOn", "e.endorsedOn")
            .identifiedBy(e -> e.organization.id)
            .seekable("name", String.class, e -> e.organization.normalizedName);

    private static final String IN_FORCE = "from Endorsement e join fetch e.organization o"
            + " where e.statementId = :statement and e.organizationVerified = true"
            + " and e.endorsedOn <= :day and (e.withdrawnOn is null or e.withdrawnOn > :day)";

    private static final String TOTAL =
            "select coalesce(sum(change), 0) from signatory_change where statement_id = :statement and day <= :day";

    private final EntityManager entityManager;

    SignatoriesAsOf(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page of the statement's signatories at the end of {@code day}. */
    public Page<Signatory> page(long statementId, LocalDate day, PageRequest request) {
        Ordering<Endorsement> order = SORTABLE.order(request);
        List<Endorsement> rows = order.read(IN_FORCE, parameters(statementId, day),
                (query, sort, values) -> Endorsement.find(query, sort, values));
        return order.page(rows, total(statementId, day), Signatory::of);
    }

    /** The whole list, for CSV: a spreadsheet wants every row, not a page. */
    public List<Signatory> all(long statementId, LocalDate day, String sort) {
        return Endorsement.<Endorsement>find(IN_FORCE, SORTABLE.resolve(sort), parameters(statementId, day))
                .stream().map(Signatory::of).toList();
    }

    /** How many signatories the statement had at the end of the day, from the changes V6 keeps, not a count. */
    long total(long statementId, LocalDate day) {
        return ((Number) entityManager.createNativeQuery(TOTAL)
                .setParameter("statement", statementId).setParameter("day", day)
                .getSingleResult()).longValue();
    }

    private static Map<String, Object> parameters(long statementId, LocalDate day) {
        return Map.of("statement", statementId, "day", day);
    }
}
