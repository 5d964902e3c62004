package org.multistakeholder.signatories.endorsement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.multistakeholder.platform.openapi.SortParameters;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.parameters.QueryParameters;
import org.multistakeholder.platform.problems.Problems;
import org.multistakeholder.signatories.access.Caller;
import org.multistakeholder.signatories.access.Callers;
import org.multistakeholder.signatories.organization.Organization;
import org.multistakeholder.signatories.organization.OrganizationService;
import org.multistakeholder.signatories.statement.Statements;

import jakarta.persistence.PersistenceException;

@Path("/api/statements/{statementId}/signatories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signatories", description = "Organizations' endorsements of statements, and the list of signatories as of any day")
public class SignatoryResource {

    static final String CSV = "text/csv";
    private static final String KEY_EXAMPLE = "q3Xb9dT2mJc8LwPa.5m0kQ9vRZ2y8Jt1XcN4bE7uHs6aLpW3oYd0fGi2Vr8M";

    private final EndorsementService endorsements;
    private final SignatoriesAsOf signatories;
    private final OrganizationService organizations;
    private final Statements statements;
    private final Callers callers;

    SignatoryResource(EndorsementService endorsements, SignatoriesAsOf signatories, OrganizationService organizations,
            Statements statements, Callers callers) {
        this.endorsements = endorsements;
        this.signatories = signatories;
        this.organizations = organizations;
        this.statements = statements;
        this.callers = callers;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(operationId = "listSignatories", extensions = @Extension(name = SortParameters.SORTABLE, value = "name, shortName, country, endorsedOn"),
            summary = "List a statement's signatories as of a day",
            description = "The verified organizations whose endorsement of the statement was in force at the end of 'asOf' (UTC; today when omitted), "
                    + "each with the day its endorsement began; alphabetical by name, ignoring case and accents, unless 'sort' says otherwise. "
                    + "As CSV (Accept: text/csv or format=csv) the answer is the whole list, not a page, with the count in X-Total-Count. "
                    + "A statement nobody endorsed, or one statements-service does not know, has an empty list; so has a draft that only editors "
                    + "see, which nobody can have endorsed (endorsements need a statement open for signature, which is public from then on).")
    @APIResponse(responseCode = "200", description = "One page of signatories, or the whole list as CSV",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignatoryPage.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            example = "name,shortName,country,website,endorsedOn,organizationId\r\nAsia Pacific Network Information Centre,APNIC,AU,https://www.apnic.net,2024-06-11,1\r\n")) })
    @APIResponse(responseCode = "400", description = "asOf, format or a paging parameter is invalid")
    public Response list(@Parameter(description = "Statement id", example = "2") @PathParam("statementId") long statementId,
            @Parameter(description = "The day, as YYYY-MM-DD: the list is what was true at its end (UTC); today when omitted", example = "2024-06-11",
                schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOf,
            @Parameter(description = "json or csv; overrides the Accept header", example = "csv",
                schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv" })) @QueryParam("format") String format,
            @BeanParam PageRequest page, @Context HttpHeaders headers) {
        LocalDate day = parseDay("asOf", asOf);
        if (wantsCsv(format, headers)) {
            List<Signatory> all = signatories.all(statementId, day, page.sort());
            return Response.ok(SignatoriesCsv.of(all), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"statement-" + statementId + "-signatories-" + day + ".csv\"")
                    .header("X-Total-Count", all.size())
                    .build();
        }
        return Response.ok(signatories.page(statementId, day, page), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{organizationId}")
    @Operation(operationId = "getEndorsement", summary = "Read an organization's endorsement in force",
            description = "The endorsement of the statement by this organization that is in force now. Public for verified organizations; "
                    + "the organization itself and editors also see it while the organization is not verified.")
    @SecurityRequirement(name = "editorToken")
    @SecurityRequirement(name = "organizationKey")
    @APIResponse(responseCode = "200", description = "The endorsement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndorsementView.class)))
    @APIResponse(responseCode = "401", description = "The API key or bearer token sent is not valid")
    @APIResponse(responseCode = "404", description = "The organization has no endorsement of this statement in force")
    public EndorsementView get(@Parameter(description = "Statement id", example = "2") @PathParam("statementId") long statementId,
            @Parameter(description = "Organization id", example = "7") @PathParam("organizationId") long organizationId,
            @Parameter(hidden = true) @HeaderParam(Callers.API_KEY_HEADER) String apiKey) {
        Caller caller = callers.identify(apiKey);
        return endorsements.inForce(statementId, organizationId)
                .filter(e -> e.organization.isVerified() || caller.mayManage(organizationId))
                .map(EndorsementView::of)
                .orElseThrow(() -> Problems.problem(Response.Status.NOT_FOUND,
                        "Organization " + organizationId + " has no endorsement of statement " + statementId + " in force").build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endorseStatement", summary = "Endorse a statement",
            description = "A verified organization endorses with its own X-API-Key, as of today; an editor records an endorsement on an organization's behalf, "
                    + "naming it in 'organizationId', with a past 'endorsedOn' if need be. statements-service is asked first whether the statement exists "
                    + "and is open for signature, as the caller may see it (to an organization, a draft only editors see is an unknown statement); nothing is written when it says no or cannot be asked. Endorsing again while an endorsement is in force "
                    + "changes nothing and answers 200 with the endorsement in force (its date is not changed).")
    @SecurityRequirement(name = "editorToken")
    @SecurityRequirement(name = "organizationKey")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the endorsement in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndorsementView.class)))
    @APIResponse(responseCode = "200", description = "Already in force; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndorsementView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed, organizationId is missing (editors), or endorsedOn is in the future")
    @APIResponse(responseCode = "401", description = "No valid API key or bearer token")
    @APIResponse(responseCode = "403", description = "The organization is not verified (pending or suspended), the key is another organization's, "
            + "an organization tried to give a past date, or the token is not an editor's")
    @APIResponse(responseCode = "404", description = "The statement or the organization does not exist; for an organization, also a draft "
            + "that only editors see")
    @APIResponse(responseCode = "409", description = "The statement is not open for signature, the organization is not verified (editors), "
            + "or the date falls before the organization's last withdrawal")
    @APIResponse(responseCode = "503", description = "statements-service could not be asked; nothing was written")
    public Response endorse(@Parameter(description = "Statement id", example = "2") @PathParam("statementId") long statementId,
            @Parameter(hidden = true) @HeaderParam(Callers.API_KEY_HEADER) String apiKey,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @RequestBody(required = false, description = "The endorsement; an organization endorsing as itself, today, may send none")
            @Valid EndorsementRequest request, @Context UriInfo uri) {
        Caller caller = callers.identify(apiKey);
        EndorsementRequest body = request == null ? new EndorsementRequest(null, null) : request;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long organizationId;
        LocalDate endorsedOn;
        if (caller.isEditor()) {
            if (body.organizationId() == null) {
                throw Problems.invalidField("organizationId", "'organizationId' is required when an editor records an endorsement");
            }
            organizationId = body.organizationId();
            endorsedOn = body.endorsedOn() == null ? today : body.endorsedOn();
            if (endorsedOn.isAfter(today)) {
                throw Problems.invalidField("endorsedOn", "'endorsedOn' must be today (" + today + ") or earlier");
            }
            organizations.require(organizationId);
        } else if (caller.isOrganization()) {
            organizationId = caller.organizationId();
            if (body.organizationId() != null && body.organizationId() != organizationId) {
                throw Problems.forbidden("An organization endorses only for itself; organization " + body.organizationId() + " must endorse with its own key");
            }
            if (body.endorsedOn() != null && !body.endorsedOn().equals(today)) {
                throw Problems.forbidden("An organization endorses as of today; only editors record endorsements with another date");
            }
            Organization organization = organizations.require(organizationId);
            if (!organization.isVerified()) {
                throw Problems.forbidden("Organization " + organizationId + " is " + organization.status + "; only verified organizations endorse statements");
            }
            endorsedOn = today;
        } else if (caller.kind() == Caller.Kind.ANONYMOUS) {
            throw Caller.unauthenticated();
        } else {
            throw Problems.forbidden("Only an organization with its own API key, or an editor, may endorse");
        }

        // Asked as the caller sees statements: only an editor's token goes along (an organization is the public there).
        statements.requireOpenForSignature(statementId, caller.isEditor() ? authorization : null);

        EndorsementService.Outcome outcome;
        try {
            outcome = endorsements.endorse(statementId, organizationId, endorsedOn, caller.isEditor());
        } catch (PersistenceException raced) {
            // An identical request committed first; what it recorded is the answer to this one too.
            outcome = endorsements.inForce(statementId, organizationId)
                    .map(existing -> new EndorsementService.Outcome(existing, false))
                    .orElseThrow(() -> raced);
        }
        EndorsementView view = EndorsementView.of(outcome.endorsement());
        if (!outcome.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/statements/{statementId}/signatories/{organizationId}")
                .build(statementId, organizationId)).entity(view).build();
    }

    @DELETE
    @Path("/{organizationId}")
    @Operation(operationId = "withdrawEndorsement", summary = "Withdraw an endorsement",
            description = "Ends the organization's endorsement in force today: it is no longer in force at the end of today, and lists as of earlier days "
                    + "still show it. The organization itself (even while suspended) or an editor; never another organization. "
                    + "Endorsing again later starts a new period. It takes no If-Match: of simultaneous withdrawals one answers 200 "
                    + "and the others 404.")
    @SecurityRequirement(name = "editorToken")
    @SecurityRequirement(name = "organizationKey")
    @APIResponse(responseCode = "200", description = "Withdrawn; the endorsement with its withdrawal date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndorsementView.class)))
    @APIResponse(responseCode = "401", description = "No valid API key or bearer token")
    @APIResponse(responseCode = "403", description = "The key is another organization's, or the token is not an editor's")
    @APIResponse(responseCode = "404", description = "The organization has no endorsement of this statement in force, "
            + "also when a simultaneous withdrawal closed it first")
    public EndorsementView withdraw(@Parameter(description = "Statement id", example = "2") @PathParam("statementId") long statementId,
            @Parameter(description = "Organization id", example = "7") @PathParam("organizationId") long organizationId,
            @Parameter(hidden = true) @HeaderParam(Callers.API_KEY_HEADER) String apiKey) {
        callers.identify(apiKey).requireManage(organizationId);
        return EndorsementView.of(endorsements.withdraw(statementId, organizationId, LocalDate.now(ZoneOffset.UTC)));
    }

    static LocalDate parseDay(String name, String value) {
        LocalDate day = QueryParameters.date(name, value);
        return day == null ? LocalDate.now(ZoneOffset.UTC) : day;
    }

    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw Problems.invalidField("format", "'format' must be json or csv");
            };
        }
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(MediaType.valueOf(CSV))) {
                return true;
            }
        }
        return false;
    }
}
