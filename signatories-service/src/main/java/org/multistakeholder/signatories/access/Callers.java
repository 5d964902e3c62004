package org.multistakeholder.signatories.access;

import jakarta.enterprise.context.ApplicationScoped;

import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.Response.Status;

/**
 * Works out the {@link Caller} of a request. Editors' bearer tokens are checked by SmallRye JWT before the
 * request reaches a resource; an organization's {@code X-API-Key} is checked here against the stored hash.
 * Resources that accept both kinds of caller ask this class, and decide from the answer what the caller may
 * do, because "the organization itself or an editor" is a rule about the resource's data that a role alone
 * cannot express.
 */
@ApplicationScoped
public class Callers {

    public static final String API_KEY_HEADER = "X-API-Key";

    private final SecurityIdentity identity;
    private final ApiKeys apiKeys;

    Callers(SecurityIdentity identity, ApiKeys apiKeys) {
        this.identity = identity;
        this.apiKeys = apiKeys;
    }

    /**
     * @param apiKey the {@code X-API-Key} header, if any
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 401 for a wrong or revoked key, 400 when both a key and a
     *         bearer token are sent (which one should count would be a guess)
     */
    public Caller identify(String apiKey) {
        if (apiKey != null) {
            if (!identity.isAnonymous()) {
                throw Problems.badRequest("Send either an X-API-Key or a bearer token, not both");
            }
            return apiKeys.authenticate(apiKey).map(Caller::organization)
                    .orElseThrow(() -> Problems.problem(Status.UNAUTHORIZED, "The X-API-Key is not valid: it is unknown, malformed or was replaced by a newer key")
                            .withHeader("WWW-Authenticate", "ApiKey header=\"" + API_KEY_HEADER + "\"")
                            .build());
        }
        if (identity.isAnonymous()) {
            return Caller.anonymous();
        }
        if (identity.hasRole(Roles.ADMIN)) {
            return Caller.editor(identity.getPrincipal().getName());
        }
        return Caller.withoutRights();
    }
}
