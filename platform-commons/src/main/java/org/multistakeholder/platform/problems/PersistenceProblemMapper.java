package org.multistakeholder.platform.problems;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Races the services check for but cannot rule out: two writers passing the same If-Match, or two
 * inserts of the same unique value at once. The database decides; the loser gets 412 or 409, not 500. Any other
 * failure is a 500 whose detail says whether a read or a write failed.
 */
@Provider
public class PersistenceProblemMapper extends ExceptionMapperBase<PersistenceException> {

    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    CurrentVertxRequest request;

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
                .withDetail(isRead() ? "The request could not be answered: reading the stored records failed"
                        : "The request could not be stored")
                .build();
    }

    private boolean isRead() {
        RoutingContext current = request.getCurrent();
        if (current == null) {
            return false;
        }
        HttpMethod method = current.request().method();
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method);
    }
}
