package org.multistakeholder.statements.statement;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@Schema(description = "When a statement takes public comments, and the invitation to comment")
@JsonIgnoreProperties({ "state" })
public record CommentPeriodFacts(
        @Schema(description = "From this instant comments are taken", example = "2004-12-05T00:00:00Z") @NotNull Instant opensAt,
        @Schema(description = "From this instant comments are refused", example = "2005-04-05T03:00:00Z") @NotNull Instant closesAt,
        @Schema(description = "The invitation to comment sent out with the draft",
                example = "Dear Stakeholder, Attached is a draft statement on ICANN and the World Summit on the Information Society (WSIS)...")
        @Size(max = 20000) String invitation) {
}
