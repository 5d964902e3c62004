package org.multistakeholder.statements.correspondence;

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
import org.multistakeholder.platform.http.EntityTags;
import org.multistakeholder.platform.openapi.SortParameters;
import org.multistakeholder.platform.paging.Page;
import org.multistakeholder.platform.paging.PageRequest;
import org.multistakeholder.platform.parameters.QueryParameters;
import org.multistakeholder.platform.security.Roles;
import org.multistakeholder.statements.web.Versioned;

@Path("/api/correspondence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Correspondence", description = "Letters, their reply chains and the action items they list")
public class CorrespondenceResource {

    private final CorrespondenceService correspondence;

    CorrespondenceResource(CorrespondenceService correspondence) {
        this.correspondence = correspondence;
    }

    @GET
    @Operation(operationId = "listLetters", extensions = @Extension(name = SortParameters.SORTABLE, value = "sentOn, id, subject, sender, recipient"),
            summary = "List letters",
            description = "Letters, newest first unless 'sort' says otherwise. Filters combine with 'and'.")
    @APIResponse(responseCode = "200", description = "One page of letters")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid; the problem names it")
    public Page<LetterSummary> list(@BeanParam PageRequest page,
            @Parameter(description = "Only letters dated on or after this date", example = "2024-07-01",
                schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("sentFrom") String sentFrom,
            @Parameter(description = "Only letters dated on or before this date", example = "2024-07-31",
                schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("sentTo") String sentTo,
            @Parameter(description = "Only letters whose sender or recipient has this text in their name or organization, ignoring case and accents",
                    example = "ccNSO",
                        schema = @Schema(type = SchemaType.STRING, maxLength = QueryParameters.MAX_TEXT_LENGTH)) @QueryParam("party") String party,
            @Parameter(description = "Words that must all occur (as word beginnings, ignoring case and accents) in the subject, the text or the "
                    + "action items", example = "WSIS outreach",
                        schema = @Schema(type = SchemaType.STRING, maxLength = QueryParameters.MAX_TEXT_LENGTH)) @QueryParam("q") String q) {
        LetterFilter filter = new LetterFilter(QueryParameters.date("sentFrom", sentFrom), QueryParameters.date("sentTo", sentTo),
                QueryParameters.text("party", party), QueryParameters.text("q", q));
        QueryParameters.requireOrderedRange("sentFrom", filter.sentFrom(), "sentTo", filter.sentTo());
        return correspondence.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLetter",
            summary = "Read a letter", description = "One letter whole, with its action items under their headings in the letter's order. "
            + "Its ETag is what an update must send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The letter",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterView.class)))
    @APIResponse(responseCode = "404", description = "No letter has this id")
    public Response get(@Parameter(description = "Letter id", example = "2") @PathParam("id") long id) {
        return correspondence.get(id).ok();
    }

    @GET
    @Path("/{id}/thread")
    @Operation(operationId = "getLetterThread", extensions = @Extension(name = SortParameters.SORTABLE, value = "sentOn"),
            summary = "Read a letter's whole reply chain",
            description = "Every letter of the chain the letter belongs to, from the first letter to the last answer, in date order, "
                    + "whichever letter of the chain is asked for. The only sort is sentOn.")
    @APIResponse(responseCode = "200", description = "One page of the thread's letters")
    @APIResponse(responseCode = "404", description = "No letter has this id")
    public Page<LetterView> thread(@Parameter(description = "Letter id", example = "1") @PathParam("id") long id,
            @BeanParam PageRequest page) {
        return correspondence.thread(id, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "createLetter",
            summary = "Record a letter", description = "Records a letter; inReplyToId must name a letter held here. Editors only.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the letter",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed or a field is invalid; the problem names it")
    public Response create(@Valid @NotNull LetterContent request, @Context UriInfo uri) {
        Versioned<LetterView> created = correspondence.create(request);
        return Response.created(uri.getBaseUriBuilder().path("api/correspondence/{id}").build(created.body().id()))
                .entity(created.body()).tag(EntityTags.of(created.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "editorToken")
    @Operation(operationId = "replaceLetter",
            summary = "Replace a letter", description = "Replaces everything recorded of a letter, its action items included. "
            + "Requires If-Match. Editors only.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is in the response",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterView.class)))
    @APIResponse(responseCode = "400", description = "The body is malformed or a field is invalid (a reply chain may not loop)")
    @APIResponse(responseCode = "404", description = "No letter has this id")
    @APIResponse(responseCode = "412", description = "The letter changed since it was read")
    public Response replace(@Parameter(description = "Letter id", example = "2") @PathParam("id") long id,
            @Parameter(description = "The ETag of the letter as read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LetterContent request) {
        return correspondence.replace(id, ifMatch, request).ok();
    }
}
