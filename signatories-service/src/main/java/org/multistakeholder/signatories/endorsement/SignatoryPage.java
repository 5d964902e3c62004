package org.multistakeholder.signatories.endorsement;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.multistakeholder.platform.paging.PageCursor;
import org.multistakeholder.platform.paging.PageRequest;

/**
 * The JSON shape of the signatory list, for the OpenAPI document only: the list is answered as a
 * {@link org.multistakeholder.platform.paging.Page} of {@link Signatory}, but the operation returns a Response (it may be
 * CSV), so the generic type has to be spelled out here.
 */
@Schema(name = "SignatoryPage", description = "One page of signatories")
record SignatoryPage(
        @Schema(description = "The signatories of this page", maxItems = PageRequest.MAX_SIZE) List<Signatory> items,
        @Schema(description = "The page number, from 0", example = "0") int page,
        @Schema(description = "The page size asked for", example = "20") int size,
        @Schema(description = "How many signatories there are on all pages", example = "16") long total,
        @Schema(description = "Give this as 'after' (with the same 'sort' and 'asOf') to read the next page; left out on the last page",
                example = PageCursor.EXAMPLE, maxLength = PageCursor.MAX_LENGTH) String next) {
}
