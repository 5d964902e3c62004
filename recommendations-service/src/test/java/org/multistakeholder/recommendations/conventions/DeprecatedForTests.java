package org.multistakeholder.recommendations.conventions;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.multistakeholder.platform.http.Deprecation;

/**
 * Nothing of the API is deprecated yet: this test-only resource is, so the Deprecation and Sunset headers are seen
 * on a real answer of a running service. Hidden from the document, which the tests compare with the committed one.
 */
@Path("/test-only/deprecated")
public class DeprecatedForTests {

    @GET
    @Deprecated
    @Deprecation(since = "2026-12-01", sunset = "2027-06-01")
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    public java.util.Map<String, String> read() {
        return java.util.Map.of("replacedBy", "/api/reviews");
    }
}
