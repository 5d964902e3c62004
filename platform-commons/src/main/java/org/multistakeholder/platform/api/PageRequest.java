package org.multistakeholder.platform.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page}, {@code size} and {@code sort} query parameters of every list endpoint.
 * They are read as text and parsed here so that {@code size=abc} is a 400 naming the parameter
 * rather than the 404 JAX-RS gives for an unconvertible query parameter.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The last page a list may be asked for, so that page * size stays an int. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;
    /** Longer than any sortable field's name, so a longer value is refused whatever the list. */
    static final int MAX_SORT_LENGTH = 64;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Page number, from 0", example = "0",
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

    public PageRequest() {
    }

    public PageRequest(int page, int size, String sort) {
        this.page = Integer.toString(page);
        this.size = Integer.toString(size);
        this.sort = sort;
    }

    public int page() {
        return parse("page", page, 0, MAX_PAGE);
    }

    public int size() {
        return parse("size", size, 1, MAX_SIZE);
    }

    public String sort() {
        return sort;
    }

    public io.quarkus.panache.common.Page toPanachePage() {
        return io.quarkus.panache.common.Page.of(page(), size());
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
