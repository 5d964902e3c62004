package org.multistakeholder.signatories.organization;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.multistakeholder.platform.api.Page;
import org.multistakeholder.platform.api.PageRequest;

@Path("/api/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Organizations that sign statements")
public class OrganizationResource {

    private final OrganizationService organizations;

    OrganizationResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GET
    @Operation(summary = "List verified organizations", description = "Verified organizations, by name unless 'sort' says otherwise.")
    @APIResponse(responseCode = "200", description = "One page of organizations")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    public Page<OrganizationSummary> list(@BeanParam PageRequest page) {
        return organizations.listVerified(page);
    }
}
