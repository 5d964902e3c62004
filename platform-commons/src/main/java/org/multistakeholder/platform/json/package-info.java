/**
 * Strict reading of JSON bodies: a value of the wrong JSON type is a 400, never converted. {@code StrictJsonTypes}
 * customizes the ObjectMapper every service uses; Quarkus finds it, nothing imports it.
 */
package org.multistakeholder.platform.json;
