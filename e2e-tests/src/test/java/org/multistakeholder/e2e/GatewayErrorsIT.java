package org.multistakeholder.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The errors nginx answers itself, most of them before any location or service is involved, sent as raw
 * requests no client library would write: each is a problem document like the services', with its own type
 * URI, never nginx's HTML page.
 */
class GatewayErrorsIT extends ThroughTheGateway {

    private static final String HOST = "Host: localhost\r\n";
    private static RawHttp http;

    @BeforeAll
    static void connect() {
        http = RawHttp.to(product);
    }

    @Test
    void shouldAnswerEveryErrorOfTheGatewayItselfWithAProblemDocument() {
        String longQuery = "a".repeat(9_000);
        String longHeader = "b".repeat(9_000);
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("a request line with a fourth part", new Case("GET /api/statements HTTP/1.1 extra\r\n" + HOST, 400, "bad-request"));
        cases.put("a method with a character no method has", new Case("G@T /api/statements HTTP/1.1\r\n" + HOST, 400, "bad-request"));
        cases.put("a NUL in the path (%00)", new Case("GET /api/statements/a%00b HTTP/1.1\r\n" + HOST, 400, "bad-request"));
        cases.put("a broken percent-encoding in the path", new Case("GET /api/statements/%zz HTTP/1.1\r\n" + HOST, 400, "bad-request"));
        cases.put("a path above the root", new Case("GET /../api/statements HTTP/1.1\r\n" + HOST, 400, "bad-request"));
        cases.put("a header line without a colon", new Case("GET /api/statements HTTP/1.1\r\n" + HOST + "Broken header\r\n", 400, "bad-request"));
        cases.put("HTTP/1.1 without Host", new Case("GET /api/statements HTTP/1.1\r\n", 400, "bad-request"));
        cases.put("two Content-Lengths", new Case("POST /api/registrations HTTP/1.1\r\n" + HOST
                + "Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n", 400, "bad-request"));
        cases.put("a URI of 9 KiB", new Case("GET /api/statements?q=" + longQuery + " HTTP/1.1\r\n" + HOST, 414, "uri-too-long"));
        cases.put("a header of 9 KiB", new Case("GET /api/statements HTTP/1.1\r\n" + HOST + "X-Big: " + longHeader + "\r\n", 431,
                "headers-too-large"));
        cases.put("a cookie of 9 KiB", new Case("GET /api/statements HTTP/1.1\r\n" + HOST + "Cookie: c=" + longHeader + "\r\n", 431,
                "headers-too-large"));
        cases.put("headers of 35 KiB in all", new Case("GET /api/statements HTTP/1.1\r\n" + HOST
                + ("X-Part: " + "c".repeat(7_000) + "\r\n").repeat(5), 431, "headers-too-large"));
        cases.put("TRACE", new Case("TRACE /api/statements HTTP/1.1\r\n" + HOST, 405, "method-not-allowed"));
        cases.put("a POST to a Swagger UI file", new Case("POST /swagger-ui/index.html HTTP/1.1\r\n" + HOST + "Content-Length: 0\r\n", 405,
                "method-not-allowed"));
        cases.put("an unknown transfer coding", new Case("POST /api/registrations HTTP/1.1\r\n" + HOST
                + "Content-Type: application/json\r\nTransfer-Encoding: foo\r\n", 501, "not-implemented"));
        cases.put("HTTP/2.0 in a request line", new Case("GET /api/statements HTTP/2.0\r\n" + HOST, 505, "http-version-not-supported"));
        cases.put("a body declared larger than 1 MiB", new Case("POST /api/statements HTTP/1.1\r\n" + HOST
                + "Content-Type: application/json\r\nContent-Length: 2000000\r\n", 413, "payload-too-large"));
        cases.put("a path nothing is published at", new Case("GET /nowhere.html HTTP/1.1\r\n" + HOST, 404, "not-found"));

        cases.forEach((what, request) -> {
            RawHttp.Answer answer = http.sendBytes((request.head() + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            assertProblem(what, answer, request.status(), request.slug());
        });

        RawHttp.Answer trace = http.sendBytes(("TRACE /api/statements HTTP/1.1\r\n" + HOST + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertNotNull(trace.header("Allow"), "a 405 names the methods allowed");
        List<String> allowed = List.of(trace.header("Allow").split(",\\s*"));
        assertTrue(allowed.containsAll(List.of("GET", "POST")) && !allowed.contains("TRACE"), "Allow: " + allowed);
        RawHttp.Answer swagger = http.sendBytes(("POST /swagger-ui/index.html HTTP/1.1\r\n" + HOST
                + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("GET, HEAD", swagger.header("Allow"), "Swagger UI is read only");
        System.out.printf("Gateway errors: %d malformed or refused requests, each a problem document%n", cases.size() + 2);
    }

    static void assertProblem(String what, RawHttp.Answer answer, int status, String slug) {
        assertEquals(status, answer.status(), what + ": " + answer);
        assertTrue(answer.header("Content-Type") != null && answer.header("Content-Type").startsWith("application/problem+json"),
                what + ": " + answer);
        JsonNode problem = answer.json();
        assertEquals("https://platform.local/problems/" + slug, problem.path("type").asText(), what + ": " + answer);
        assertEquals(status, problem.path("status").asInt(), what + ": " + answer);
        assertFalse(problem.path("title").asText().isBlank(), what + ": " + answer);
        assertFalse(problem.path("detail").asText().isBlank(), what + ": " + answer);
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), what + ": the security headers");
    }

    private record Case(String head, int status, String slug) {
    }
}
