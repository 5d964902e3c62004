/**
 * Query parameters read as text and parsed by {@link org.multistakeholder.platform.parameters.QueryParameters}, so
 * a filter a client got wrong is a 400 naming it rather than the 404 JAX-RS answers.
 */
package org.multistakeholder.platform.parameters;
