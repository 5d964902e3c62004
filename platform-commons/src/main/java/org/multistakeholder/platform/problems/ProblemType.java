package org.multistakeholder.platform.problems;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of error the platform answers, each with a stable problem type URI of its own (RFC 9457, section 3.1.1):
 * {@code https://platform.local/problems/<slug>}. A client may branch on the type; the title is the type's own
 * and never changes, the detail says what went wrong this time. The README lists them; the OpenAPI documents show
 * each status's problem as an example (ApiDocumentConventions). The gateway's own problem documents (its 404, 413, 429 and
 * 503) use the same types and titles. The URIs name the types; nothing is published at them.
 */
public enum ProblemType {

    BAD_REQUEST(400, "bad-request", "Bad Request",
            "The body or a parameter is malformed or invalid; the detail and the violations name what"),
    INVALID_TEXT(400, "invalid-text", "Invalid Text",
            "A text in the body or a parameter holds a character no text may hold: NUL, a lone surrogate, a C0 control"
                    + " other than tab, newline and carriage return (a name with a bidirectional or zero-width character is a"
                    + " bad-request naming the field)"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized",
            "The credential is missing where one is needed, malformed, or does not verify"),
    FORBIDDEN(403, "forbidden", "Forbidden", "The credential is valid but does not allow this"),
    NOT_FOUND(404, "not-found", "Not Found", "Nothing is published at this path, or no resource has this id"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method Not Allowed", "The path does not take this method"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not Acceptable", "The path cannot answer in a media type the Accept header takes"),
    CONFLICT(409, "conflict", "Conflict", "The request conflicts with the resource's current state or an existing record"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition Failed",
            "The resource changed since it was read: If-Match names a version that is no longer current"),
    GONE(410, "gone", "Gone",
            "The change feed no longer holds the events after this cursor; the problem's snapshot names the lists to start again from"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Content Too Large", "The request body is larger than 1 MiB"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported Media Type", "The request body must be application/json"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Unprocessable Content",
            "The Idempotency-Key was sent with another request (another body or path) within the last 24 hours"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition Required",
            "An update needs If-Match with the ETag of the version it read"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too Many Requests",
            "Too many of these requests from one address or with one credential; Retry-After says when to try again"),
    INTERNAL_ERROR(500, "internal-error", "Internal Server Error",
            "An unexpected failure; the detail tells nothing of the service's internals"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service Unavailable",
            "A service, or one it depends on, is not answering; Retry-After says when to try again");

    public static final String BASE = "https://platform.local/problems/";

    private final int status;
    private final String slug;
    private final String title;
    private final String meaning;

    ProblemType(int status, String slug, String title, String meaning) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.meaning = meaning;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** What the type means, as the README's table and the documents say it. */
    public String meaning() {
        return meaning;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    /** The general type of an error status; an error of a more particular kind (invalid text) names its own. */
    public static Optional<ProblemType> of(int status) {
        return Arrays.stream(values()).filter(type -> type.status == status).findFirst();
    }

    /** The type a URI names, if it is one of these. */
    public static Optional<ProblemType> of(URI uri) {
        return Arrays.stream(values()).filter(type -> type.uri().equals(uri)).findFirst();
    }
}
