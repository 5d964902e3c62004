package org.multistakeholder.statements.statement;

import jakarta.annotation.security.RolesAllowed;
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
import org.multistakeholder.platform.openapi.SortParameters;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.parameters.QueryParameters;
import org.multistakeholder.platform.security.Roles;
import org.multistakeholder.statements.web.Versioned;

@Path("/api/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "Statements, their clauses, versions and comments")
public class StatementResource {

    /**
     * What a 404 of a public read says: a draft never made public is answered to other callers as an unknown id is
     * ({@link StatementService#find}).
     */
    public static final String UNSEEN = "no statement has this id that the caller may see (a draft that was never opened for "
            + "comment or signature nor published is seen by editors only)";

    private final StatementService statements;

    StatementResource(StatementService statements) {
        this.statements = statements;
    }

    @GET
    @Operation(operationId = "listStatements", extensions = @Extension(name = SortParameters.SORTABLE, value = "issuedOn, id, title, kind, status, issuingBody, createdAt"),
            summary = "List statements",
            description = "Statements, most recently issued first unless 'sort' says otherwise. Filters combine with 'and'. A draft "
                    + "that was never opened for comment or signature nor published is listed, found and counted for editors only; "
                    + "once it was, it is public for good, also back in DRAFT.")
    @APIResponse(responseCode = "200", description = "One page of statements")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid; the problem names it")
    public Page<StatementSummary> list(@BeanParam PageRequest page,
            @Parameter(description = "Only statements of this kind: SUMMIT, COALITION or DRAFT_FOR_COMMENT", example = "SUMMIT",
                schema = @Schema(implementation = StatementKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Only statements in this status: DRAFT, OPEN_FOR_COMMENT, OPEN_FOR_SIGNATURE, PUBLISHED or WITHDRAWN",
                    example = "OPEN_FOR_SIGNATURE", schema = @Schema(implementation = StatementStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only statements whose issuing body contains this text, ignoring case and accents",
                example = "Contracted Parties",
                schema = @Schema(type = SchemaType.STRING, maxLength = QueryParameters.MAX_TEXT_LENGTH))
            @QueryParam("issuingBody") String issuingBody,
            @Parameter(description = "Only statements issued on or after this date", example = "2024-01-01",
                schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("issuedFrom") String issuedFrom,
            @Parameter(description = "Only statements issued on or before this date", example = "2024-12-31",
                schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("issuedTo") String issuedTo,
            @Parameter(description = "Words that must all occur (as word beginnings, ignoring case and accents) in the title or the current "
                    + "text: preamble, clauses, closing text", example = "multistakeholder DNS",
                        schema = @Schema(type = SchemaType.STRING, maxLength = QueryParameters.MAX_TEXT_LENGTH))
            @QueryParam("q") String q) {
        StatementFilter filter = new StatementFilter(
                QueryParameters.enumeration("kind", kind, StatementKind.class),
                QueryParameters.enumeration("status", status, StatementStatus.class),
                QueryParameters.text("issuingBody", issuingBody),
                QueryParameters.date("issuedFrom", issuedFrom),
                QueryParameters.date("issuedTo", issuedTo),
                QueryParameters.text("q", q));
        QueryParameters.requireOrderedRange("issuedFrom", filter.issuedFrom(), "issuedTo", filter.issuedTo());
        return statements.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStatement", summary = "Read a statement",
            description = "One statement with its current text, event facts and comment period. Its ETag is what an update must send "
                    + "back in If-Match. Anyone reads a statement that has been opened for comment or signature or published, whatever "
                    + "its status now; a draft that never was is the editors' only, and to anyone else it does not exist (404).")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "404", description = "The statement is unknown: " + UNSEEN)
    public Response get(@Parameter(description = "Statement id", example = "1") @PathParam("id") long id) {
        return statements.view(id).ok();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "createStatement", summary = "Create a statement",
            description = "Creates a statement in DRAFT status; its text becomes version 1. Only kind, title and issuingBody are "
                    + "required. Editors only.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new statement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed or a field is invalid; the problem names it")
    public Response create(@Valid @NotNull StatementContent request, @Context UriInfo uri) {
        Versioned<StatementView> created = statements.create(request);
        return Response.created(uri.getBaseUriBuilder().path("api/statements/{id}").build(created.body().id()))
                .entity(created.body()).tag(org.multistakeholder.platform.http.EntityTags.of(created.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "replaceStatement", summary = "Replace a statement",
            description = "Replaces what an editor writes of a statement (everything but its status). When the preamble, clauses or "
                    + "closing text differ from the current text, a new version is recorded and becomes current; the text may only "
                    + "change while the statement is DRAFT or OPEN_FOR_COMMENT. Requires If-Match with the ETag read. Editors only.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is in the response",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "404", description = "No statement has this id")
    @APIResponse(responseCode = "409", description = "The text cannot change in the statement's status")
    @APIResponse(responseCode = "412", description = "The statement changed since it was read")
    public Response replace(@Parameter(description = "Statement id", example = "3") @PathParam("id") long id,
            @Parameter(description = "The ETag of the statement as read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StatementContent request) {
        return statements.replace(id, ifMatch, request).ok();
    }

    @PUT
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "changeStatementStatus", summary = "Move a statement through its lifecycle",
            description = "Sets the status, if the lifecycle allows the move: DRAFT -> OPEN_FOR_COMMENT, OPEN_FOR_SIGNATURE, PUBLISHED, "
                    + "WITHDRAWN; OPEN_FOR_COMMENT -> DRAFT, OPEN_FOR_SIGNATURE, PUBLISHED, WITHDRAWN; OPEN_FOR_SIGNATURE -> PUBLISHED, "
                    + "WITHDRAWN; PUBLISHED -> WITHDRAWN; WITHDRAWN is final. OPEN_FOR_COMMENT needs a comment period. Setting the "
                    + "current status again changes nothing. Requires If-Match. Editors only.")
    @APIResponse(responseCode = "200", description = "The statement in its new status, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed or the status unknown")
    @APIResponse(responseCode = "404", description = "No statement has this id")
    @APIResponse(responseCode = "409", description = "The lifecycle does not allow this move; the problem lists allowedTransitions")
    @APIResponse(responseCode = "412", description = "The statement changed since it was read")
    public Response changeStatus(@Parameter(description = "Statement id", example = "2") @PathParam("id") long id,
            @Parameter(description = "The ETag of the statement as read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StatusChange request) {
        return statements.changeStatus(id, ifMatch, request).ok();
    }

    @GET
    @Path("/{id}/clauses")
    @Operation(operationId = "listClauses", extensions = @Extension(name = SortParameters.SORTABLE, value = "number"),
            summary = "List a statement's clauses", description = "The numbered clauses of the current text, by number.")
    @APIResponse(responseCode = "200", description = "One page of clauses")
    @APIResponse(responseCode = "404", description = "The statement is unknown: " + UNSEEN)
    public Page<ClauseText> clauses(@Parameter(description = "Statement id", example = "3") @PathParam("id") long id,
            @BeanParam PageRequest page) {
        return statements.clauses(id, page);
    }

    @GET
    @Path("/{id}/clauses/{number}")
    @Operation(operationId = "getClause", summary = "Read one clause", description = "One numbered clause of the current text.")
    @APIResponse(responseCode = "200", description = "The clause")
    @APIResponse(responseCode = "404", description = "No such clause, or " + UNSEEN)
    public ClauseText clause(@Parameter(description = "Statement id", example = "3") @PathParam("id") long id,
            @Parameter(description = "Clause number", example = "10") @PathParam("number") int number) {
        return statements.clause(id, number);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listVersions", extensions = @Extension(name = SortParameters.SORTABLE, value = "number"),
            summary = "List the versions of a statement's text",
            description = "Every edit of the text recorded a version; version 1 is the text it was created with. Sortable by number.")
    @APIResponse(responseCode = "200", description = "One page of versions")
    @APIResponse(responseCode = "404", description = "The statement is unknown: " + UNSEEN)
    public Page<VersionSummary> versions(@Parameter(description = "Statement id", example = "3") @PathParam("id") long id,
            @BeanParam PageRequest page) {
        return statements.versions(id, page);
    }

    @GET
    @Path("/{id}/versions/{number}")
    @Operation(operationId = "getVersion",
            summary = "Read one version whole", description = "The preamble, clauses and closing text as they stood in that version.")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "No such version, or " + UNSEEN)
    public VersionView version(@Parameter(description = "Statement id", example = "3") @PathParam("id") long id,
            @Parameter(description = "Version number", example = "1") @PathParam("number") int number) {
        return statements.version(id, number);
    }
}
