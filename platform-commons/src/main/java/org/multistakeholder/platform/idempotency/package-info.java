/**
 * Writes a client may safely retry. <i>Found</i>: {@link org.multistakeholder.platform.idempotency.IdempotentPosts}, the
 * filter that answers a POST sent again with its {@code Idempotency-Key} with the first answer (422 for the key with
 * another request, 409 while the first is in flight), kept a day in the service's table {@code idempotent_request}
 * by {@link org.multistakeholder.platform.idempotency.IdempotentRequests}.
 */
package org.multistakeholder.platform.idempotency;
