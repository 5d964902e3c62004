package org.multistakeholder.platform.http;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The id that ties one request's log lines together, across the gateway and the service: {@code X-Request-Id}. The
 * gateway issues one (or keeps the client's, when it is sane) and passes it on; a service reached directly does the
 * same. It is put in the logging context ({@code requestId} in each JSON log line's {@code mdc}) for as long as the
 * request is served, on the event loop and on the worker thread alike (Quarkus keeps the MDC with the request's
 * Vert.x context), and echoed in the answer.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** What a client may send and see kept, the gateway's rule too: short, and nothing that could forge a log line. */
    static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private static final SecureRandom RANDOM = new SecureRandom();

    void install(@Observes Router router) {
        // First of all routes, so even a refusal ahead of the resources (AuthorizationHeaders) carries the id.
        router.route().order(Integer.MIN_VALUE).handler(this::tag);
    }

    void tag(RoutingContext context) {
        String id = kept(context.request().getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    /** The id the request is known by: the one it carries when sane, a new random one otherwise. */
    static String kept(String sent) {
        return sent != null && SANE.matcher(sent).matches() ? sent : issue();
    }

    /** 32 hexadecimal digits, as nginx's {@code $request_id}. */
    static String issue() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
