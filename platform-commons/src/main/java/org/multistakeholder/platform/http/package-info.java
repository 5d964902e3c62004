/**
 * HTTP conventions every service follows the same way. {@link org.multistakeholder.platform.http.EntityTags} makes a
 * record's version its ETag and holds an update to the {@code If-Match} it names (428 when missing, 412 when stale).
 * <i>Found</i>: {@link org.multistakeholder.platform.http.ConditionalReads} gives every other read a weak ETag of its
 * representation and answers {@code If-None-Match} with 304; {@link org.multistakeholder.platform.http.RequestIds}
 * keeps or issues {@code X-Request-Id}, logs it with every line of the request and echoes it;
 * {@link org.multistakeholder.platform.http.DeprecationHeaders} sends {@code Deprecation} and {@code Sunset} for an
 * operation marked {@link org.multistakeholder.platform.http.Deprecation}.
 */
package org.multistakeholder.platform.http;
