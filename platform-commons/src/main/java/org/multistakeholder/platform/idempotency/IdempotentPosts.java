package org.multistakeholder.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.multistakeholder.platform.http.Representations;
import org.multistakeholder.platform.problems.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Every POST may carry an {@code Idempotency-Key} (draft-ietf-httpapi-idempotency-key-header, as Stripe's API takes
 * it), so a client that lost an answer may send the request again without doing it twice. The same caller sending
 * the same key with the same request within {@link IdempotentRequests#LIFETIME} gets what the first answered (its
 * status, body, Location and ETag, and {@code Idempotent-Replayed: true}); with another body or to another path a
 * 422; while the first is still being answered a 409. Only a success is kept: a request that failed (a 4xx or a 5xx)
 * frees its key, so the client may correct it and send it again with the same key.
 *
 * <p>The caller is the verified identity where the request has one (an editor's token), else the organization's API
 * key as sent (hashed; a wrong key fails and keeps nothing), else the client's address; a key of one caller never
 * replays another's answer.
 */
@Provider
// After authentication and before anything reads the body.
@Priority(Priorities.AUTHORIZATION + 100)
public class IdempotentPosts implements ContainerRequestFilter, ContainerResponseFilter {

    static final String REPLAYED = "Idempotent-Replayed";
    private static final String KEY = IdempotentPosts.class.getName() + ".key";
    private static final String REPLAY = IdempotentPosts.class.getName() + ".replay";

    @Inject
    IdempotentRequests requests;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentVertxRequest vertx;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        List<String> headers = request.getHeaders().get(IdempotencyKey.HEADER);
        if (!HttpMethod.POST.equals(request.getMethod()) || headers == null || headers.isEmpty()) {
            return;
        }
        IdempotencyKey key = IdempotencyKey.of(caller(request), headers);
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String target = request.getUriInfo().getRequestUri().getRawPath()
                + (request.getUriInfo().getRequestUri().getRawQuery() == null ? "" : "?" + request.getUriInfo().getRequestUri().getRawQuery());
        byte[] hash = key.hash();
        IdempotentRequests.Start start = requests.start(hash, IdempotencyKey.fingerprint(request.getMethod(), target, body));
        if (start instanceof IdempotentRequests.InFlight) {
            throw Problems.idempotentRequestInFlight();
        }
        if (start instanceof IdempotentRequests.Reused) {
            throw Problems.idempotencyKeyReused();
        }
        if (!(start instanceof IdempotentRequests.Replay replay)) {
            request.setProperty(KEY, new Pending(key, hash));
            return;
        }
        request.setProperty(REPLAY, Boolean.TRUE);
        Response.ResponseBuilder answer = Response.status(replay.status()).header(REPLAYED, "true");
        byte[] kept = key.open(replay.sealedBody());
        if (kept != null) {
            answer.entity(kept).type(replay.contentType());
        }
        if (replay.location() != null) {
            answer.header(HttpHeaders.LOCATION, replay.location());
        }
        if (replay.entityTag() != null) {
            answer.header(HttpHeaders.ETAG, replay.entityTag());
        }
        request.abortWith(answer.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(KEY) instanceof Pending pending) || request.getProperty(REPLAY) != null) {
            return;
        }
        if (response.getStatus() / 100 != 2) {
            requests.release(pending.hash());
            return;
        }
        byte[] body = Representations.bytesOf(json, response.getEntity());
        requests.complete(pending.hash(), response.getStatus(), response.getMediaType() == null ? null : response.getMediaType().toString(),
                response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG), pending.key().seal(body));
    }

    /** Who sent the request, as far as a key's scope goes (see the class comment). */
    private String caller(ContainerRequestContext request) {
        var principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        if (principal != null && principal.getName() != null && !principal.getName().isEmpty()) {
            return "principal:" + principal.getName();
        }
        String apiKey = request.getHeaderString("X-API-Key");
        if (apiKey != null) {
            return "api-key:" + sha256(apiKey);
        }
        var current = vertx.getCurrent();
        var address = current == null ? null : current.request().remoteAddress();
        return "address:" + (address == null ? "unknown" : address.hostAddress());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Pending(IdempotencyKey key, byte[] hash) {
    }
}
