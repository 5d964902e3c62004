package org.multistakeholder.statements.statement;

/** How a reported count is to be read: a source that says "over 400" gives 400 with OVER. */
public enum CountQualifier {
    EXACTLY,
    ABOUT,
    OVER,
    AT_LEAST,
    UNDER
}
