package org.multistakeholder.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The key as clients send it, scoped to its caller, and the answer sealed under it. */
class IdempotencyKeyTests {

    private static final String KEY = "5f0c3f6e-8a9b-4c7d-9e21-3b6a1d2c4e5f";

    @Test
    void shouldReadTheKeyBareOrAsAStructuredFieldString() {
        assertArrayEquals(IdempotencyKey.of("address:1", List.of(KEY)).hash(),
                IdempotencyKey.of("address:1", List.of("\"" + KEY + "\"")).hash());
    }

    @Test
    void shouldScopeTheKeyToItsCaller() {
        assertFalse(Arrays.equals(IdempotencyKey.of("address:1", List.of(KEY)).hash(),
                IdempotencyKey.of("address:2", List.of(KEY)).hash()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "short", "with a space in it here", "ünïcode-ünïcode-ünïcode", "\"\"" })
    void shouldRefuseAKeyThatIsNotSixteenTo255VisibleCharacters(String key) {
        HttpProblem refused = assertThrows(HttpProblem.class, () -> IdempotencyKey.of("address:1", List.of(key)));
        assertEquals(400, refused.getStatusCode());
    }

    @Test
    void shouldRefuseTheKeySentTwice() {
        assertEquals(400, assertThrows(HttpProblem.class, () -> IdempotencyKey.of("address:1", List.of(KEY, KEY))).getStatusCode());
    }

    @Test
    void shouldOpenWhatItSealedAndOnlyWithTheSameKeyAndCaller() {
        byte[] answer = "{\"apiKey\":\"1.secret\"}".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = IdempotencyKey.of("address:1", List.of(KEY)).seal(answer);
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("secret"));
        assertArrayEquals(answer, IdempotencyKey.of("address:1", List.of(KEY)).open(sealed));
        assertThrows(IllegalStateException.class, () -> IdempotencyKey.of("address:2", List.of(KEY)).open(sealed));
    }

    @Test
    void shouldTellRequestsApartByMethodPathAndBody() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        byte[] first = IdempotencyKey.fingerprint("POST", "/api/reviews", body);
        assertArrayEquals(first, IdempotencyKey.fingerprint("POST", "/api/reviews", body.clone()));
        assertFalse(Arrays.equals(first, IdempotencyKey.fingerprint("POST", "/api/statements", body)));
        assertFalse(Arrays.equals(first, IdempotencyKey.fingerprint("POST", "/api/reviews", "{ }".getBytes(StandardCharsets.UTF_8))));
    }
}
