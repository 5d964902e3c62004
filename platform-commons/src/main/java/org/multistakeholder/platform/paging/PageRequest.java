package org.multistakeholder.platform.paging;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.multistakeholder.platform.problems.Problems;

/**
 * The {@code page}, {@code size}, {@code sort} and {@code after} query parameters of every list endpoint.
 * They are read as text and parsed here so that {@code size=abc} is a 400 naming the parameter
 * rather than the 404 JAX-RS gives for an unconvertible query parameter.
 *
 * <p>{@code after} is the {@code next} of the page before: a client that walks a list follows it instead of
 * counting pages, and a list that can seek then reads its next page from where the last one ended.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The last page a list may be asked for, so that page * size, and the one row read beyond it, stay an int. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;
    /** Longer than any sortable field's name, so a longer value is refused whatever the list. */
    public static final int MAX_SORT_LENGTH = 64;

    @QueryParam("page")
    @Parameter(description = "Page number, from 0; not with 'after'", example = "0",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "" + MAX_PAGE, defaultValue = "0"))
    String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "Items per page, 1 to 100", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + MAX_SIZE, defaultValue = "20"))
    String size;

    @QueryParam("sort")
    @Parameter(description = "Field to sort by; prefix it with '-' for descending order", example = "-date",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_SORT_LENGTH))
    String sort;

    // No example (OpenApiDocument.STARTS_EMPTY): Swagger UI fills every example in,
    // and would send a cursor beside 'page', which it excludes. A cursor only ever comes from a 'next' anyway.
    @QueryParam("after")
    @Parameter(description = "The 'next' of the previous page, to read the page that follows it, with the same 'sort' and 'size'"
            + " (and no 'page'). Following 'next' is the way to walk a long list: where the list's sort allows it, the page"
            + " is read from where the last one ended, rather than by skipping every item before it.",
            schema = @Schema(type = SchemaType.STRING, maxLength = PageCursor.MAX_LENGTH))
    String after;

    private PageCursor cursor;

    public PageRequest() {
    }

    public PageRequest(int page, int size, String sort) {
        this.page = Integer.toString(page);
        this.size = Integer.toString(size);
        this.sort = sort;
    }

    /** The number of the page asked for: the one the cursor leads to, if there is one. */
    public int page() {
        PageCursor cursor = cursor();
        if (cursor != null) {
            return cursor.page();
        }
        return page == null ? 0 : parse("page", page, 0, MAX_PAGE);
    }

    /** The cursor given as {@code after}, or null. */
    public PageCursor cursor() {
        if (cursor == null && after != null && !after.isBlank()) {
            if (page != null && !page.isBlank()) {
                throw Problems.invalidField("after", "Give either 'page' or 'after', not both: 'after' says which page it leads to");
            }
            if (after.length() > PageCursor.MAX_LENGTH) {
                throw PageCursor.invalid();
            }
            PageCursor decoded = PageCursor.decode(after);
            if (decoded.sort().length() > MAX_SORT_LENGTH || decoded.page() > MAX_PAGE || decoded.size() > MAX_SIZE) {
                throw PageCursor.invalid();
            }
            cursor = decoded;
        }
        return cursor;
    }

    public int size() {
        return parse("size", size, 1, MAX_SIZE);
    }

    public String sort() {
        return sort;
    }

    private static int parse(String name, String value, int min, int max) {
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw Problems.invalidField(name, "'" + name + "' must be a whole number from " + min + " to " + max);
        }
        if (parsed < min || parsed > max) {
            throw Problems.invalidField(name, "'" + name + "' must be from " + min + " to " + max + ", not " + parsed);
        }
        return parsed;
    }
}
