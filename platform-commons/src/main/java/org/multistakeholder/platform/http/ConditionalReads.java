package org.multistakeholder.platform.http;

import java.io.IOException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every successful read carries an ETag and answers {@code If-None-Match} with a 304 (RFC 9110, sections 8.8.3 and
 * 13.1.2). A single resource sends the strong tag of its version ({@link EntityTags#of}); any other read (a list, a
 * thread, a progress report, a CSV) gets a weak tag of its representation here, so a client polling a list pays for
 * the answer only when it changed. Hashing the representation costs one more serialization of the page; it needs no
 * version kept per list and cannot go stale, whatever changed the items (an edit, a withdrawal, a verification).
 */
@Provider
// After the filters that set the answer's headers, so the tag sees the final representation.
@Priority(Priorities.HEADER_DECORATOR - 100)
public class ConditionalReads implements ContainerResponseFilter {

    @Inject
    ObjectMapper json;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method) || response.getStatus() != 200) {
            return;
        }
        String tag = response.getHeaderString(HttpHeaders.ETAG);
        if (tag == null) {
            byte[] representation = Representations.bytesOf(json, response.getEntity());
            if (representation == null) {
                return;
            }
            tag = EntityTags.weakOf(String.valueOf(response.getMediaType()), representation);
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        }
        if (EntityTags.noneMatchNames(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove("Content-Disposition");
        }
    }
}
