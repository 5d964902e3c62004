package org.multistakeholder.signatories.access;

import org.multistakeholder.platform.problems.Problems;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response.Status;

/**
 * Who is making a request, as far as this service's rules care: nobody in particular, an organization
 * proven by its API key, an editor proven by a bearer token with the admin group, or someone with a valid
 * token that grants nothing here.
 */
public record Caller(Kind kind, Long organizationId, String editorName) {

    public enum Kind {
        ANONYMOUS,
        ORGANIZATION,
        EDITOR,
        WITHOUT_RIGHTS
    }

    public static Caller anonymous() {
        return new Caller(Kind.ANONYMOUS, null, null);
    }

    public static Caller organization(long organizationId) {
        return new Caller(Kind.ORGANIZATION, organizationId, null);
    }

    public static Caller editor(String name) {
        return new Caller(Kind.EDITOR, null, name);
    }

    public static Caller withoutRights() {
        return new Caller(Kind.WITHOUT_RIGHTS, null, null);
    }

    public boolean isEditor() {
        return kind == Kind.EDITOR;
    }

    public boolean isOrganization() {
        return kind == Kind.ORGANIZATION;
    }

    public boolean isOrganization(long id) {
        return kind == Kind.ORGANIZATION && organizationId == id;
    }

    /** The organization itself or an editor: the callers who see its contact and may change it. */
    public boolean mayManage(long organizationId) {
        return isEditor() || isOrganization(organizationId);
    }

    /** @throws HttpProblem 401 without any credential, 403 with one that does not cover this organization */
    public void requireManage(long organizationId) {
        if (kind == Kind.ANONYMOUS) {
            throw unauthenticated();
        }
        if (!mayManage(organizationId)) {
            throw Problems.forbidden(isOrganization()
                    ? "An organization's API key gives access to that organization only, not to organization " + organizationId
                    : "Only the organization itself or an editor may do this");
        }
    }

    /** @throws HttpProblem 401 without any credential, 403 with one that is not an editor's */
    public void requireEditor() {
        if (kind == Kind.ANONYMOUS) {
            throw unauthenticated();
        }
        if (!isEditor()) {
            throw Problems.forbidden("Only editors may do this");
        }
    }

    public static HttpProblem unauthenticated() {
        return Problems.problem(Status.UNAUTHORIZED,
                        "This needs an organization's X-API-Key or an editor's bearer token")
                .withHeader("WWW-Authenticate", "Bearer")
                .build();
    }

    /** How an endorsement or status change names who recorded it. */
    public String recordedBy() {
        return isEditor() ? "editor:" + editorName : "organization:" + organizationId;
    }
}
