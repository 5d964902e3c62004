package org.multistakeholder.statements.statement;

public enum StatementKind {
    SUMMIT,
    COALITION,
    DRAFT_FOR_COMMENT
}
