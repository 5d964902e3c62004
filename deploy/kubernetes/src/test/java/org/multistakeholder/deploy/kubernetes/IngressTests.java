package org.multistakeholder.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;

/**
 * Through the Ingress, every public path reaches the service it reaches through the gateway. Both are read
 * from their files and both routers' choices are reproduced: nginx's for the gateway's locations, and
 * ingress-nginx's for the Ingress paths (with use-regex, each path is a case-insensitive regular expression
 * anchored at the start, and the longest path is tried first).
 */
class IngressTests {

    private static final Pattern LOCATION = Pattern.compile("location\\s+(?:(=|~\\*?)\\s+)?(\\S+)\\s*\\{([^}]*)}");
    private static final Pattern PROXY_PASS = Pattern.compile("proxy_pass\\s+http://(\\w+)(\\S*);");
    private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9/_-]*");

    /** Requests the gateway's locations are not enough to show, and paths neither router publishes. */
    private static final List<String> MORE_REQUESTS = List.of(
            "/api/statements/2/signatories/7", "/api/statements/2/clauses", "/api/statements/2/versions/1",
            "/api/statements/2/drafting-group", "/api/organizations/7/endorsements", "/api/reviews/CCT/progress",
            "/api/recommendations/5/history", "/api/recommendations", "/api/unknown", "/q/health/ready", "/q/metrics",
            "/api/statements/2/status", "/api/statements/2/comments/3/moderation", "/api/correspondence/1/thread",
            "/api/organizations/7/api-key", "/api/reviews/CCT/recommendations", "/api/recommendations/5/history/9",
            "/api/quarterly-reports/1");

    @Test
    void everyPublicPathReachesTheServiceItReachesThroughTheGateway() {
        List<GatewayLocation> gateway = gatewayLocations();
        List<String> requests = new ArrayList<>();
        gateway.stream().filter(location -> location.upstream != null).forEach(location -> requests.add(location.sample()));
        requests.addAll(MORE_REQUESTS);
        assertTrue(requests.size() > 20, "the gateway's API locations were read: " + requests);

        Map<String, String> differences = new LinkedHashMap<>();
        for (String request : requests) {
            String throughGateway = gatewayRoute(gateway, request);
            String throughIngress = ingressRoute(request);
            if (!String.valueOf(throughGateway).equals(String.valueOf(throughIngress))) {
                differences.put(request, "gateway " + throughGateway + ", Ingress " + throughIngress);
            }
        }
        assertEquals(Map.of(), differences);
    }

    @Test
    void aStatementsSignatoriesGoToSignatoriesAndTheRestOfTheStatementToStatements() {
        assertEquals("signatories", ingressRoute("/api/statements/2/signatories"));
        assertEquals("signatories", ingressRoute("/api/statements/2/signatories/7"));
        assertEquals("statements", ingressRoute("/api/statements/2"));
        assertEquals("statements", ingressRoute("/api/statements/2/comments"));
        assertEquals("statements", ingressRoute("/api/statements"));
    }

    @Test
    void theIngressesAreValidForIngressNginxAndNameServicePortsThatExist() {
        List<Ingress> ingresses = Manifests.all(Ingress.class);
        assertFalse(ingresses.isEmpty());
        for (Ingress ingress : ingresses) {
            String name = ingress.getMetadata().getName();
            assertEquals("nginx", ingress.getSpec().getIngressClassName(), name);
            assertEquals("1m", ingress.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/proxy-body-size"),
                    name + ": bodies over 1 MiB are refused at the edge, as by the gateway");
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    assertNotNull(path.getPathType(), name + " " + path.getPath() + ": networking.k8s.io/v1 requires a pathType");
                    if (!path.getPathType().equals("ImplementationSpecific")) {
                        // ingress-nginx refuses anything else in an Exact or Prefix path (strict-validate-path-type).
                        assertTrue(PLAIN_PATH.matcher(path.getPath()).matches(), name + " " + path.getPath());
                    }
                    String serviceName = path.getBackend().getService().getName();
                    String portName = path.getBackend().getService().getPort().getName();
                    Service service = Manifests.find(Service.class, serviceName)
                            .orElseThrow(() -> new AssertionError(name + " " + path.getPath() + ": no Service " + serviceName));
                    assertTrue(service.getSpec().getPorts().stream().anyMatch(port -> port.getName().equals(portName)),
                            name + " " + path.getPath() + ": Service " + serviceName + " has no port " + portName);
                }
            }
        }
    }

    @Test
    void anonymousRegistrationsAreLimitedPerClientAddress() {
        Ingress registrations = Manifests.find(Ingress.class, "platform-registrations").orElseThrow();
        assertEquals("6", registrations.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/limit-rpm"));
        List<String> paths = registrations.getSpec().getRules().stream().flatMap(rule -> rule.getHttp().getPaths().stream())
                .map(HTTPIngressPath::getPath).toList();
        assertEquals(List.of("/api/registrations"), paths, "only registrations are limited, not reads");
    }

    /** The upstream ingress-nginx sends the request to, by its choice among all paths of the host, or null. */
    private static String ingressRoute(String request) {
        List<Ingress> ingresses = Manifests.all(Ingress.class);
        assertTrue(ingresses.stream().anyMatch(ingress -> "true".equals(
                ingress.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/use-regex"))),
                "the routes are read the way ingress-nginx reads them with use-regex");
        List<HTTPIngressPath> paths = new ArrayList<>();
        ingresses.forEach(ingress -> ingress.getSpec().getRules().forEach(rule -> paths.addAll(rule.getHttp().getPaths())));
        paths.sort(Comparator.comparingInt((HTTPIngressPath path) -> path.getPath().length()).reversed());
        for (HTTPIngressPath path : paths) {
            if (Pattern.compile("^" + path.getPath(), Pattern.CASE_INSENSITIVE).matcher(request).lookingAt()) {
                return path.getBackend().getService().getName().replaceFirst("-service$", "");
            }
        }
        return null;
    }

    /** The upstream the gateway's nginx sends the request to, or null when it answers by itself. */
    private static String gatewayRoute(List<GatewayLocation> locations, String request) {
        for (GatewayLocation location : locations) {
            if ("=".equals(location.modifier) && location.path.equals(request)) {
                return location.upstream;
            }
        }
        GatewayLocation longestPrefix = null;
        for (GatewayLocation location : locations) {
            if (location.modifier == null && request.startsWith(location.path)
                    && (longestPrefix == null || location.path.length() > longestPrefix.path.length())) {
                longestPrefix = location;
            }
        }
        for (GatewayLocation location : locations) {
            if (location.modifier != null && location.modifier.startsWith("~")) {
                int flags = location.modifier.equals("~*") ? Pattern.CASE_INSENSITIVE : 0;
                if (Pattern.compile(location.path, flags).matcher(request).find()) {
                    return location.upstream;
                }
            }
        }
        return longestPrefix == null ? null : longestPrefix.upstream;
    }

    /**
     * The gateway's locations, with the upstream each passes its requests to unchanged. A location that
     * rewrites the path (the /health/... readiness shortcuts) or answers by itself has none.
     */
    private static List<GatewayLocation> gatewayLocations() {
        String template = Manifests.read(Manifests.REPOSITORY.resolve("deploy/gateway/nginx.conf.template"));
        List<GatewayLocation> locations = new ArrayList<>();
        Matcher location = LOCATION.matcher(template);
        while (location.find()) {
            Matcher proxy = PROXY_PASS.matcher(location.group(3));
            String upstream = proxy.find() && proxy.group(2).isEmpty() ? proxy.group(1) : null;
            locations.add(new GatewayLocation(location.group(1), location.group(2), upstream));
        }
        return locations;
    }

    private record GatewayLocation(String modifier, String path, String upstream) {

        /** A request this location serves. */
        String sample() {
            if (modifier == null) {
                return path.endsWith("/") ? path + "1" : path;
            }
            if (modifier.startsWith("~")) {
                // The shortest request the expression takes: without its optional groups, the first of alternatives.
                String shortest = path.replace("[^/]+", "2").replace("(/|$)", "").replace("^", "").replace("$", "");
                for (String before = ""; !before.equals(shortest);) {
                    before = shortest;
                    shortest = shortest.replaceAll("\\([^()]*\\)\\?", "").replaceAll("\\(([^()|]*)(\\|[^()]*)?\\)", "$1");
                }
                return shortest;
            }
            return path;
        }
    }
}
