package org.multistakeholder.platform.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation (a resource method, or every method of a resource class) that is deprecated, or that answers with a
 * deprecated field: its answers carry {@code Deprecation} (RFC 9745) from {@link #since} and {@code Sunset} (RFC 8594)
 * from {@link #sunset}, added by {@link DeprecationHeaders}. Put {@code @Deprecated} beside it, which the OpenAPI
 * document shows as {@code deprecated: true}, and say in the operation's description what replaces it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Deprecation {

    /** The day (ISO-8601, {@code 2026-12-01}) it was deprecated, from its start in UTC. */
    String since();

    /** The day (ISO-8601) after which it may stop answering, from its start in UTC. */
    String sunset();
}
