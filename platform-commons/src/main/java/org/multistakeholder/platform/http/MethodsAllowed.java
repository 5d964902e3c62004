package org.multistakeholder.platform.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

import org.multistakeholder.platform.problems.Problems;

import io.quarkus.arc.Arc;

/**
 * A path answers a method it does not take with 405 and {@code Allow} naming those it takes (RFC 9110, section
 * 15.5.6). Quarkus REST sends the 405 without Allow, and where a resource class has sub-paths of several templates
 * it answers such a request 404 as if the path did not exist; both are put right here, from the resource methods
 * the service has (read once, from the resource classes' annotations).
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class MethodsAllowed implements ContainerResponseFilter {

    private record Template(Pattern path, Set<String> methods) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");

    private volatile List<Template> templates;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status != 404 && status != 405) {
            return;
        }
        Set<String> allowed = allowed(request.getUriInfo().getPath());
        if (allowed.isEmpty() || allowed.contains(request.getMethod())) {
            return;
        }
        if (status == 404) {
            response.setStatus(Status.METHOD_NOT_ALLOWED.getStatusCode());
            response.setEntity(Problems.methodNotAllowed(request.getMethod(), allowed), new Annotation[0],
                    MediaType.valueOf("application/problem+json"));
        }
        response.getHeaders().putSingle("Allow", String.join(", ", allowed));
    }

    /** The methods some resource method takes at the path; none when no template matches it. */
    Set<String> allowed(String path) {
        String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Set<String> allowed = new TreeSet<>();
        for (Template template : templates()) {
            if (template.path().matcher(normalized).matches()) {
                allowed.addAll(template.methods());
            }
        }
        return allowed;
    }

    private List<Template> templates() {
        List<Template> known = templates;
        if (known == null) {
            Map<String, Set<String>> methods = new LinkedHashMap<>();
            for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> resource = bean.getBeanClass();
                Path root = resource.getAnnotation(Path.class);
                if (root != null) {
                    collect(root.value(), resource, methods);
                }
            }
            List<Template> read = new ArrayList<>();
            methods.forEach((template, names) -> read.add(new Template(regex(template), names)));
            templates = known = read;
        }
        return known;
    }

    static void collect(String root, Class<?> resource, Map<String, Set<String>> methods) {
        for (Method method : resource.getMethods()) {
            String name = httpMethod(method);
            if (name == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String template = join(root, sub == null ? "" : sub.value());
            Set<String> names = methods.computeIfAbsent(template, unused -> new TreeSet<>());
            names.add(name);
            if (name.equals(HttpMethod.GET)) {
                names.add(HttpMethod.HEAD);
            }
            names.add(HttpMethod.OPTIONS);
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A template's parameters each stand for one segment. */
    static Pattern regex(String template) {
        StringBuilder regex = new StringBuilder();
        java.util.regex.Matcher parameter = PARAMETER.matcher(template);
        int end = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(end, parameter.start()))).append("[^/]+");
            end = parameter.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(template.substring(end))).toString());
    }
}
