package org.multistakeholder.platform.problems;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ext.Provider;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Races the services check for but cannot rule out: two writers passing the same If-Match, or two
 * inserts of the same unique value at once. The database decides; the loser gets 412 or 409, not 500.
 */
@Provider
public class PersistenceProblemMapper extends ExceptionMapperBase<PersistenceException> {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    protected HttpProblem toProblem(PersistenceException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                return Problems.preconditionFailed();
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Problems.conflict("This conflicts with an existing record; it was written by another request at the same time");
            }
        }
        return HttpProblem.builder()
                .withStatus(500)
                .withTitle("Internal Server Error")
                .withDetail("The request could not be stored")
                .build();
    }
}
