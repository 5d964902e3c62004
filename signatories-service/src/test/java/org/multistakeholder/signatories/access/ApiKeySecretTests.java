package org.multistakeholder.signatories.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeySecretTests {

    @Test
    void shouldParseWhatItGeneratesAndMatchOnlyItsOwnHash() {
        ApiKeySecret key = ApiKeySecret.generate();
        ApiKeySecret parsed = ApiKeySecret.parse(key.presentable()).orElseThrow();
        assertEquals(key, parsed);
        assertTrue(parsed.matches(key.hash()));
        assertFalse(parsed.matches(ApiKeySecret.generate().hash()));
        assertNotEquals(key.keyId(), ApiKeySecret.generate().keyId());
        assertFalse(key.toString().contains(key.secret()), "the secret must never be logged");
    }

    @Test
    void shouldRejectMalformedKeys() {
        String valid = ApiKeySecret.generate().presentable();
        assertTrue(ApiKeySecret.parse(null).isEmpty());
        assertTrue(ApiKeySecret.parse("").isEmpty());
        assertTrue(ApiKeySecret.parse("no-dot-at-all").isEmpty());
        assertTrue(ApiKeySecret.parse(valid + "x").isEmpty());
        assertTrue(ApiKeySecret.parse(valid.replace('.', ':')).isEmpty());
        assertTrue(ApiKeySecret.parse("short." + valid.substring(17)).isEmpty());
    }
}
