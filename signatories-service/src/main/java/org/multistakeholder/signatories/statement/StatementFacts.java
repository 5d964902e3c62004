package org.multistakeholder.signatories.statement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What this service reads of a statement. Other fields statements-service adds are ignored, not refused. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatementFacts(long id, String status, String title) {

    public static final String OPEN_FOR_SIGNATURE = "OPEN_FOR_SIGNATURE";

    public boolean isOpenForSignature() {
        return OPEN_FOR_SIGNATURE.equals(status);
    }
}
