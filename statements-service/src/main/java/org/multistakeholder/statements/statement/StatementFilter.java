package org.multistakeholder.statements.statement;

import java.time.LocalDate;

/** The list filters, parsed; null means "any". */
record StatementFilter(StatementKind kind, StatementStatus status, String issuingBody, LocalDate issuedFrom,
        LocalDate issuedTo, String q) {
}
