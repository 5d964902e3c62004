package org.multistakeholder.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multistakeholder.e2e.ApiDocuments.Operation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every operation of the three documents, at its real path (the fixtures' records), spelled every other way a
 * path can be written that nginx or a service would read as the same: a trailing slash, doubled slashes, dot
 * segments plain and percent-encoded, an encoded slash, percent-encoded letters, digits and hyphens, another
 * letter case of each fixed segment, matrix parameters. Each is sent as the operation would succeed (its
 * method, the credential it takes, a valid body, the current If-Match) and must be refused by the gateway
 * with its 404 problem, before any service sees it: the limits and the cache work on the one spelling the
 * documents give. Nothing may be written.
 */
class PathSpellingIT extends ThroughTheGateway {

    private static ApiDocuments api;
    private static Fixtures fixtures;
    private static StoredRows rows;
    private static RawHttp http;

    @BeforeAll
    static void prepare() {
        api = ApiDocuments.read(product);
        fixtures = Fixtures.create(product, api, false);
        rows = StoredRows.of(product);
        http = RawHttp.to(product);
    }

    @AfterAll
    static void closeDatabases() {
        if (rows != null) {
            rows.close();
        }
    }

    @Test
    void shouldRefuseEverySpellingButTheDocumentedOneOfEveryOperation() {
        List<Operation> operations = api.operations();
        assertFalse(operations.isEmpty(), "the documents publish no operation");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int controls = 0;
        for (Operation operation : operations) {
            String path = fixtures.path(operation.path());
            Map<String, String> headers = headers(operation, path);
            JsonNode body = fixtures.validBody(operation);
            if (body != null) {
                headers.put("Content-Type", "application/json");
            }
            if (operation.method().equals("GET")) {
                // The documented spelling itself is routed: the service answers, not the gateway's 404.
                RawHttp.Answer answer = http.send("GET", path, headers, null);
                controls++;
                if (answer.status() >= 500 || isGatewayNotFound(answer)) {
                    failures.add(operation + " at " + path + " answered " + answer);
                }
            }
            Map<String, String> before = rows.snapshot();
            for (Map.Entry<String, String> spelling : spellings(operation.path(), path).entrySet()) {
                RawHttp.Answer answer = http.send(operation.method(), spelling.getValue(), headers,
                        body == null ? null : body.toString());
                sent++;
                if (!isGatewayNotFound(answer)) {
                    failures.add(operation + " with " + spelling.getKey() + " (" + spelling.getValue() + ") answered " + answer);
                }
            }
            List<String> changed = StoredRows.changes(before, rows.snapshot());
            if (!changed.isEmpty()) {
                failures.add(operation + ": its other spellings wrote " + changed);
            }
        }
        System.out.printf("Path spellings: %d requests to %d operations (and %d documented spellings read), %d failures%n",
                sent, operations.size(), controls, failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures.stream().limit(40).toList()));
    }

    /** The gateway's own 404: a problem document with its type and the detail that names the spelling rules. */
    static boolean isGatewayNotFound(RawHttp.Answer answer) {
        if (answer.status() != 404 || answer.header("Content-Type") == null
                || !answer.header("Content-Type").startsWith("application/problem+json")) {
            return false;
        }
        JsonNode problem = answer.json();
        return problem.path("type").asText().equals("https://platform.local/problems/not-found")
                && problem.path("status").asInt() == 404
                && problem.path("detail").asText().contains("Paths are spelled exactly as the API documents them");
    }

    /** The credential the operation takes, and the If-Match that makes the write current. */
    private Map<String, String> headers(Operation operation, String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> security = api.security(operation);
        if (security.contains("editorToken") || security.isEmpty()) {
            headers.put("Authorization", "Bearer " + product.adminToken());
        } else if (security.contains("organizationKey")) {
            headers.put("X-API-Key", fixtures.organizationKey);
        }
        if (api.takesIfMatch(operation)) {
            String etag = fixtures.entityTag(path);
            if (etag != null) {
                headers.put("If-Match", etag);
            }
        }
        return headers;
    }

    /** Every other spelling of the path, by what sets it apart. */
    static Map<String, String> spellings(String template, String path) {
        Map<String, String> spellings = new LinkedHashMap<>();
        String afterApi = path.substring("/api".length());
        int last = path.lastIndexOf('/');
        spellings.put("a trailing slash", path + "/");
        spellings.put("a trailing dot segment", path + "/.");
        spellings.put("a doubled slash", path.substring(0, last) + "/" + path.substring(last));
        spellings.put("a leading doubled slash", "/" + path);
        spellings.put("a dot segment (/./)", "/api/." + afterApi);
        spellings.put("a dot-dot segment (/../)", "/api/x/.." + afterApi);
        spellings.put("an encoded slash (%2F)", "/api%2F" + afterApi.substring(1));
        spellings.put("an encoded slash in lower case (%2f)", path.substring(0, last) + "%2f" + path.substring(last + 1));
        spellings.put("an encoded dot segment (%2e)", "/api/%2e" + afterApi);
        spellings.put("an encoded dot-dot segment (%2E%2E)", "/api/x/%2E%2E" + afterApi);
        spellings.put("an encoded dot segment in lower and upper case (%2e%2E)", "/api/x/%2e%2E" + afterApi);
        spellings.put("a matrix parameter (;x)", path + ";x");
        spellings.put("a matrix parameter on /api (;x)", "/api;x" + afterApi);
        spellings.put("an empty matrix parameter (;)", path + ";");
        String[] fixed = template.split("/");
        String[] concrete = path.split("/");
        for (int i = 1; i < fixed.length; i++) {
            String segment = concrete[i];
            if (fixed[i].startsWith("{")) {
                // A path parameter's value with an unreserved character percent-encoded: the same value, spelled otherwise.
                spellings.put("an encoded character in " + fixed[i] + " (" + encode(segment.charAt(0)) + ")",
                        replace(concrete, i, encode(segment.charAt(0)) + segment.substring(1)));
                continue;
            }
            spellings.put("\"" + segment + "\" capitalised", replace(concrete, i,
                    segment.substring(0, 1).toUpperCase(Locale.ROOT) + segment.substring(1)));
            spellings.put("\"" + segment + "\" in upper case", replace(concrete, i, segment.toUpperCase(Locale.ROOT)));
            spellings.put("\"" + segment + "\" with an encoded letter (" + encode(segment.charAt(0)) + ")",
                    replace(concrete, i, encode(segment.charAt(0)) + segment.substring(1)));
            int hyphen = segment.indexOf('-');
            if (hyphen > 0) {
                spellings.put("\"" + segment + "\" with an encoded hyphen (%2D)",
                        replace(concrete, i, segment.substring(0, hyphen) + "%2D" + segment.substring(hyphen + 1)));
            }
        }
        return spellings;
    }

    private static String encode(char unreserved) {
        return String.format("%%%02X", (int) unreserved);
    }

    private static String replace(String[] segments, int index, String value) {
        String[] copy = segments.clone();
        copy[index] = value;
        return String.join("/", copy);
    }
}
