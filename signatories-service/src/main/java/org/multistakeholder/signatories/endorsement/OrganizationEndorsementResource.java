package org.multistakeholder.signatories.endorsement;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.multistakeholder.platform.openapi.SortParameters;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.signatories.access.Caller;
import org.multistakeholder.signatories.access.Callers;
import org.multistakeholder.signatories.organization.OrganizationService;

@Path("/api/organizations/{id}/endorsements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signatories", description = "Organizations' endorsements of statements, and the list of signatories as of any day")
public class OrganizationEndorsementResource {

    private final EndorsementService endorsements;
    private final OrganizationService organizations;
    private final Callers callers;

    OrganizationEndorsementResource(EndorsementService endorsements, OrganizationService organizations, Callers callers) {
        this.endorsements = endorsements;
        this.organizations = organizations;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listOrganizationEndorsements", extensions = @Extension(name = SortParameters.SORTABLE, value = "endorsedOn, withdrawnOn, statementId"),
            summary = "List an organization's endorsements",
            description = "Every statement the organization has endorsed, one item per period, newest first unless 'sort' says otherwise; "
                    + "withdrawn ones carry withdrawnOn and inForce false. Public for verified organizations; the organization itself and editors "
                    + "also see it while the organization is pending or suspended.")
    @SecurityRequirement(name = "editorToken")
    @SecurityRequirement(name = "organizationKey")
    @APIResponse(responseCode = "200", description = "One page of endorsements")
    @APIResponse(responseCode = "401", description = "The API key or bearer token sent is not valid")
    @APIResponse(responseCode = "404", description = "No organization has this id, or it is not verified and the caller may not see it")
    public Page<EndorsementView> list(@Parameter(description = "Organization id", example = "7") @PathParam("id") long id,
            @Parameter(description = "true: only endorsements in force; false: only withdrawn ones; both when omitted", example = "false",
                schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("inForce") String inForce,
            @BeanParam PageRequest page,
            @Parameter(hidden = true) @HeaderParam(Callers.API_KEY_HEADER) String apiKey) {
        Caller caller = callers.identify(apiKey);
        organizations.find(id).filter(o -> o.isVerified() || caller.mayManage(id))
                .orElseThrow(() -> Problems.notFound("Organization", id));
        return endorsements.endorsementsOf(id, parseBoolean("inForce", inForce), LocalDate.now(ZoneOffset.UTC), page);
    }

    private static Boolean parseBoolean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Problems.invalidField(name, "'" + name + "' must be true or false");
        };
    }
}
