package org.multistakeholder.signatories.endorsement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.multistakeholder.platform.feed.EventData;
import org.multistakeholder.platform.feed.Outbox;
import org.multistakeholder.platform.feed.Visibility;
import org.multistakeholder.platform.paging.Ordering;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.paging.SortableFields;
import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.platform.time.Timestamps;
import org.multistakeholder.signatories.feed.SignatoriesEvent;
import org.multistakeholder.signatories.organization.Organization;
import org.multistakeholder.signatories.organization.OrganizationStatus;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class EndorsementService {

    /** One organization's endorsements are few (one per statement it signed): paged by offset. */
    static final SortableFields<Endorsement> ENDORSEMENT_SORT = SortableFields.of("-endorsedOn", "e.id",
            "endorsedOn", "e.endorsedOn", "withdrawnOn", "e.withdrawnOn", "statementId", "e.statementId");

    /** The endorsement and whether this request created it (false: it was already in force). */
    public record Outcome(Endorsement endorsement, boolean created) {
    }

    private final Outbox outbox;

    EndorsementService(Outbox outbox) {
        this.outbox = outbox;
    }

    public Optional<Endorsement> inForce(long statementId, long organizationId) {
        return Endorsement.find("from Endorsement e join fetch e.organization o"
                        + " where e.statementId = ?1 and o.id = ?2 and e.withdrawnOn is null", statementId, organizationId)
                .firstResultOptional();
    }

    /**
     * Records an endorsement unless one is already in force, which is then the answer: endorsing twice changes
     * nothing. Periods of one organization and statement never overlap, so a past date before the end of an
     * earlier, withdrawn period is refused.
     */
    @Transactional
    public Outcome endorse(long statementId, long organizationId, LocalDate endorsedOn, boolean onBehalf) {
        Organization organization = Organization.<Organization>findByIdOptional(organizationId)
                .orElseThrow(() -> Problems.notFound("Organization", organizationId));
        if (organization.status != OrganizationStatus.VERIFIED) {
            throw Problems.conflict("Organization " + organizationId + " is " + organization.status
                    + "; only verified organizations endorse statements");
        }
        Optional<Endorsement> existing = inForce(statementId, organizationId);
        if (existing.isPresent()) {
            return new Outcome(existing.get(), false);
        }
        LocalDate lastWithdrawal = Endorsement.find("select max(e.withdrawnOn) from Endorsement e"
                        + " where e.statementId = ?1 and e.organization.id = ?2", statementId, organizationId)
                .project(LocalDate.class).firstResult();
        if (lastWithdrawal != null && endorsedOn.isBefore(lastWithdrawal)) {
            throw Problems.conflict("Organization " + organizationId + " withdrew its endorsement of statement " + statementId
                    + " on " + lastWithdrawal + "; a new endorsement cannot start before that day");
        }
        Endorsement endorsement = new Endorsement();
        endorsement.statementId = statementId;
        endorsement.organization = organization;
        endorsement.endorsedOn = endorsedOn;
        endorsement.onBehalf = onBehalf;
        endorsement.recordedAt = Timestamps.now();
        endorsement.persist();
        // Two identical requests at once: the partial unique index lets one through; the other fails here.
        Panache.getEntityManager().flush();
        announce(SignatoriesEvent.ENDORSEMENT_ADDED, endorsement);
        return new Outcome(endorsement, true);
    }

    /**
     * Closes the endorsement in force; the row stays, so lists as of earlier days still show it. The row is locked
     * while read: of simultaneous withdrawals one closes it, and the others, reading it again once that one has
     * committed, find no endorsement in force (404), as a withdrawal after it would; none fails on the version.
     */
    @Transactional
    public Endorsement withdraw(long statementId, long organizationId, LocalDate withdrawnOn) {
        Endorsement endorsement = Endorsement.<Endorsement>find("from Endorsement e join fetch e.organization o"
                        + " where e.statementId = ?1 and o.id = ?2 and e.withdrawnOn is null", statementId, organizationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> Problems.problem(jakarta.ws.rs.core.Response.Status.NOT_FOUND,
                        "Organization " + organizationId + " has no endorsement of statement " + statementId + " in force").build());
        endorsement.withdrawnOn = withdrawnOn;
        endorsement.flush();
        announce(SignatoriesEvent.ENDORSEMENT_WITHDRAWN, endorsement);
        return endorsement;
    }

    /** Public while the organization is verified, as its place in the public lists is. */
    private void announce(SignatoriesEvent type, Endorsement endorsement) {
        outbox.record(type, Visibility.publicIf(endorsement.organization.status == OrganizationStatus.VERIFIED),
                "/api/statements/" + endorsement.statementId + "/signatories/" + endorsement.organization.id, endorsement.statementId,
                EventData.of("statementId", endorsement.statementId, "organizationId", endorsement.organization.id,
                        "endorsementId", endorsement.id, "endorsedOn", endorsement.endorsedOn, "withdrawnOn", endorsement.withdrawnOn));
    }

    public Page<EndorsementView> endorsementsOf(long organizationId, Boolean inForce, LocalDate today, PageRequest request) {
        String where = " where o.id = :organization";
        Parameters parameters = Parameters.with("organization", organizationId);
        if (inForce != null) {
            where += inForce ? " and (e.withdrawnOn is null or e.withdrawnOn > :today)"
                    : " and e.withdrawnOn is not null and e.withdrawnOn <= :today";
            parameters.and("today", today);
        }
        Ordering<Endorsement> order = ENDORSEMENT_SORT.order(request);
        List<Endorsement> rows = order.read(Endorsement.<Endorsement>find("from Endorsement e join fetch e.organization o" + where,
                order.sort(), parameters));
        long total = Endorsement.count("from Endorsement e join e.organization o" + where, parameters);
        return order.page(rows, total, EndorsementView::of);
    }
}
