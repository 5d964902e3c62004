package org.multistakeholder.platform.security;

/** The groups a bearer token may carry. */
public final class Roles {

    /** Editors: create and edit content, moderate, verify organizations. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
