package org.multistakeholder.statements.statement;

public enum StatementStatus {
    DRAFT,
    OPEN_FOR_COMMENT,
    OPEN_FOR_SIGNATURE,
    PUBLISHED,
    WITHDRAWN
}
