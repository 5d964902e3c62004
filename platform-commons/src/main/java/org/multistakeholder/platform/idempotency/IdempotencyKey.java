package org.multistakeholder.platform.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.multistakeholder.platform.problems.Problems;

/**
 * A client's {@code Idempotency-Key} (draft-ietf-httpapi-idempotency-key-header), scoped to the caller that sent it:
 * the same key from another caller is another key. What the table keeps is derived from it: the hash it is looked up
 * by, and the AES-GCM key its answer is sealed with, each from its own label, so a reader of the table learns neither
 * the key nor the answer.
 */
final class IdempotencyKey {

    static final String HEADER = "Idempotency-Key";
    /** Unguessable enough to seal an answer with: a UUID, or any 16 to 255 visible ASCII characters. */
    static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7E]{16,255}");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String caller;
    private final String key;

    private IdempotencyKey(String caller, String key) {
        this.caller = caller;
        this.key = key;
    }

    /**
     * The key a request carries, read as the draft writes it (a structured-field string, {@code "..."}) or bare as
     * Stripe's clients send it.
     *
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 400 when it is sent twice or is not 16 to 255 visible ASCII characters
     */
    static IdempotencyKey of(String caller, java.util.List<String> headers) {
        if (headers.size() != 1) {
            throw Problems.invalidField(HEADER, "must be sent once, not " + headers.size() + " times");
        }
        String key = headers.get(0).trim();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (!FORMAT.matcher(key).matches()) {
            throw Problems.invalidField(HEADER, "must be 16 to 255 visible ASCII characters without spaces, such as a UUID");
        }
        return new IdempotencyKey(caller, key);
    }

    /** What the row is found by: the caller and the key, hashed. */
    byte[] hash() {
        return sha256("idempotency-key", caller, key);
    }

    /** What identifies the request: its method, path and query, and body. The same key with another is a reuse. */
    static byte[] fingerprint(String method, String pathAndQuery, byte[] body) {
        return sha256("request", method, pathAndQuery, new String(body, StandardCharsets.ISO_8859_1));
    }

    byte[] seal(byte[] answer) {
        if (answer == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            byte[] sealed = cipher.doFinal(answer);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    byte[] open(byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE_BYTES);
            return cipher(Cipher.DECRYPT_MODE, nonce).doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A kept answer does not open with its key", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(sha256("answer", caller, key), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }

    private static byte[] sha256(String label, String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(label.getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                // Each part's length first, so no two lists of parts hash alike.
                digest.update(ByteBuffer.allocate(4).putInt(part.length()).array());
                digest.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
