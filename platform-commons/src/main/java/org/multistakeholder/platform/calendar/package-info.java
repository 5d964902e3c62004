/**
 * The one rule for every date, instant and quarter the API reads, in bodies and in parameters: years 0001 to
 * 9999 written with four digits, no sign and no fifth digit; anything else is a 400. {@code Calendar} holds it;
 * {@code json.StrictJsonTypes} applies it to bodies and {@code parameters.QueryParameters} to parameters.
 */
package org.multistakeholder.platform.calendar;
