package org.multistakeholder.signatories.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new registration: the organization, PENDING until an editor verifies it, and its API key")
public record Registration(
        @Schema(description = "The organization as registered") OrganizationView organization,
        @Schema(description = "The organization's API key, to send as X-API-Key. Shown only this once: the platform keeps only a hash of it.",
                example = "q3Xb9dT2mJc8LwPa.5m0kQ9vRZ2y8Jt1XcN4bE7uHs6aLpW3oYd0fGi2Vr8M",
                maxLength = 60, pattern = "^[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{43}$") String apiKey) {
}
