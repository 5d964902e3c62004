package org.multistakeholder.platform.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A client walking a list the two ways the API offers: by page number, and by following each page's {@code next}
 * as {@code after}. Both must show every item once, in the same order.
 */
public final class PageWalk {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageWalk() {
    }

    /** Every item of the list, page by page through {@code next}; the walk checks each page's envelope as it goes. */
    public static List<Map<String, Object>> following(Supplier<RequestSpecification> client, String path, int size, String sort) {
        List<Map<String, Object>> items = new ArrayList<>();
        String after = null;
        int expectedPage = 0;
        long total = -1;
        do {
            RequestSpecification request = client.get().queryParam("size", size);
            if (sort != null) {
                request.queryParam("sort", sort);
            }
            if (after != null) {
                request.queryParam("after", after);
            }
            ExtractableResponse<Response> page = request.when().get(path).then().statusCode(200).extract();
            assertEquals(expectedPage, page.<Integer>path("page"), "the page a cursor leads to keeps its number");
            total = page.<Number>path("total").longValue();
            List<Map<String, Object>> shown = page.path("items");
            after = page.path("next");
            assertTrue(shown.size() <= size);
            if (after != null) {
                assertEquals(size, shown.size(), "a page with a next is full");
            }
            items.addAll(shown);
            expectedPage++;
        } while (after != null);
        assertEquals(total, items.size(), "following next shows every item once");
        return items;
    }

    /** Every item of the list, by page number. */
    public static List<Map<String, Object>> numbered(Supplier<RequestSpecification> client, String path, int size, String sort) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            RequestSpecification request = client.get().queryParam("size", size).queryParam("page", page);
            if (sort != null) {
                request.queryParam("sort", sort);
            }
            List<Map<String, Object>> shown = request.when().get(path).then().statusCode(200).extract().path("items");
            items.addAll(shown);
            if (shown.size() < size) {
                return items;
            }
        }
    }

    /**
     * Walks the list both ways, by {@code sort}, checks that they agree, and returns the items. The list must hold
     * more than one page of {@code size}.
     */
    public static List<Map<String, Object>> bothWays(Supplier<RequestSpecification> client, String path, int size, String sort) {
        List<Map<String, Object>> followed = following(client, path, size, sort);
        assertTrue(followed.size() > size, "the list needs more than one page for this walk to mean anything");
        assertEquals(numbered(client, path, size, sort), followed, "sort " + sort);
        return followed;
    }

    /**
     * The cursor refusals every list shares: a cursor beside a page number, one that is not a cursor, one made for
     * another sort, and one whose value was changed to the wrong type. The list must hold more than one item.
     */
    public static void assertRefusesBadCursors(Supplier<RequestSpecification> client, String path, String sort, String otherSort) {
        String next = client.get().queryParam("size", 1).queryParam("sort", sort).when().get(path)
                .then().statusCode(200).extract().path("next");
        assertNotNull(next, "the list needs two items for a next page");
        client.get().queryParam("sort", sort).queryParam("size", 1).queryParam("after", next).queryParam("page", 1).when().get(path)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("after"));
        client.get().queryParam("sort", otherSort).queryParam("size", 1).queryParam("after", next).when().get(path)
                .then().statusCode(400).body("violations[0].field", equalTo("after")).body("detail", containsString(sort));
        client.get().queryParam("sort", sort).queryParam("size", 2).queryParam("after", next).when().get(path)
                .then().statusCode(400).body("violations[0].field", equalTo("after")).body("detail", containsString("size=1"));
        List<String> broken = new ArrayList<>(List.of("not a cursor", "Zm9v", next.substring(0, next.length() - 3),
                "x".repeat(2100), withValue(next, JSON.createObjectNode().put("a", 1))));
        JsonNode value = cursor(next).get(3);
        if (value != null) {
            // The value as another type than the sorted field's: a number for a name or a time, text for a number.
            broken.add(withValue(next, value.isNumber() ? TextNode.valueOf("1; drop table x") : LongNode.valueOf(5)));
            broken.add(withValue(next, BooleanNode.TRUE));
            if (value.isTextual() && value.asText().matches("\\d{4}-.*")) {
                // Not a date, and dates PostgreSQL cannot store.
                broken.add(withValue(next, TextNode.valueOf("2024-13-45T25:00:00Z")));
                broken.add(withValue(next, TextNode.valueOf(value.asText().length() > 10 ? "+1000000000-12-31T23:59:59Z" : "+300000-12-31")));
            } else if (value.isTextual()) {
                // Text PostgreSQL cannot compare: a NUL character, half a surrogate pair.
                broken.add(withValue(next, TextNode.valueOf("a\u0000b")));
                broken.add(encode(json(next, TextNode.valueOf("a\ue000b")).replace("\ue000", "\\ud800")));
            }
        }
        for (String cursor : broken) {
            client.get().queryParam("sort", sort).queryParam("size", 1).queryParam("after", cursor).when().get(path)
                    .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("after"));
        }
        assertNull(client.get().queryParam("size", 100).queryParam("sort", sort).when().get(path)
                .then().statusCode(200).extract().path("next"), "a list that fits one page has no next");
    }

    private static ArrayNode cursor(String cursor) {
        try {
            return (ArrayNode) JSON.readTree(Base64.getUrlDecoder().decode(cursor));
        } catch (java.io.IOException e) {
            throw new AssertionError("a next that is not a cursor: " + cursor, e);
        }
    }

    /** The cursor with its sort value replaced, as a client that edits cursors would send it. */
    private static String withValue(String next, JsonNode value) {
        return encode(json(next, value));
    }

    private static String json(String next, JsonNode value) {
        ArrayNode changed = cursor(next);
        if (changed.size() == 3) {
            changed.add(value).add(1);
        } else {
            changed.set(3, value);
        }
        return changed.toString();
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
