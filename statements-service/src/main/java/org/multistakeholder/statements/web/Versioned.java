package org.multistakeholder.statements.web;

import jakarta.ws.rs.core.Response;

import org.multistakeholder.platform.http.EntityTags;

/** A representation together with the version of the record behind it, which becomes its ETag. */
public record Versioned<T>(T body, long version) {

    public Response ok() {
        return Response.ok(body).tag(EntityTags.of(version)).build();
    }
}
