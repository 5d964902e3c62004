/**
 * Conditional requests: {@link org.multistakeholder.platform.http.EntityTags} makes a record's version its ETag and
 * holds an update to the {@code If-Match} it names (428 when missing, 412 when stale).
 */
package org.multistakeholder.platform.http;
