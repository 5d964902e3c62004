package org.multistakeholder.signatories.access;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;

/** Issues, rotates and checks organizations' API keys. */
@ApplicationScoped
public class ApiKeys {

    // Hashed when the key id is unknown, so that a guess at an unknown id takes as long as one at a known id.
    private static final byte[] NO_SUCH_KEY = ApiKeySecret.sha256("no such key");

    /**
     * Revokes the organization's live key, if any, and issues a new one in the same transaction: the old key
     * stops working the moment the new one exists.
     *
     * @return the new key, in the only form it will ever be shown
     */
    @Transactional
    public ApiKeySecret issue(long organizationId, Instant now) {
        ApiKey.update("revokedAt = ?1 where organizationId = ?2 and revokedAt is null", now, organizationId);
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = new ApiKey();
        key.organizationId = organizationId;
        key.keyId = secret.keyId();
        key.secretHash = secret.hash();
        key.createdAt = now;
        key.persist();
        Panache.getEntityManager().flush();
        return secret;
    }

    /** The organization a presented key authenticates, if it is well formed, known, live and its secret matches. */
    public Optional<Long> authenticate(String presented) {
        Optional<ApiKeySecret> parsed = ApiKeySecret.parse(presented);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Optional<ApiKey> key = ApiKey.find("keyId", parsed.get().keyId()).firstResultOptional();
        boolean matches = parsed.get().matches(key.map(k -> k.secretHash).orElse(NO_SUCH_KEY));
        return key.filter(k -> matches && k.revokedAt == null).map(k -> k.organizationId);
    }
}
