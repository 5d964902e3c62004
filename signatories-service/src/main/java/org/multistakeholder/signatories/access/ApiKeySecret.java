package org.multistakeholder.signatories.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form of an API key, {@code <keyId>.<secret>}: the key id finds the row, the 256-bit secret proves
 * possession. Only the SHA-256 of the secret is stored; a fast hash is enough because the secret is random,
 * not a password a person chose.
 */
public record ApiKeySecret(String keyId, String secret) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{16}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    public static ApiKeySecret generate() {
        return new ApiKeySecret(random(12), random(32));
    }

    /** Empty for anything that is not of the key's form, so a malformed header costs no database lookup. */
    public static Optional<ApiKeySecret> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        String trimmed = presented.trim();
        int dot = trimmed.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String keyId = trimmed.substring(0, dot);
        String secret = trimmed.substring(dot + 1);
        if (!KEY_ID.matcher(keyId).matches() || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ApiKeySecret(keyId, secret));
    }

    public byte[] hash() {
        return sha256(secret);
    }

    /** Compares in constant time, so response times do not reveal how much of a guess was right. */
    public boolean matches(byte[] storedHash) {
        return MessageDigest.isEqual(hash(), storedHash);
    }

    /** The whole key as the client sends it. */
    public String presentable() {
        return keyId + "." + secret;
    }

    @Override
    public String toString() {
        return "ApiKeySecret[keyId=" + keyId + "]";
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return ENCODER.encodeToString(value);
    }
}
