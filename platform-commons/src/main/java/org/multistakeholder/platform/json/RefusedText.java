package org.multistakeholder.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string that {@link org.multistakeholder.platform.text.Text} refuses; the 400 names the field and says why. */
public final class RefusedText extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    RefusedText(JsonParser parser, String reason) {
        super(parser, "The text " + reason, String.class);
        this.reason = reason;
    }

    /** Why, as "holds a NUL character at position 2". */
    public String reason() {
        return reason;
    }
}
