package org.multistakeholder.signatories.endorsement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SignatoriesCsvTests {

    @Test
    void shouldQuoteCommasAndQuotesAndDefuseFormulas() {
        assertEquals("\"Tucows, Inc.\"", SignatoriesCsv.cell("Tucows, Inc."));
        assertEquals("\"The \"\"Registry\"\"\"", SignatoriesCsv.cell("The \"Registry\""));
        assertEquals("'=HYPERLINK(1)", SignatoriesCsv.cell("=HYPERLINK(1)"));
        assertEquals("", SignatoriesCsv.cell(null));
    }

    @Test
    void shouldWriteHeaderAndOneLinePerSignatory() {
        String csv = SignatoriesCsv.of(List.of(new Signatory(3L, "Blacknight", null, "IE", "https://www.blacknight.com", LocalDate.of(2024, 6, 11))));
        assertEquals(SignatoriesCsv.HEADER + "\r\nBlacknight,,IE,https://www.blacknight.com,2024-06-11,3\r\n", csv);
    }
}
