package org.multistakeholder.signatories.statement;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** statements-service's public API, as far as this service needs it. */
@RegisterRestClient(configKey = "statements")
@Path("/api/statements")
@Produces(MediaType.APPLICATION_JSON)
interface StatementsClient {

    /** @param authorization the editor's {@code Bearer} header to ask as, or null to ask as anyone */
    @GET
    @Path("/{id}")
    StatementFacts get(@PathParam("id") long id, @HeaderParam("Authorization") String authorization);
}
