package org.multistakeholder.statements.correspondence;

import java.time.LocalDate;

/** The list filters, parsed; null means "any". */
record LetterFilter(LocalDate sentFrom, LocalDate sentTo, String party, String q) {
}
