/**
 * What text the API accepts. {@code Text}: the one rule for every text field and parameter (no NUL, no lone
 * surrogate, no C0 control other than tab, newline and carriage return) and the stricter rule for names (no
 * bidirectional override or isolate, no zero-width character). {@code Name}: the constraint a name field carries.
 * <i>Found</i>: {@code TextParameters}, which applies the rule to every query and path parameter; the JSON side is
 * in {@code json.StrictJsonTypes}.
 */
package org.multistakeholder.platform.text;
