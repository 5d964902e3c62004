/**
 * What every service's OpenAPI document says the same way. Both filters run at build time and are found by Quarkus
 * ({@code @OpenApiFilter}), not imported: {@link org.multistakeholder.platform.openapi.ApiDocumentConventions} adds
 * the server, the common errors, problem schemas and type bounds, and
 * {@link org.multistakeholder.platform.openapi.SortParameters} gives each list's {@code sort} its own values.
 * Resources import only the extension names they mark operations with.
 */
package org.multistakeholder.platform.openapi;
