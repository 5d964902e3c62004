package org.multistakeholder.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.multistakeholder.e2e.ApiDocuments.Operation;
import org.multistakeholder.e2e.HostileInputIT.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every text parameter of every operation of the three documents, query and path, GETs included, sent text no
 * parameter may hold (NUL, C0 controls); every date parameter sent the calendar's edges, every quarter parameter
 * quarters outside it. Each bad value is a 400 problem naming the parameter, each day from 0001-01-01 to
 * 9999-12-31 is read, none is a server error, and nothing is written. The parameters are read from the
 * documents, so a new one is covered without being listed here.
 * <p>
 * Query parameters go through the gateway. A path parameter holding a control character goes to the service
 * itself: the gateway refuses a NUL in a path on its own, before any service sees it.
 */
@Order(Integer.MAX_VALUE - 3)
class ParameterInputIT extends ThroughTheGateway {

    /** Text no parameter may hold, as it is written in a URL. */
    private static final Map<String, String> BAD_TEXT = Map.of("a NUL", "a%00b", "the control character U+0007", "a%07b",
            "the escape U+001B", "a%1B%5B31mb", "the control character U+001F", "%1F");
    private static final List<String> EDGE_QUARTERS = List.of("0001-Q1", "9999-Q4");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private static ApiDocuments api;
    private static Fixtures fixtures;
    private static StoredRows rows;
    private static HttpClient http;

    private final List<String> failures = new ArrayList<>();
    private int sent;

    @BeforeAll
    static void prepare() {
        api = ApiDocuments.read(product);
        fixtures = Fixtures.create(product, api, false);
        rows = StoredRows.of(product);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void closeDatabases() {
        if (rows != null) {
            rows.close();
        }
    }

    @Test
    void shouldRefuseBadTextAndDaysOutsideTheCalendarInEveryParameterAndWriteNothing() {
        Map<String, String> before = rows.snapshot();
        int parameters = 0;
        for (Operation operation : api.operations()) {
            if (!fixtures.covers(operation.path())) {
                failures.add(operation + " has a path parameter no fixture stands for");
                continue;
            }
            Map<String, JsonNode> query = api.queryParameters(operation);
            for (Map.Entry<String, JsonNode> parameter : query.entrySet()) {
                JsonNode schema = api.document(operation).resolve(parameter.getValue().path("schema"));
                if (!schema.path("type").asText().equals("string")) {
                    continue;
                }
                parameters++;
                String name = parameter.getKey();
                String path = fixtures.path(operation.path());
                BAD_TEXT.forEach((what, value) -> expectRefusal(operation, product.gateway() + path + "?" + name + "=" + value,
                        name, what));
                String format = schema.path("format").asText();
                if (format.equals("date")) {
                    HostileInputIT.OUTSIDE_DAYS.forEach(day -> expectRefusal(operation,
                            product.gateway() + path + "?" + name + "=" + encode(day), name, "'" + day + "'"));
                    HostileInputIT.EDGE_DAYS.forEach(day -> expectRead(operation, product.gateway() + path + "?" + name + "=" + day,
                            "'" + name + "' = " + day));
                } else if (schema.path("pattern").asText().contains("-Q")) {
                    HostileInputIT.OUTSIDE_QUARTERS.forEach(quarter -> expectRefusal(operation,
                            product.gateway() + path + "?" + name + "=" + encode(quarter), name, "'" + quarter + "'"));
                    // A range's ends are given together (from needs to): each edge is given to every quarter parameter.
                    List<String> quarters = query.entrySet().stream().filter(other -> api.document(operation)
                            .resolve(other.getValue().path("schema")).path("pattern").asText().contains("-Q")).map(Map.Entry::getKey).toList();
                    EDGE_QUARTERS.forEach(quarter -> expectRead(operation, product.gateway() + path + "?"
                            + String.join("&", quarters.stream().map(other -> other + "=" + quarter).toList()), "'" + name + "' = " + quarter));
                }
            }
            Matcher template = PARAMETER.matcher(operation.path());
            for (int index = 0; template.find(); index++) {
                parameters++;
                String name = template.group(1);
                int at = index;
                BAD_TEXT.forEach((what, value) -> expectRefusal(operation,
                        product.serviceUrl(operation.service()) + fixtures.path(operation.path(), at, value), name, what));
            }
        }
        Map<String, String> after = rows.snapshot();
        if (!StoredRows.changes(before, after).isEmpty()) {
            failures.add("refused requests wrote " + StoredRows.changes(before, after));
        }
        System.out.printf("Parameter input: %d requests to %d parameters, %d failures%n", sent, parameters, failures.size());
        assertTrue(parameters > 20, "the documents publish only " + parameters + " parameters");
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    private void expectRefusal(Operation operation, String url, String name, String what) {
        Answer answer = send(operation, url);
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        String request = operation + " with " + what + " in '" + name + "'";
        if (answer.status() != 400 || !answer.contentType().startsWith("application/problem+json") || !text.contains(name)) {
            failures.add(request + " answered " + answer.status() + " rather than a 400 problem naming it: " + answer.text());
        }
        HostileInputIT.checkProblem(request, answer, failures);
    }

    private void expectRead(Operation operation, String url, String what) {
        Answer answer = send(operation, url);
        if (answer.status() >= 500 || (answer.status() == 400 && answer.text().contains("0001 to 9999"))) {
            failures.add(operation + " with " + what + " answered " + answer.status() + ": " + answer.text());
        }
        if (operation.method().equals("GET") && answer.status() != 200) {
            failures.add(operation + " with " + what + " answered " + answer.status() + ", not 200: " + answer.text());
        }
    }

    /** The operation's request as its caller sends it: a reader anonymously, a writer with its credential and a valid body. */
    private Answer send(Operation operation, String url) {
        sent++;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        List<String> security = api.security(operation);
        if (security.contains("editorToken")) {
            builder.header("Authorization", "Bearer " + product.adminToken());
        } else if (security.contains("organizationKey")) {
            builder.header("X-API-Key", fixtures.organizationKey);
        }
        JsonNode body = operation.isWrite() ? fixtures.validBody(operation) : null;
        if (body != null) {
            builder.header("Content-Type", "application/json");
            builder.method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(HostileInputIT.bytes(body)));
        } else {
            builder.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            failures.add(operation + " at " + url + " got no answer: " + e);
            return new Answer(0, "", new byte[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
