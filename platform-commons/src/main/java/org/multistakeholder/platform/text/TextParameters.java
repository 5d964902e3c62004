package org.multistakeholder.platform.text;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.multistakeholder.platform.problems.Problems;

/**
 * Every query and path parameter of every operation, GETs included, is held to {@link Text#refusal} before the
 * resource reads it: a NUL in {@code q} would otherwise reach PostgreSQL and answer 500.
 */
@Provider
public class TextParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        check("query", request.getUriInfo().getQueryParameters(true));
        check("path", request.getUriInfo().getPathParameters(true));
    }

    private static void check(String kind, MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String nameRefusal = Text.refusal(parameter.getKey());
            if (nameRefusal != null) {
                throw Problems.invalidText(null, "The name of a " + kind + " parameter " + nameRefusal);
            }
            for (String value : parameter.getValue()) {
                String refusal = Text.refusal(value);
                if (refusal != null) {
                    throw Problems.invalidText(parameter.getKey(), "'" + parameter.getKey() + "' " + refusal);
                }
            }
        }
    }
}
