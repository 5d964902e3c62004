package org.multistakeholder.platform.http;

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
