package org.multistakeholder.signatories.endorsement;

import java.util.List;

/** The signatory list as CSV (RFC 4180) for spreadsheets. */
final class SignatoriesCsv {

    static final String HEADER = "name,shortName,country,website,endorsedOn,organizationId";

    private SignatoriesCsv() {
    }

    static String of(List<Signatory> signatories) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Signatory signatory : signatories) {
            csv.append(cell(signatory.name())).append(',')
                    .append(cell(signatory.shortName())).append(',')
                    .append(cell(signatory.country())).append(',')
                    .append(cell(signatory.website())).append(',')
                    .append(signatory.endorsedOn()).append(',')
                    .append(signatory.organizationId()).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        // Names are typed by whoever registers; a spreadsheet would run one starting like a formula.
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
