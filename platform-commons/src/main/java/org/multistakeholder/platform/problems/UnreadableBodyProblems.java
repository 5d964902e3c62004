package org.multistakeholder.platform.problems;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;

/**
 * Quarkus REST reports a body it cannot parse as a bare "HTTP 400 Bad Request", and Jackson's own messages
 * name Java classes. Both are replaced by a detail in the API's terms (see {@link UnreadableBody}).
 */
@ApplicationScoped
class UnreadableBodyProblems implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() != 400) {
            return problem;
        }
        for (Throwable cause = context.cause; cause != null; cause = cause.getCause()) {
            // The library's detail for an unknown field is already clear and names the field.
            if (cause instanceof JsonProcessingException json && !(cause instanceof UnrecognizedPropertyException)) {
                HttpProblem readable = UnreadableBody.problem(json);
                HttpProblem.Builder builder = HttpProblem.builder(problem).withDetail(readable.getDetail())
                        .withType(readable.getType()).withTitle(readable.getTitle());
                readable.getParameters().forEach(builder::with);
                return builder.build();
            }
        }
        return problem;
    }
}
