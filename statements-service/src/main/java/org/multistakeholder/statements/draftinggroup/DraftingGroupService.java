package org.multistakeholder.statements.draftinggroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.multistakeholder.platform.feed.EventData;
import org.multistakeholder.platform.feed.Outbox;
import org.multistakeholder.platform.feed.Visibility;
import org.multistakeholder.platform.http.EntityTags;
import org.multistakeholder.platform.paging.Ordering;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.paging.SortableFields;
import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.statements.feed.StatementsEvent;
import org.multistakeholder.statements.statement.StatementService;
import org.multistakeholder.statements.web.Versioned;

@ApplicationScoped
public class DraftingGroupService {

    static final SortableFields<DraftingGroupMember> SORTABLE = SortableFields.of("position", "id",
            "id", "id", "position", "position", "name", "name", "role", "role", "stakeholderGroup", "stakeholderGroup");

    private final StatementService statements;
    private final EntityManager entityManager;
    private final Outbox outbox;

    DraftingGroupService(StatementService statements, EntityManager entityManager, Outbox outbox) {
        this.statements = statements;
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    public Page<MemberView> list(long statementId, boolean forEditor, PageRequest request) {
        statements.require(statementId);
        Ordering<DraftingGroupMember> order = SORTABLE.order(request);
        var query = DraftingGroupMember.<DraftingGroupMember>find("statementId", order.sort(), statementId);
        return order.page(order.read(query), query.count(),
                m -> MemberView.of(m, forEditor));
    }

    public Versioned<MemberView> get(long statementId, long memberId, boolean forEditor) {
        DraftingGroupMember member = require(statementId, memberId);
        return new Versioned<>(MemberView.of(member, forEditor), member.version);
    }

    @Transactional
    public Versioned<MemberView> add(long statementId, MemberDetails details) {
        statements.require(statementId);
        DraftingGroupMember member = new DraftingGroupMember();
        member.statementId = statementId;
        apply(details, member);
        if (details.position() == null) {
            Integer last = entityManager.createQuery(
                    "select max(m.position) from DraftingGroupMember m where m.statementId = ?1", Integer.class)
                    .setParameter(1, statementId).getSingleResult();
            member.position = last == null ? 1 : last + 1;
        }
        member.persist();
        entityManager.flush();
        announce(StatementsEvent.DRAFTING_GROUP_MEMBER_ADDED, member);
        return new Versioned<>(MemberView.of(member, true), member.version);
    }

    @Transactional
    public Versioned<MemberView> replace(long statementId, long memberId, String ifMatch, MemberDetails details) {
        DraftingGroupMember member = require(statementId, memberId);
        EntityTags.requireMatch(ifMatch, member.version);
        apply(details, member);
        entityManager.flush();
        announce(StatementsEvent.DRAFTING_GROUP_MEMBER_UPDATED, member);
        return new Versioned<>(MemberView.of(member, true), member.version);
    }

    @Transactional
    public void remove(long statementId, long memberId, String ifMatch) {
        DraftingGroupMember member = require(statementId, memberId);
        EntityTags.requireMatch(ifMatch, member.version);
        member.delete();
        entityManager.flush();
        announce(StatementsEvent.DRAFTING_GROUP_MEMBER_REMOVED, member);
    }

    private void announce(StatementsEvent type, DraftingGroupMember member) {
        outbox.record(type, Visibility.PUBLIC, "/api/statements/" + member.statementId + "/drafting-group/" + member.id, member.statementId,
                EventData.of("statementId", member.statementId, "memberId", member.id));
    }

    private static void apply(MemberDetails details, DraftingGroupMember member) {
        member.name = details.name().trim();
        member.role = details.role();
        member.stakeholderGroup = details.stakeholderGroup().trim();
        member.affiliation = details.affiliation() == null || details.affiliation().isBlank() ? null : details.affiliation().trim();
        member.email = details.email() == null || details.email().isBlank() ? null : details.email().trim();
        if (details.position() != null) {
            member.position = details.position();
        }
    }

    private DraftingGroupMember require(long statementId, long memberId) {
        statements.require(statementId);
        return DraftingGroupMember.<DraftingGroupMember>findByIdOptional(memberId)
                .filter(m -> m.statementId == statementId)
                .orElseThrow(() -> Problems.notFound("Drafting-group member", memberId + " of statement " + statementId));
    }
}
