package org.multistakeholder.statements.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.multistakeholder.platform.api.EntityTags;
import org.multistakeholder.platform.api.Page;
import org.multistakeholder.platform.api.PageRequest;
import org.multistakeholder.platform.api.Problems;
import org.multistakeholder.platform.api.Roles;

@Path("/api/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "Statements, their clauses, versions and comments")
public class StatementResource {

    private final StatementService statements;

    StatementResource(StatementService statements) {
        this.statements = statements;
    }

    @GET
    @Operation(summary = "List statements", description = "Statements, newest first unless 'sort' says otherwise.")
    @APIResponse(responseCode = "200", description = "One page of statements")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    public Page<StatementSummary> list(@BeanParam PageRequest page) {
        return statements.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a statement", description = "One statement; its ETag is what an update must send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The statement")
    @APIResponse(responseCode = "404", description = "No statement has this id")
    public Response get(@Parameter(description = "Statement id", example = "2") @PathParam("id") long id) {
        Statement statement = statements.find(id).orElseThrow(() -> Problems.notFound("Statement", id));
        return Response.ok(StatementSummary.of(statement)).tag(EntityTags.of(statement.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(summary = "Create a statement", description = "Creates a statement in DRAFT status. Editors only.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new statement")
    @APIResponse(responseCode = "400", description = "The body is malformed or a field is invalid")
    @APIResponse(responseCode = "401", description = "No valid editor token")
    @APIResponse(responseCode = "403", description = "The token does not carry the admin group")
    public Response create(@Valid @NotNull NewStatement request, @Context UriInfo uri) {
        StatementSummary created = statements.create(request);
        return Response.created(uri.getBaseUriBuilder().path("api/statements/{id}").build(created.id()))
                .entity(created).build();
    }
}
