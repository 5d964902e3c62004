package org.multistakeholder.signatories.organization;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A newly issued API key; any earlier key of the organization no longer works")
public record IssuedApiKey(
        @Schema(description = "The organization the key authenticates", example = "7") Long organizationId,
        @Schema(description = "The key, to send as X-API-Key. Shown only this once.",
                example = "q3Xb9dT2mJc8LwPa.5m0kQ9vRZ2y8Jt1XcN4bE7uHs6aLpW3oYd0fGi2Vr8M",
                maxLength = 60, pattern = "^[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{43}$") String apiKey,
        @Schema(description = "When it was issued", example = "2024-06-03T14:00:00Z") Instant issuedAt) {
}
