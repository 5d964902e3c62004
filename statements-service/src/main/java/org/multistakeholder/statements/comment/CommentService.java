package org.multistakeholder.statements.comment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.multistakeholder.platform.feed.EventData;
import org.multistakeholder.platform.feed.EventType;
import org.multistakeholder.platform.feed.Outbox;
import org.multistakeholder.platform.feed.Visibility;
import org.multistakeholder.platform.http.EntityTags;
import org.multistakeholder.platform.paging.Ordering;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.paging.SortableFields;
import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.statements.feed.StatementsEvent;
import org.multistakeholder.statements.statement.Statement;
import org.multistakeholder.statements.statement.StatementService;
import org.multistakeholder.statements.web.CurrentTime;
import org.multistakeholder.statements.web.Versioned;

import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class CommentService {

    /** Seekable by the fields the index comment_posted (statement, posted at, id) keeps in order. */
    static final SortableFields<Comment> SORTABLE = SortableFields.<Comment>of("postedAt", "id",
                    "id", "id", "postedAt", "postedAt", "clauseNumber", "clauseNumber", "versionNumber", "versionNumber")
            .identifiedBy(c -> c.id)
            .seekable("id", Long.class, c -> c.id)
            .seekable("postedAt", Instant.class, c -> c.postedAt);

    private final StatementService statements;
    private final CurrentTime time;
    private final EntityManager entityManager;
    private final Outbox outbox;

    CommentService(StatementService statements, CurrentTime time, EntityManager entityManager, Outbox outbox) {
        this.statements = statements;
        this.time = time;
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Transactional
    public Versioned<CommentView> post(long statementId, NewComment request) {
        Statement statement = statements.require(statementId);
        var now = time.now();
        OpenForComment.require(statement, now);
        if (request.clauseNumber() != null && !statements.currentClauseNumbers(statement).contains(request.clauseNumber())) {
            throw Problems.invalidField("clauseNumber", "Statement " + statementId + " has no clause " + request.clauseNumber()
                    + " in its current text (version " + statement.currentVersion + ")");
        }
        Comment comment = new Comment();
        comment.statementId = statementId;
        comment.versionNumber = statement.currentVersion;
        comment.clauseNumber = request.clauseNumber();
        comment.authorName = request.authorName().trim();
        comment.affiliation = blankToNull(request.affiliation());
        comment.email = blankToNull(request.email());
        comment.text = request.text();
        comment.postedAt = now;
        comment.persist();
        entityManager.flush();
        announce(StatementsEvent.COMMENT_POSTED, comment);
        return new Versioned<>(CommentView.of(comment, false), comment.version);
    }

    public Page<CommentView> list(long statementId, Integer clauseNumber, Integer versionNumber, boolean includeHidden,
            boolean forEditor, PageRequest request) {
        statements.require(statementId);
        StringBuilder query = new StringBuilder("statementId = :statementId");
        // Counting the matching comments would read every comment of the statement: the total is summed from
        // comment_count instead, which the database keeps per version, clause and hidden (migration V3).
        StringBuilder counted = new StringBuilder("select coalesce(sum(n), 0) from comment_count where statement_id = :statementId");
        Parameters parameters = Parameters.with("statementId", statementId);
        if (!includeHidden) {
            query.append(" and hidden = false");
            counted.append(" and not hidden");
        }
        if (clauseNumber != null) {
            query.append(" and clauseNumber = :clauseNumber");
            counted.append(" and clause_number = :clauseNumber");
            parameters.and("clauseNumber", clauseNumber);
        }
        if (versionNumber != null) {
            query.append(" and versionNumber = :versionNumber");
            counted.append(" and version_number = :versionNumber");
            parameters.and("versionNumber", versionNumber);
        }
        Query total = entityManager.createNativeQuery(counted.toString());
        parameters.map().forEach(total::setParameter);
        Ordering<Comment> order = SORTABLE.order(request);
        List<Comment> rows = order.read(query.toString(), parameters.map(), (jpql, sort, values) -> Comment.find(jpql, sort, values));
        return order.page(rows, ((Number) total.getSingleResult()).longValue(), c -> CommentView.of(c, forEditor));
    }

    public Versioned<CommentView> get(long statementId, long commentId, boolean forEditor) {
        // The statement first: a comment's answer must not tell a draft nobody else sees from an unknown statement.
        statements.require(statementId);
        Comment comment = find(statementId, commentId)
                .filter(c -> forEditor || !c.hidden)
                .orElseThrow(() -> Problems.notFound("Comment", commentId + " on statement " + statementId));
        return new Versioned<>(CommentView.of(comment, forEditor), comment.version);
    }

    @Transactional
    public Versioned<CommentView> moderate(long statementId, long commentId, String ifMatch, Moderation moderation) {
        statements.require(statementId);
        Comment comment = find(statementId, commentId)
                .orElseThrow(() -> Problems.notFound("Comment", commentId + " on statement " + statementId));
        EntityTags.requireMatch(ifMatch, comment.version);
        boolean wasHidden = comment.hidden;
        if (moderation.hidden()) {
            String reason = blankToNull(moderation.reason());
            if (reason == null) {
                throw Problems.invalidField("reason", "A hidden comment needs the reason it was hidden");
            }
            if (!comment.hidden || !reason.equals(comment.hiddenReason)) {
                comment.hidden = true;
                comment.hiddenReason = reason;
                comment.hiddenAt = time.now();
            }
        } else if (comment.hidden) {
            comment.hidden = false;
            comment.hiddenReason = null;
            comment.hiddenAt = null;
        }
        entityManager.flush();
        // Only what changes the public list is announced; a new reason for a comment already hidden is not.
        if (comment.hidden != wasHidden) {
            announce(comment.hidden ? StatementsEvent.COMMENT_HIDDEN : StatementsEvent.COMMENT_SHOWN, comment);
        }
        return new Versioned<>(CommentView.of(comment, true), comment.version);
    }

    private void announce(EventType type, Comment comment) {
        outbox.record(type, Visibility.PUBLIC, "/api/statements/" + comment.statementId + "/comments/" + comment.id, comment.statementId,
                EventData.of("statementId", comment.statementId, "commentId", comment.id, "versionNumber", comment.versionNumber,
                        "clauseNumber", comment.clauseNumber));
    }

    private static Optional<Comment> find(long statementId, long commentId) {
        return Comment.<Comment>findByIdOptional(commentId).filter(c -> c.statementId == statementId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
