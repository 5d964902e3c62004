package org.multistakeholder.signatories.statement;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.multistakeholder.platform.problems.Problems;

import org.jboss.logging.Logger;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Asks statements-service about a statement, as the caller would see it: an editor's bearer token is passed on, so an
 * editor is told about a draft; anyone else asks as the public, to whom a draft that was never made public is an
 * unknown statement (so endorsing one is refused as for an id nobody uses, and says nothing of the draft).
 * An unknown statement is an answer (empty), not a failure;
 * a slow, failing or unreachable statements-service is a failure: it counts towards opening the circuit,
 * and the caller gets a 503 problem so that nothing is written on a guess.
 */
@ApplicationScoped
public class Statements {

    private static final Logger LOG = Logger.getLogger(Statements.class);

    /** The last this many calls decide whether the circuit opens: at least half of them failed. */
    public static final int CIRCUIT_WINDOW = 8;

    private final StatementsClient client;

    Statements(@RestClient StatementsClient client) {
        this.client = client;
    }

    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = CIRCUIT_WINDOW, failureRatio = 0.5, delay = 5000, successThreshold = 1)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<StatementFacts> find(long id, String editorAuthorization) {
        try {
            return Optional.of(client.get(id, editorAuthorization));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Optional<StatementFacts> unavailable(long id, String editorAuthorization, Throwable cause) {
        LOG.warnf("statements-service could not be asked about statement %d: %s", id, cause.toString());
        throw Problems.serviceUnavailable(
                "statements-service did not answer whether statement " + id + " is open for signature; nothing was recorded, try again shortly");
    }

    /**
     * @param editorAuthorization the {@code Authorization} header of an editor's request, null for anyone else
     * @throws HttpProblem 404 when statements-service does not know the statement (or shows it to editors only and
     *         the caller is not one), 409 when it is not open for signature, 503 when statements-service cannot be asked
     */
    public StatementFacts requireOpenForSignature(long id, String editorAuthorization) {
        StatementFacts statement = find(id, editorAuthorization).orElseThrow(() -> Problems.notFound("Statement", id));
        if (!statement.isOpenForSignature()) {
            throw Problems.conflict("Statement " + id + " is " + statement.status() + ", not open for signature");
        }
        return statement;
    }
}
