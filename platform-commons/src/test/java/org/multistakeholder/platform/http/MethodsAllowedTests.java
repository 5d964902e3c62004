package org.multistakeholder.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

/** The methods a path takes, read from a resource class's annotations as Allow names them. */
class MethodsAllowedTests {

    @Path("/api/things/")
    public static class Things {
        @GET
        public void list() {
        }

        @POST
        public void create() {
        }

        @GET
        @Path("{id}/parts/{number: \\d+}")
        public void part() {
        }

        @DELETE
        @Path("/{id}/parts/{number}")
        public void remove() {
        }
    }

    @Test
    void shouldReadEachTemplatesMethods() {
        Map<String, Set<String>> methods = new LinkedHashMap<>();
        MethodsAllowed.collect("/api/things/", Things.class, methods);
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "POST"), methods.get("/api/things"));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS"), methods.get("/api/things/{id}/parts/{number: \\d+}"));
        assertEquals(Set.of("DELETE", "OPTIONS"), methods.get("/api/things/{id}/parts/{number}"));
    }

    @Test
    void shouldMatchAParameterToOneSegment() {
        assertTrue(MethodsAllowed.regex("/api/things/{id}/parts/{number}").matcher("/api/things/7/parts/2").matches());
        assertFalse(MethodsAllowed.regex("/api/things/{id}").matcher("/api/things/7/parts").matches());
        assertFalse(MethodsAllowed.regex("/api/things.x/{id}").matcher("/api/thingsAx/7").matches());
    }
}
