package org.multistakeholder.recommendations.report;

/** Whether a quarterly report is out: while IN_PRODUCTION it has no document yet. */
public enum PublicationStatus {
    IN_PRODUCTION,
    PUBLISHED
}
