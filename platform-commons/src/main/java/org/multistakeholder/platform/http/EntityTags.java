package org.multistakeholder.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.ws.rs.core.EntityTag;

import org.multistakeholder.platform.problems.Problems;

/**
 * Optimistic concurrency over HTTP: a resource's version is its strong ETag, and an update must
 * name the version it was based on in {@code If-Match} (RFC 9110, section 13.1.1).
 */
public final class EntityTags {

    /** Room for a list of tags; a longer If-Match is not read at all. */
    public static final int MAX_IF_MATCH_LENGTH = 1024;

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * A weak tag of a representation: its media type and bytes, hashed. Weak because it promises the same content,
     * not the same bytes on the wire (the gateway may compress them).
     */
    public static String weakOf(String mediaType, byte[] representation) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(String.valueOf(mediaType).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            byte[] digest = sha256.digest(representation);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Whether an {@code If-None-Match} names the current tag, under the weak comparison RFC 9110 (section 13.1.2)
     * calls for: {@code W/"x"} and {@code "x"} are the same version. A missing or oversized header names nothing.
     */
    public static boolean noneMatchNames(String ifNoneMatch, String currentTag) {
        if (ifNoneMatch == null || currentTag == null || ifNoneMatch.length() > MAX_IF_MATCH_LENGTH) {
            return false;
        }
        String current = opaque(currentTag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || !tag.isEmpty() && opaque(tag).equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /**
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 428 when {@code ifMatch} is missing, 412 when it
     *         names no tag equal to the current version or is longer than {@link #MAX_IF_MATCH_LENGTH}
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        String current = of(currentVersion).toString();
        if (ifMatch.length() > MAX_IF_MATCH_LENGTH) {
            throw Problems.preconditionFailed(current);
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            // A weak tag never matches under the strong comparison If-Match calls for.
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw Problems.preconditionFailed(current);
    }
}
