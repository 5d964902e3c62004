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
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multistakeholder.e2e.ApiDocuments.Operation;
import org.multistakeholder.e2e.HostileInputIT.Answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every GET of the three documents sent as Swagger UI's try-it-out sends it when Execute is pressed on what the
 * page first shows: each parameter that has an example filled with it (an array's items repeated, as a form
 * query parameter explodes), the others left out, and the first media type of the success answer accepted.
 * A public read answers 2xx; a read that takes a credential answers 2xx or its documented 401 or 403 without
 * one, and 2xx once the editor has authorized. A JSON answer holds no {@code null} anywhere: a field without a value is
 * left out, as the README says, and no schema of the documents allows a null.
 */
class TryItOutIT extends ThroughTheGateway {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ApiDocuments api;
    private static HttpClient http;

    private final List<String> failures = new ArrayList<>();
    private int nulls;

    @BeforeAll
    static void prepare() {
        api = ApiDocuments.read(product);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void shouldAnswerEveryGetAsTheDocumentsShowIt() {
        int gets = 0;
        int asShown = 0;
        for (Operation operation : api.operations()) {
            if (!operation.method().equals("GET")) {
                continue;
            }
            gets++;
            String url = product.gateway() + asShown(operation);
            String accept = successMediaType(operation);
            boolean credentialed = !api.security(operation).isEmpty();
            int before = failures.size();
            if (credentialed) {
                // Before Authorize: some reads give the public part to anyone, others refuse as documented.
                Answer anonymous = send(operation, url, accept, null);
                boolean refusedAsDocumented = (anonymous.status() == 401 || anonymous.status() == 403)
                        && api.answers(operation, Integer.toString(anonymous.status()));
                if (!anonymous.succeeded() && !refusedAsDocumented) {
                    failures.add(operation + " as shown, without a credential, answered " + anonymous.status()
                            + " rather than 2xx or its documented 401 or 403: " + anonymous.text());
                } else if (anonymous.succeeded() && anonymous.contentType().startsWith("application/json")) {
                    checkNoNulls(operation, anonymous);
                }
            }
            Answer answer = send(operation, url, accept, credentialed ? "Bearer " + product.adminToken() : null);
            if (!answer.succeeded()) {
                failures.add(operation + " as shown (" + url + ") answered " + answer.status() + ": " + answer.text());
            } else if (answer.contentType().startsWith("application/json")) {
                checkNoNulls(operation, answer);
            }
            if (failures.size() == before) {
                asShown++;
            }
        }
        System.out.printf("Try it out: %d of %d GETs answer as shown, %d null fields%n", asShown, gets, nulls);
        assertTrue(gets > 20, "the documents publish only " + gets + " GETs");
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    /** The path and query Swagger UI builds from the parameters' examples. */
    private static String asShown(Operation operation) {
        String path = operation.path();
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : api.describe(operation).path("parameters")) {
            if (!parameter.has("example")) {
                continue;
            }
            String name = parameter.path("name").asText();
            JsonNode example = parameter.path("example");
            switch (parameter.path("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", encode(example.asText()));
                case "query" -> {
                    if (example.isArray()) {
                        example.forEach(item -> query.add(name + "=" + encode(item.asText())));
                    } else {
                        query.add(name + "=" + encode(example.asText()));
                    }
                }
                default -> {
                    // Swagger UI fills header parameters too; no GET takes one today.
                    throw new IllegalStateException(operation + " takes a " + parameter.path("in").asText()
                            + " parameter this test does not send");
                }
            }
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    /** The media type Swagger UI selects for the answer: the first of the success response's. */
    private static String successMediaType(Operation operation) {
        for (Map.Entry<String, JsonNode> response : api.describe(operation).path("responses").properties()) {
            if (response.getKey().startsWith("2")) {
                Iterator<String> types = response.getValue().path("content").fieldNames();
                return types.hasNext() ? types.next() : "*/*";
            }
        }
        return "*/*";
    }

    private void checkNoNulls(Operation operation, Answer answer) {
        try {
            List<String> found = new ArrayList<>();
            nullsIn(JSON.readTree(answer.body()), "", found);
            nulls += found.size();
            if (!found.isEmpty()) {
                failures.add(operation + " answered null in " + found);
            }
        } catch (IOException e) {
            failures.add(operation + " answered JSON that does not parse: " + answer.text());
        }
    }

    private static void nullsIn(JsonNode node, String at, List<String> found) {
        if (node.isNull()) {
            found.add(at.isEmpty() ? "the body" : at);
        } else if (node.isObject()) {
            node.properties().forEach(field -> nullsIn(field.getValue(), at + "/" + field.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                nullsIn(node.get(i), at + "/" + i, found);
            }
        }
    }

    private Answer send(Operation operation, String url, String accept, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Accept", accept);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = http.send(builder.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
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
