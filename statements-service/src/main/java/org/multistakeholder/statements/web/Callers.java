package org.multistakeholder.statements.web;

import jakarta.enterprise.context.RequestScoped;

import org.multistakeholder.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking, in the terms the API decides on: editors see contact data and moderated content. */
@RequestScoped
public class Callers {

    private final SecurityIdentity identity;

    Callers(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isEditor() {
        return !identity.isAnonymous() && identity.hasRole(Roles.ADMIN);
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }
}
