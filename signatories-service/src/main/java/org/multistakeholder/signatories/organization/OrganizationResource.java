package org.multistakeholder.signatories.organization;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.multistakeholder.platform.http.EntityTags;
import org.multistakeholder.platform.openapi.SortParameters;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.parameters.QueryParameters;
import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.signatories.access.Caller;
import org.multistakeholder.signatories.access.Callers;

@Path("/api/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Organizations that sign statements: registration, profiles, verification, API keys")
public class OrganizationResource {

    private final OrganizationService organizations;
    private final Callers callers;

    OrganizationResource(OrganizationService organizations, Callers callers) {
        this.organizations = organizations;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listOrganizations", extensions = @Extension(name = SortParameters.SORTABLE, value = "name, id, shortName, country, createdAt, status"),
            summary = "List organizations",
            description = "Verified organizations, by name (ignoring case and accents) unless 'sort' says otherwise. "
                    + "Editors may list organizations of any status, filter by 'status', and see contacts; anyone else sees verified organizations only.")
    @SecurityRequirement(name = "editorToken")
    @APIResponse(responseCode = "200", description = "One page of organizations")
    @APIResponse(responseCode = "401", description = "A bearer token or API key was sent and is not valid")
    @APIResponse(responseCode = "403", description = "A status other than VERIFIED was asked for by someone who is not an editor")
    public Page<OrganizationView> list(@BeanParam PageRequest page,
            @Parameter(description = "Only organizations of this status (PENDING, VERIFIED, SUSPENDED); editors only for other than VERIFIED",
                example = "PENDING", schema = @Schema(implementation = OrganizationStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only organizations of this kind", example = "CCTLD_MANAGER",
                schema = @Schema(implementation = OrganizationKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Only organizations of this ISO 3166-1 alpha-2 country", example = "JP",
                schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = "^[A-Z]{2}$")) @QueryParam("country") String country,
            @Parameter(description = "Text the name or short name contains, ignoring case and accents", example = "registry",
                schema = @Schema(type = SchemaType.STRING, maxLength = QueryParameters.MAX_TEXT_LENGTH)) @QueryParam("q") String text,
            @Parameter(hidden = true) @HeaderParam(Callers.API_KEY_HEADER) String apiKey) {
        Caller caller = callers.identify(apiKey);
        OrganizationStatus wanted = parseEnum("status", status, OrganizationStatus.class);
        if (!caller.isEditor()) {
            if (wanted != null && wanted != OrganizationStatus.VERIFIED) {
                throw Problems.forbidden("Only editors may list organizations that are not verified");
            }
            wanted = OrganizationStatus.VERIFIED;
        }
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw Problems.invalidField("country", "'country' must be an ISO 3166-1 alpha-2 code in upper case, such as JP");
        }
        String searched = QueryParameters.text("q", text);
        return organizations.list(new OrganizationService.Filter(wanted, parseEnum("kind", kind, OrganizationKind.class), country, searched),
                page, caller.isEditor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganization", summary = "Read an organization",
            description = "A verified organization is public; one that is pending or suspended is visible only to itself (X-API-Key) and to editors, "
                    + "who also see its contact. The ETag is what an update must send back in If-Match.")
    @SecurityRequirement(name = "editorToken")
    @SecurityRequirement(name = "organizationKey")
    @APIResponse(responseCode = "200", description = "The organization",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "401", description = "The API key or bearer token is not valid")
    @APIResponse(responseCode = "404", description = "No organization has this id, or it is not verified and the caller may not see it")
    public Response get(@Parameter(description = "Organization id", example = "7") @PathParam("id") long id,
            @Parameter(hidden = true) @HeaderParam(Callers.API_KEY_HEADER) String apiKey) {
        Caller caller = callers.identify(apiKey);
        Organization organization = organizations.find(id)
                .filter(o -> o.isVerified() || caller.mayManage(id))
                .orElseThrow(() -> Problems.notFound("Organization", id));
        return Response.ok(OrganizationView.of(organization, caller.mayManage(id))).tag(EntityTags.of(organization.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOrganization", summary = "Edit an organization's profile",
            description = "Replaces the profile (name, short name, country, web site, kind, contact). The organization itself (X-API-Key) or an editor; "
                    + "If-Match must carry the ETag read. Status is changed through the status history, not here.")
    @SecurityRequirement(name = "editorToken")
    @SecurityRequirement(name = "organizationKey")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the header",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed or a field is missing or invalid")
    @APIResponse(responseCode = "401", description = "No valid API key or bearer token")
    @APIResponse(responseCode = "403", description = "The key is another organization's, or the token is not an editor's")
    @APIResponse(responseCode = "404", description = "No organization has this id")
    @APIResponse(responseCode = "409", description = "Another organization already has this name")
    @APIResponse(responseCode = "412", description = "The organization changed since it was read")
    public Response update(@Parameter(description = "Organization id", example = "7") @PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Parameter(hidden = true) @HeaderParam(Callers.API_KEY_HEADER) String apiKey,
            @Valid @NotNull OrganizationProfile profile) {
        callers.identify(apiKey).requireManage(id);
        Organization organization = organizations.updateProfile(id, ifMatch, profile);
        return Response.ok(OrganizationView.of(organization, true)).tag(EntityTags.of(organization.version)).build();
    }

    @GET
    @Path("/{id}/status-history")
    @Operation(operationId = "listOrganizationStatusHistory", summary = "Read an organization's status history",
            description = "Its registration, verification, suspensions and reinstatements, oldest first, each with its reason and the day it took effect. "
                    + "The organization itself or an editor.")
    @SecurityRequirement(name = "editorToken")
    @SecurityRequirement(name = "organizationKey")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(type = SchemaType.ARRAY, implementation = StatusChangeView.class)))
    @APIResponse(responseCode = "401", description = "No valid API key or bearer token")
    @APIResponse(responseCode = "403", description = "The key is another organization's, or the token is not an editor's")
    @APIResponse(responseCode = "404", description = "No organization has this id")
    public List<StatusChangeView> history(@Parameter(description = "Organization id", example = "7") @PathParam("id") long id,
            @Parameter(hidden = true) @HeaderParam(Callers.API_KEY_HEADER) String apiKey) {
        callers.identify(apiKey).requireManage(id);
        return organizations.history(id);
    }

    @POST
    @Path("/{id}/status-history")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeOrganizationStatus", summary = "Verify, suspend or reinstate an organization",
            description = "Editors only. Moves the organization to 'status' (VERIFIED or SUSPENDED) and records the reason and the day it takes effect. "
                    + "Allowed: PENDING to VERIFIED (verify), PENDING or VERIFIED to SUSPENDED (suspend), SUSPENDED to VERIFIED (reinstate). "
                    + "If-Match must carry the organization's ETag.")
    @SecurityRequirement(name = "editorToken")
    @APIResponse(responseCode = "201", description = "Recorded; the organization's new ETag is in the header, and Location names its status history, where the step now appears",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusChangeView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed, a field is missing, or effectiveOn is in the future")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an editor")
    @APIResponse(responseCode = "404", description = "No organization has this id")
    @APIResponse(responseCode = "409", description = "The organization's current status does not allow this change")
    @APIResponse(responseCode = "412", description = "The organization changed since it was read")
    public Response changeStatus(@Parameter(description = "Organization id", example = "7") @PathParam("id") long id,
            @Parameter(description = "The organization's ETag as read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Parameter(hidden = true) @HeaderParam(Callers.API_KEY_HEADER) String apiKey,
            @Valid @NotNull StatusDecision decision, @Context UriInfo uri) {
        Caller caller = callers.identify(apiKey);
        caller.requireEditor();
        StatusChange change = organizations.changeStatus(id, ifMatch, decision, caller.recordedBy());
        // A step has no address of its own: it is read as part of the history.
        return Response.created(uri.getBaseUriBuilder().path("api/organizations/{id}/status-history").build(id))
                .tag(EntityTags.of(organizations.require(id).version))
                .entity(StatusChangeView.of(change)).build();
    }

    @POST
    @Path("/{id}/api-key")
    @Operation(operationId = "rotateApiKey", summary = "Issue a new API key",
            description = "Issues a new key for the organization, shown only in this answer; the previous key stops working at once. "
                    + "The organization itself (rotating its key) or an editor (when the organization lost its key).")
    @SecurityRequirement(name = "editorToken")
    @SecurityRequirement(name = "organizationKey")
    @APIResponse(responseCode = "200", description = "The new key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedApiKey.class)))
    @APIResponse(responseCode = "401", description = "No valid API key or bearer token")
    @APIResponse(responseCode = "403", description = "The key is another organization's, or the token is not an editor's")
    @APIResponse(responseCode = "404", description = "No organization has this id")
    public Response rotateKey(@Parameter(description = "Organization id", example = "7") @PathParam("id") long id,
            @Parameter(hidden = true) @HeaderParam(Callers.API_KEY_HEADER) String apiKey) {
        callers.identify(apiKey).requireManage(id);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(organizations.rotateKey(id)).cacheControl(noStore).build();
    }

    /** Read as text so that an unknown value is a 400 naming the parameter, not JAX-RS's 404. */
    static <E extends Enum<E>> E parseEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField(name, "'" + name + "' must be one of "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
