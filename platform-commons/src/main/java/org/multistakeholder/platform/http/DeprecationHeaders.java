package org.multistakeholder.platform.http;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * The answers of an operation marked {@link Deprecation} tell so: {@code Deprecation: @<epoch seconds>} (RFC 9745,
 * a structured-field date) and {@code Sunset: <HTTP-date>} (RFC 8594), its errors included, so a client sees it on
 * whatever it gets back.
 */
@Provider
public class DeprecationHeaders implements ContainerResponseFilter {

    static final String DEPRECATION = "Deprecation";
    static final String SUNSET = "Sunset";
    /** IMF-fixdate (RFC 9110, section 5.6.7): a two-digit day, English names, GMT. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            java.util.Locale.ENGLISH);

    /** The two header values of each deprecated method, or none; read once per method. */
    private final Map<Method, String[]> headers = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        String[] values = headers.computeIfAbsent(method, DeprecationHeaders::valuesOf);
        if (values.length == 2) {
            response.getHeaders().putSingle(DEPRECATION, values[0]);
            response.getHeaders().putSingle(SUNSET, values[1]);
        }
    }

    static String[] valuesOf(Method method) {
        Deprecation deprecation = method.getAnnotation(Deprecation.class);
        if (deprecation == null) {
            deprecation = method.getDeclaringClass().getAnnotation(Deprecation.class);
        }
        return deprecation == null ? new String[0] : values(deprecation.since(), deprecation.sunset(), method.toString());
    }

    /** @throws IllegalArgumentException when a day is not ISO-8601 or the sunset is not after the deprecation */
    static String[] values(String since, String sunset, String where) {
        try {
            Instant deprecated = LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant gone = LocalDate.parse(sunset).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (!gone.isAfter(deprecated)) {
                throw new IllegalArgumentException("@Deprecation of " + where + ": the sunset " + sunset + " is not after " + since);
            }
            return new String[] { "@" + deprecated.getEpochSecond(),
                    HTTP_DATE.format(gone.atOffset(ZoneOffset.UTC)) };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("@Deprecation of " + where + ": days are ISO-8601 (2026-12-01): " + e.getMessage(), e);
        }
    }
}
