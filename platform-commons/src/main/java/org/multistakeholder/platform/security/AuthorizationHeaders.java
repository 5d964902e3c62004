package org.multistakeholder.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The {@code Authorization} header, checked before anything else reads it, on every path of a service. A request
 * that sends one must send a bearer token (RFC 6750: {@code Bearer} and a token68); anything else, {@code Bearer}
 * with nothing after it, a {@code Basic} credential or text that is no token, is a 401, never read as anonymous.
 * A token's times are held to what an operator allows: one issued ({@code iat}) later than now plus the clock skew,
 * or valid ({@code exp} minus {@code iat}, or minus now without an {@code iat}) longer than the maximum lifetime is a
 * 401 too. The signature, issuer and expiry are then checked by SmallRye JWT; this only refuses more.
 * And whoever answers a 401, a single {@code WWW-Authenticate} challenge of each kind goes out.
 */
@ApplicationScoped
public class AuthorizationHeaders {

    static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    private static final Pattern BEARER = Pattern.compile("Bearer ([A-Za-z0-9\\-._~+/]+=*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPEATED_BEARER = Pattern.compile("Bearer(\\s*,\\s*Bearer)+", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Duration maxLifetime;
    private final Duration clockSkew;

    AuthorizationHeaders(@ConfigProperty(name = "platform.jwt.max-lifetime") Duration maxLifetime,
            @ConfigProperty(name = "platform.jwt.clock-skew") Duration clockSkew) {
        this.maxLifetime = maxLifetime;
        this.clockSkew = clockSkew;
    }

    void install(@Observes Router router) {
        // Right after RequestIds, so a refusal here carries the request's id.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    void check(RoutingContext context) {
        context.addHeadersEndHandler(unused -> oneChallengeEach(context));
        List<String> headers = context.request().headers().getAll(HttpHeaders.AUTHORIZATION);
        if (headers.isEmpty()) {
            context.next();
            return;
        }
        String refusal = refusal(headers, Instant.now());
        if (refusal == null) {
            context.next();
            return;
        }
        boolean malformed = headers.size() != 1 || !BEARER.matcher(headers.get(0)).matches();
        context.response().setStatusCode(401)
                .putHeader(WWW_AUTHENTICATE, "Bearer error=\"" + (malformed ? "invalid_request" : "invalid_token") + "\"")
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(problem(context.request().path(), refusal));
    }

    /** Why the headers are refused, or null when they pass on to the token's verification. */
    String refusal(List<String> headers, Instant now) {
        if (headers.size() != 1) {
            return "Send one Authorization header, not " + headers.size();
        }
        var bearer = BEARER.matcher(headers.get(0));
        if (!bearer.matches()) {
            return "The Authorization header must be 'Bearer ' followed by a token; no other scheme is accepted";
        }
        JsonNode claims = claims(bearer.group(1));
        if (claims == null) {
            return null;
        }
        JsonNode iat = claims.path("iat");
        JsonNode exp = claims.path("exp");
        if (iat.isNumber() && iat.asDouble() > now.getEpochSecond() + clockSkew.toSeconds()) {
            return "The bearer token is issued in the future (iat), beyond the allowed clock skew of " + clockSkew.toSeconds() + " s";
        }
        if (exp.isNumber()) {
            double from = iat.isNumber() ? iat.asDouble() : now.getEpochSecond();
            if (exp.asDouble() - from > maxLifetime.toSeconds()) {
                return "The bearer token is valid for longer (exp - iat) than the maximum lifetime of " + maxLifetime.toSeconds() + " s";
            }
        }
        return null;
    }

    /** The token's claims, read without trusting them; null when it is not a JWT, which its verification refuses. */
    private static JsonNode claims(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return claims != null && claims.isObject() ? claims : null;
        } catch (IllegalArgumentException | java.io.IOException unreadable) {
            return null;
        }
    }

    private static String problem(String path, String detail) {
        try {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", org.multistakeholder.platform.problems.ProblemType.UNAUTHORIZED.uri().toString());
            problem.put("title", org.multistakeholder.platform.problems.ProblemType.UNAUTHORIZED.title());
            problem.put("status", 401);
            problem.put("detail", detail);
            problem.put("instance", path == null ? "/" : path);
            return JSON.writeValueAsString(problem);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The security layer and a resource may both challenge; the client gets each challenge once. */
    private static void oneChallengeEach(RoutingContext context) {
        List<String> challenges = context.response().headers().getAll(WWW_AUTHENTICATE).stream()
                .map(challenge -> REPEATED_BEARER.matcher(challenge).matches() ? "Bearer" : challenge).toList();
        if (challenges.isEmpty()) {
            return;
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        boolean specificBearer = challenges.stream().anyMatch(c -> c.regionMatches(true, 0, "Bearer ", 0, 7));
        for (String challenge : challenges) {
            if (specificBearer && challenge.equalsIgnoreCase("Bearer")) {
                continue;
            }
            distinct.add(challenge);
        }
        context.response().headers().remove(WWW_AUTHENTICATE);
        distinct.forEach(challenge -> context.response().headers().add(WWW_AUTHENTICATE, challenge));
    }
}
