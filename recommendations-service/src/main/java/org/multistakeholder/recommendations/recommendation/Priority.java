package org.multistakeholder.recommendations.recommendation;

/** The priority the community assigned; P1 is the highest, P4 the lowest. */
public enum Priority {
    P1,
    P2,
    P3,
    P4
}
