package org.multistakeholder.statements.comment;

import java.time.Instant;

import jakarta.ws.rs.core.Response.Status;

import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.statements.statement.CommentPeriod;
import org.multistakeholder.statements.statement.Statement;
import org.multistakeholder.statements.statement.StatementStatus;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * When a statement takes a comment: within its comment period, from {@code opensAt} up to but not including
 * {@code closesAt} (comments close with the period, whatever the statement's status then), and while the statement
 * is {@code OPEN_FOR_COMMENT}. The period is the statement's ({@link CommentPeriod}, which says where an instant falls
 * in it); the refusal is a 409, carrying the period's opensAt and closesAt when the comment came outside it.
 */
final class OpenForComment {

    private OpenForComment() {
    }

    /** @throws HttpProblem 409 when the statement does not take comments at {@code now} */
    static void require(Statement statement, Instant now) {
        long statementId = statement.id;
        CommentPeriod period = statement.commentPeriod();
        if (period == null) {
            throw Problems.conflict("Statement " + statementId + " does not take comments: it has no comment period");
        }
        switch (period.stateAt(now)) {
            case NOT_YET_OPEN -> throw outside(period,
                    "Comments on statement " + statementId + " will be taken from " + period.opensAt() + " until " + period.closesAt());
            case CLOSED -> throw outside(period,
                    "The comment period of statement " + statementId + " closed at " + period.closesAt()
                            + "; comments were taken from " + period.opensAt());
            case OPEN -> {
                // within the period; the status decides next
            }
        }
        if (statement.status != StatementStatus.OPEN_FOR_COMMENT) {
            throw Problems.conflict("Statement " + statementId + " is " + statement.status + ", not OPEN_FOR_COMMENT; it takes no comments now");
        }
    }

    private static HttpProblem outside(CommentPeriod period, String detail) {
        return Problems.problem(Status.CONFLICT, detail)
                .with("opensAt", period.opensAt().toString())
                .with("closesAt", period.closesAt().toString())
                .build();
    }
}
