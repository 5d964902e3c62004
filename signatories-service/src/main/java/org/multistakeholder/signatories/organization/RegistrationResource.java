package org.multistakeholder.signatories.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.multistakeholder.platform.http.EntityTags;
import org.multistakeholder.platform.openapi.ApiDocumentConventions;

@Path("/api/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Organizations that sign statements: registration, profiles, verification, API keys")
public class RegistrationResource {

    private final OrganizationService organizations;

    RegistrationResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // An anonymous write: the gateway limits it per client address.
    @Operation(operationId = "registerOrganization",
            extensions = @Extension(name = ApiDocumentConventions.RATE_LIMITED, value = "true", parseValue = true),
            summary = "Register an organization",
            description = "Anyone may register an organization. It starts PENDING and appears in public lists only once an editor has verified it. "
                    + "The answer carries the organization's API key, shown only this once: the platform keeps only a hash of it. "
                    + "Names are unique ignoring case, accents and repeated spaces.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the organization",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Registration.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed, a field is missing or invalid, or has an unknown field")
    @APIResponse(responseCode = "409", description = "An organization of this name is already registered")
    public Response register(@Valid @NotNull OrganizationProfile profile, @Context UriInfo uri) {
        Registration registration = organizations.register(profile);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(uri.getBaseUriBuilder().path("api/organizations/{id}").build(registration.organization().id()))
                .tag(EntityTags.of(registration.organization().version()))
                .cacheControl(noStore)
                .entity(registration).build();
    }
}
