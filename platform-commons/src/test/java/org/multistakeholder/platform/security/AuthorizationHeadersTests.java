package org.multistakeholder.platform.security;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuthorizationHeadersTests {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private final AuthorizationHeaders headers = new AuthorizationHeaders(Duration.ofHours(12), Duration.ofSeconds(60));

    @Test
    void shouldRefuseEverythingButOneBearerToken() {
        for (String refused : List.of("Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "garbage", "Bearer a b", "Token abc", "")) {
            assertNotNull(headers.refusal(List.of(refused), NOW), refused);
        }
        assertNotNull(headers.refusal(List.of("Bearer a", "Bearer b"), NOW));
        assertNull(headers.refusal(List.of("Bearer abc.def.ghi"), NOW), "not a JWT: left to its verification");
        assertNull(headers.refusal(List.of("bearer " + token(NOW, NOW.plusSeconds(3600))), NOW));
    }

    @Test
    void shouldHoldTheTokensTimesToTheLimits() {
        assertNull(headers.refusal(List.of("Bearer " + token(NOW, NOW.plus(Duration.ofHours(12)))), NOW));
        assertNull(headers.refusal(List.of("Bearer " + token(NOW.plusSeconds(60), NOW.plusSeconds(3600))), NOW));
        assertNotNull(headers.refusal(List.of("Bearer " + token(NOW, NOW.plus(Duration.ofHours(12)).plusSeconds(1))), NOW));
        assertNotNull(headers.refusal(List.of("Bearer " + token(NOW, Instant.parse("+33000-01-01T00:00:00Z"))), NOW));
        assertNotNull(headers.refusal(List.of("Bearer " + token(NOW.plusSeconds(61), NOW.plusSeconds(3600))), NOW));
        assertNotNull(headers.refusal(List.of("Bearer " + token(null, NOW.plus(Duration.ofDays(2)))), NOW));
    }

    private static String token(Instant issuedAt, Instant expires) {
        String claims = "{\"iss\":\"x\"," + (issuedAt == null ? "" : "\"iat\":" + issuedAt.getEpochSecond() + ",")
                + "\"exp\":" + expires.getEpochSecond() + "}";
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
