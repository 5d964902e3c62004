package org.multistakeholder.platform.problems;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response.Status;

/**
 * The problem documents (RFC 9457) the services raise for domain errors. Resources throw these;
 * quarkus-resteasy-problem turns them into {@code application/problem+json} responses.
 */
public final class Problems {


    private Problems() {
    }

    public static HttpProblem badRequest(String detail) {
        return problem(Status.BAD_REQUEST, detail).build();
    }

    /** A request parameter or body field whose value is refused; {@code field} names it for the client. */
    public static HttpProblem invalidField(String field, String detail) {
        return problem(Status.BAD_REQUEST, detail)
                .with("violations", java.util.List.of(java.util.Map.of("field", field, "message", detail)))
                .build();
    }

    /**
     * Text no text may hold ({@link org.multistakeholder.platform.text.Text}) in the named parameter, or in a
     * parameter's name when {@code field} is null.
     */
    public static HttpProblem invalidText(String field, String detail) {
        HttpProblem.Builder builder = problem(Status.BAD_REQUEST, detail).withType(ProblemType.INVALID_TEXT.uri())
                .withTitle(ProblemType.INVALID_TEXT.title());
        if (field != null) {
            builder.with("violations", java.util.List.of(java.util.Map.of("field", field, "message", detail)));
        }
        return builder.build();
    }

    public static HttpProblem notFound(String what, Object id) {
        return problem(Status.NOT_FOUND, what + " " + id + " does not exist").build();
    }

    public static HttpProblem conflict(String detail) {
        return problem(Status.CONFLICT, detail).build();
    }

    public static HttpProblem forbidden(String detail) {
        return problem(Status.FORBIDDEN, detail).build();
    }

    public static HttpProblem preconditionRequired() {
        return problem(428, "Precondition Required",
                "This update requires an If-Match header carrying the ETag of the version you read").build();
    }

    public static HttpProblem preconditionFailed(String currentEntityTag) {
        return staleVersion().withHeader("ETag", currentEntityTag).build();
    }

    /** A concurrent writer won the race after the If-Match check passed; the new ETag is not known here. */
    public static HttpProblem preconditionFailed() {
        return staleVersion().build();
    }

    private static HttpProblem.Builder staleVersion() {
        return problem(Status.PRECONDITION_FAILED,
                "The resource was changed since you read it; read it again and reapply your change");
    }

    public static HttpProblem serviceUnavailable(String detail) {
        return problem(Status.SERVICE_UNAVAILABLE, detail).withHeader("Retry-After", 5).build();
    }

    /** A method the path does not take; the caller puts the same methods in Allow. */
    public static HttpProblem methodNotAllowed(String method, java.util.Collection<String> allowed) {
        return problem(Status.METHOD_NOT_ALLOWED, "This path does not take " + method + "; it takes " + String.join(", ", allowed))
                .withType(ProblemType.METHOD_NOT_ALLOWED.uri()).build();
    }

    /** An Idempotency-Key sent again with another request than the one it was first sent with. */
    public static HttpProblem idempotencyKeyReused() {
        return problem(422, ProblemType.IDEMPOTENCY_KEY_REUSED.title(), "This Idempotency-Key was sent with another request (another body"
                + " or path) within the last 24 hours; send a new key for a new request")
                .withType(ProblemType.IDEMPOTENCY_KEY_REUSED.uri()).build();
    }

    /** A request sent again with its Idempotency-Key while the first is still being answered. */
    public static HttpProblem idempotentRequestInFlight() {
        return problem(Status.CONFLICT, "The first request with this Idempotency-Key is still being answered; retry shortly")
                .withType(ProblemType.CONFLICT.uri()).withHeader("Retry-After", 1).build();
    }

    public static HttpProblem.Builder problem(Status status, String detail) {
        return problem(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    private static HttpProblem.Builder problem(int status, String title, String detail) {
        HttpProblem.Builder builder = HttpProblem.builder().withStatus(status).withTitle(title).withDetail(detail);
        ProblemType.of(status).ifPresent(type -> builder.withType(type.uri()).withTitle(type.title()));
        return builder;
    }
}
