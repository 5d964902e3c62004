package org.multistakeholder.platform.problems;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;

/**
 * Every problem document names its type and says in its detail what went wrong, whoever raised it: the security
 * layer's 401 and 403, the validator's violations and the router's 404, 405 and 415 otherwise come with a title
 * alone. The type is the platform's own for the kind of error ({@link ProblemType}), with that type's title, as in
 * the gateway's own problem documents; a status the platform has no type for keeps {@code about:blank}
 * (RFC 9457, section 4.2.1).
 */
@ApplicationScoped
class CompleteProblems implements ProblemPostProcessor {

    static final URI BLANK = URI.create("about:blank");

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        Optional<ProblemType> type = problem.getType() == null || BLANK.equals(problem.getType())
                ? ProblemType.of(problem.getStatusCode())
                : ProblemType.of(problem.getType());
        boolean typed = problem.getType() != null && !BLANK.equals(problem.getType());
        boolean titled = type.isEmpty() || type.get().title().equals(problem.getTitle());
        boolean detailed = problem.getDetail() != null && !problem.getDetail().isBlank();
        if (typed && titled && detailed) {
            return problem;
        }
        HttpProblem.Builder builder = HttpProblem.builder(problem);
        if (!typed) {
            builder.withType(type.map(ProblemType::uri).orElse(BLANK));
        }
        if (!titled) {
            builder.withTitle(type.get().title());
        }
        if (!detailed) {
            builder.withDetail(detailOf(problem));
        }
        return builder.build();
    }

    static String detailOf(HttpProblem problem) {
        if (problem.getParameters().get("violations") instanceof List<?> violations && !violations.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Object violation : violations) {
                parts.add(describe(violation));
            }
            return String.join("; ", parts);
        }
        return switch (problem.getStatusCode()) {
            case 401 -> "This needs a valid credential, and the request carries none or one that does not verify";
            case 403 -> "The credential is valid but does not allow this";
            case 404 -> "Nothing is published at this path";
            case 405 -> "This path does not take this method";
            case 406 -> "This path cannot answer in the media type the Accept header asks for";
            case 415 -> "The request body must be application/json";
            default -> problem.getTitle() == null ? "The request failed" : problem.getTitle();
        };
    }

    private static String describe(Object violation) {
        String field;
        String in;
        String message;
        if (violation instanceof Violation known) {
            field = known.field;
            in = known.in;
            message = known.message;
        } else if (violation instanceof Map<?, ?> map) {
            field = String.valueOf(map.get("field"));
            in = map.containsKey("in") ? String.valueOf(map.get("in")) : null;
            message = String.valueOf(map.get("message"));
        } else {
            return String.valueOf(violation);
        }
        if (field == null || field.isEmpty()) {
            return ("body".equals(in) ? "The request body " : "The request ") + message;
        }
        return "'" + field + "' " + message;
    }
}
