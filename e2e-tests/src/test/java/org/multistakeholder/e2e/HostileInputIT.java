package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.multistakeholder.e2e.ApiDocuments.Operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Every write operation of the three OpenAPI documents, sent what a careless or hostile client sends: broken
 * and oversized bodies, wrong types and values in each field of the operation's request schema, bad ids in
 * the path, no body, the wrong content type; without credentials, with wrong ones, as an editor and as an
 * organization; with and without If-Match. No answer may be a server error, every refusal is a problem
 * document that says what is wrong, and a refused request writes nothing: the three databases are compared
 * before and after.
 * <p>
 * Runs just before {@link AbuseLimitsIT}: the requests that succeed change the test's own resources, not the
 * demo data, but they are better not followed by tests that read lists.
 */
@Order(Integer.MAX_VALUE - 1)
class HostileInputIT extends ThroughTheGateway {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String JSON_TYPE = "application/json";
    /** Well over any field's limit, well under the gateway's 1 MiB cap on bodies. */
    private static final String HUGE_STRING = "x".repeat(200 * 1024);
    private static final int HUGE_ARRAY = 5_000;
    private static final int OVER_CAP = 1024 * 1024 + 64 * 1024;
    private static final List<String> BAD_IDS = List.of("999999999", "abc", "-1", "1e3", "9".repeat(40), "%20");
    private static final List<String> BAD_DATES = List.of("2024-13-45", "yesterday");
    /** The calendar's edges: years 0001 to 9999, four digits, no sign; the first two are refused, the last two read as sent. */
    static final List<String> OUTSIDE_DAYS = List.of("0000-01-01", "-4713-01-01", "+10000-01-01", "10000-01-01", "-999999999-01-01",
            "+999999999-12-31");
    static final List<String> EDGE_DAYS = List.of("0001-01-01", "9999-12-31");
    static final List<String> OUTSIDE_QUARTERS = List.of("0000-Q1", "0000-Q4", "10000-Q1", "-0001-Q1", "+2024-Q1");
    /** Text no field may hold; the lone surrogate is written into the JSON as the escape \ud800 (see {@link #bytes}). */
    static final Map<String, String> BAD_TEXT = Map.of("a NUL", "a\u0000b", "a lone surrogate", "a" + HostileInputIT.LONE + "b",
            "the control character U+0007", "a\u0007b", "the escape U+001B", "a\u001b[31mb");
    /** What no name may hold besides: one organization passing for another. */
    static final Map<String, String> BAD_NAMES = Map.of("a right-to-left override", "APNIC\u202eCINPA",
            "a zero-width space", "AP\u200bNIC", "an isolate", "AP\u2066NIC", "a zero-width joiner", "AP\u200dNIC");
    /** Stands for a lone high surrogate until the body is written out, which Jackson would refuse to write. */
    static final String LONE = "\ue000lone-surrogate\ue000";
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final int FAILURES_SHOWN = 40;

    private static final java.util.function.Function<String, String> JSON_TEXT = key -> TextNode.valueOf(key).toString();

    private static ApiDocuments api;
    private static Fixtures fixtures;
    private static StoredRows rows;
    private static HttpClient http;
    private static String strangerToken;

    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> entityTags = new LinkedHashMap<>();
    private Map<String, String> stored;
    private int sent;

    @BeforeAll
    static void prepare() {
        api = ApiDocuments.read(product);
        fixtures = Fixtures.create(product, api, false);
        rows = StoredRows.of(product);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Object> claims = new LinkedHashMap<>(Tokens.claimsOf(product.adminToken()));
        strangerToken = Tokens.sign(Tokens.strangerKey(), claims);
    }

    @AfterAll
    static void closeDatabases() {
        if (rows != null) {
            rows.close();
        }
    }

    @Test
    void shouldRefuseHostileWritesWithProblemsAndWriteNothing() {
        List<Operation> writes = api.operations().stream().filter(Operation::isWrite).toList();
        assertFalse(writes.isEmpty(), "the documents publish no write operation");
        long started = System.nanoTime();
        stored = rows.snapshot();
        assertComparisonSeesAWrite(writes);
        for (Operation operation : writes) {
            attack(operation);
        }
        System.out.printf("Hostile input: %d requests to %d write operations in %.1f s, %d failures%n", sent, writes.size(),
                (System.nanoTime() - started) / 1e9, failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + summary());
    }

    /** A valid creation changes what the comparison reads, or the comparison would prove nothing. */
    private void assertComparisonSeesAWrite(List<Operation> writes) {
        Operation creation = writes.stream().filter(o -> o.toString().equals("POST /api/reviews")).findFirst().orElseThrow();
        int status = given().auth().oauth2(product.adminToken()).contentType(JSON_TYPE)
                .body(fixtures.validBody(creation).toString()).when().post(product.gateway() + creation.path()).statusCode();
        Map<String, String> after = rows.snapshot();
        assertEquals(201, status, "a valid review should be created");
        List<String> changed = StoredRows.changes(stored, after);
        assertTrue(changed.stream().anyMatch(change -> change.startsWith("recommendations.review ")),
                "the comparison of the databases did not see a review created: " + changed);
        stored = after;
    }

    /** The failures grouped by what went wrong, each group with its count and its first request. */
    private String summary() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String failure : failures) {
            int cut = failure.indexOf(") ");
            String what = (cut < 0 ? failure : failure.substring(cut + 2)).replaceAll("\"instance\":\"[^\"]*\",?", "")
                    .replaceAll("\\d+", "#");
            groups.computeIfAbsent(what, key -> new ArrayList<>()).add(failure);
        }
        StringBuilder summary = new StringBuilder();
        groups.entrySet().stream().limit(FAILURES_SHOWN).forEach(group -> summary.append(group.getValue().size())
                .append(" like ").append(group.getValue().get(0)).append('\n'));
        return summary.toString();
    }

    private void attack(Operation operation) {
        List<Variant> variants = new ArrayList<>();
        String path = fixtures.path(operation.path());
        JsonNode body = fixtures.validBody(operation);
        byte[] valid = body == null ? null : bytes(body);
        String contentType = body == null ? null : JSON_TYPE;
        Matcher parameter = PARAMETER.matcher(operation.path());
        for (int index = 0; parameter.find(); index++) {
            for (String id : BAD_IDS) {
                variants.add(new Variant(parameter.group() + " = " + id, fixtures.path(operation.path(), index, id), contentType, valid));
            }
        }
        if (body == null) {
            variants.add(new Variant("an unexpected JSON body", path, JSON_TYPE, bytes(NODES.objectNode().put("unexpected", 1)),
                    true, false));
        } else {
            variants.addAll(structuralVariants(path, body, api.describe(operation).path("requestBody").path("required").asBoolean()));
            fieldVariants(operation, body, api.requestSchema(operation), "", body, path, variants);
        }
        Variant whole = new Variant("the valid request", path, contentType, valid, true, false);

        for (Credential credential : credentials(operation)) {
            // Without or with a stale If-Match matters only to a caller who may otherwise write.
            List<String> modes = !api.takesIfMatch(operation) ? List.of("n/a")
                    : credential.passes() ? List.of("current", "none", "stale") : List.of("current");
            for (String mode : modes) {
                boolean mayPass = credential.passes() && !mode.equals("none") && !mode.equals("stale");
                List<Variant> sending = new ArrayList<>(mayPass ? variants : variants.stream().filter(Variant::sample).toList());
                if (!mayPass) {
                    sending.add(whole);
                }
                List<Sent> batch = new ArrayList<>();
                for (Variant variant : sending) {
                    Sent request = new Sent(operation, variant, credential, mode);
                    Answer answer = send(request);
                    check(request, answer, mayPass);
                    if (mayPass) {
                        Map<String, String> after = rows.snapshot();
                        if (!answer.succeeded() && !StoredRows.changes(stored, after).isEmpty()) {
                            failures.add(request + " answered " + answer.status() + " but wrote "
                                    + StoredRows.changes(stored, after));
                        }
                        stored = after;
                    } else {
                        batch.add(request);
                    }
                }
                if (!batch.isEmpty()) {
                    checkNothingWritten(batch);
                }
            }
        }
        Sent overCap = new Sent(operation, new Variant("a body over 1 MiB", path, JSON_TYPE, overCap()), credentials(operation).get(0), "n/a");
        check(overCap, send(overCap), false);
        checkNothingWritten(List.of(overCap));
    }

    /** The refused requests of a batch wrote nothing; if something was written, they are sent again one by one to name the one. */
    private void checkNothingWritten(List<Sent> batch) {
        Map<String, String> after = rows.snapshot();
        List<String> changes = StoredRows.changes(stored, after);
        stored = after;
        if (changes.isEmpty()) {
            return;
        }
        for (Sent request : batch) {
            Map<String, String> before = rows.snapshot();
            Answer answer = send(request);
            Map<String, String> afterOne = rows.snapshot();
            if (!StoredRows.changes(before, afterOne).isEmpty()) {
                failures.add(request + " answered " + answer.status() + " but wrote " + StoredRows.changes(before, afterOne));
                stored = rows.snapshot();
                return;
            }
        }
        stored = rows.snapshot();
        failures.add("one of " + batch.size() + " refused requests, " + batch.get(0) + " and on, wrote " + changes);
    }

    private void check(Sent request, Answer answer, boolean mayPass) {
        int status = answer.status();
        if (status >= 500) {
            failures.add(request + " answered " + status + ": " + answer.text());
            return;
        }
        if (status < 300) {
            if (!mayPass) {
                failures.add(request + " was accepted (" + status + ") without the credential or version it needs");
            } else if (request.variant().invalid()) {
                failures.add(request + " was accepted (" + status + ") though the document does not allow it");
            }
            entityTags.clear();
            checkReadAsSent(request, answer);
            JsonNode key = answer.json().path("apiKey");
            if (key.isTextual() && request.operation().path().startsWith("/api/organizations/")) {
                fixtures.organizationKey = key.asText();
            }
            return;
        }
        if (mayPass && request.variant().names() != null) {
            String text = new String(answer.body(), StandardCharsets.UTF_8);
            if (status != 400 || !text.contains(request.variant().names())) {
                failures.add(request + " answered " + status + " without naming '" + request.variant().names() + "' in a 400: "
                        + answer.text());
            }
        }
        if (mayPass && !request.variant().invalid() && status == 400 && answer.text().contains("0001 to 9999")) {
            failures.add(request + " refused a day inside the calendar: " + answer.text());
        }
        if (request.variant().label().equals("a body over 1 MiB") && status != 413) {
            failures.add(request + " answered " + status + ", not 413");
        }
        checkProblem(request, answer, failures);
    }

    /** A day at the calendar's edge that was accepted comes back as it was sent, not shifted by a year. */
    private void checkReadAsSent(Sent request, Answer answer) {
        String label = request.variant().label();
        java.util.regex.Matcher edge = Pattern.compile("^'([^']+)' as '([0-9]{4}-[0-9]{2}-[0-9]{2})[^']*'$").matcher(label);
        // A 200 may answer with what was there before (an endorsement made already): only a creation is compared.
        if (request.variant().invalid() || !edge.matches() || answer.status() != 201) {
            return;
        }
        JsonNode node = answer.json();
        for (String step : edge.group(1).split("\\.")) {
            node = step.endsWith("[0]") ? node.path(step.substring(0, step.length() - 3)).path(0) : node.path(step);
        }
        if (node.isTextual() && !node.asText().startsWith(edge.group(2))) {
            failures.add(request + " was stored as " + node.asText());
        }
    }

    static void checkProblem(Object request, Answer answer, List<String> failures) {
        if (answer.status() < 400) {
            return;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            failures.add(request + " answered " + answer.status() + " as " + answer.contentType() + ": " + answer.text());
            return;
        }
        JsonNode problem = answer.json();
        if (problem.path("status").asInt() != answer.status() || problem.path("detail").asText("").isBlank()) {
            failures.add(request + " answered " + answer.status() + " with a problem lacking its status or a detail: " + answer.text());
        }
    }

    private List<Credential> credentials(Operation operation) {
        List<String> security = api.security(operation);
        boolean editor = security.contains("editorToken");
        boolean organization = security.contains("organizationKey");
        List<Credential> credentials = new ArrayList<>();
        credentials.add(new Credential("no credentials", Map.of(), security.isEmpty()));
        credentials.add(new Credential("a token signed by an unknown key", Map.of("Authorization", "Bearer " + strangerToken), false));
        if (organization) {
            credentials.add(new Credential("a key nobody was issued", Map.of("X-API-Key", "1.not-a-key"), false));
        }
        credentials.add(new Credential("an editor's token", Map.of("Authorization", "Bearer " + product.adminToken()),
                editor || security.isEmpty()));
        if (organization) {
            credentials.add(new Credential("the organization's key", null, true));
        }
        return credentials;
    }

    private List<Variant> structuralVariants(String path, JsonNode body, boolean required) {
        String text = body.toString();
        ObjectNode unknown = body.deepCopy();
        unknown.put("unexpectedField", "value");
        List<Variant> variants = new ArrayList<>(List.of(
                new Variant("malformed JSON", path, JSON_TYPE, utf8("{\"broken\": ")),
                new Variant("a truncated body", path, JSON_TYPE, utf8(text.substring(0, text.length() - 1))),
                new Variant("an empty body", path, JSON_TYPE, new byte[0], true, required),
                new Variant("no body and no content type", path, null, null, true, required),
                new Variant("JSON null", path, JSON_TYPE, utf8("null"), true, required),
                new Variant("an array for the body", path, JSON_TYPE, utf8("[" + text + "]")),
                new Variant("a string for the body", path, JSON_TYPE, utf8("\"text\"")),
                new Variant("a number for the body", path, JSON_TYPE, utf8("42")),
                new Variant("an unknown field", path, JSON_TYPE, bytes(unknown)),
                new Variant("the body as text/plain", path, "text/plain", utf8(text)),
                new Variant("an XML body", path, "application/xml", utf8("<statement><title>x</title></statement>")),
                new Variant("a form body", path, "application/x-www-form-urlencoded", utf8("title=x&kind=SUMMIT")),
                new Variant("JSON nested 5000 deep", path, JSON_TYPE, utf8("{\"a\":".repeat(5000) + "1" + "}".repeat(5000))),
                new Variant("bytes that are not UTF-8", path, JSON_TYPE, new byte[] { '{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}' }),
                new Variant("text after the body", path, JSON_TYPE, utf8(text + " xyz")),
                new Variant("a second JSON value after the body", path, JSON_TYPE, utf8(text + " {}")),
                new Variant("a closing bracket after the body", path, JSON_TYPE, utf8(text + "]"))));
        if (body.isObject() && body.size() > 0) {
            for (Map.Entry<String, JsonNode> field : body.properties()) {
                // The key given twice, first with its valid value: a lenient reader keeps the last and stores it.
                variants.add(new Variant("'" + field.getKey() + "' given twice", path, JSON_TYPE,
                        utf8("{" + JSON_TEXT.apply(field.getKey()) + ":" + field.getValue() + "," + text.substring(1))));
            }
        }
        return variants;
    }

    /** For each field of the body, at any depth, the body with that one field made wrong in each way it can be. */
    private void fieldVariants(Operation operation, JsonNode root, JsonNode schema, String prefix, JsonNode value, String path,
            List<Variant> variants) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String field = prefix + property.getKey();
            JsonNode fieldSchema = api.document(operation).resolve(property.getValue());
            boolean first = true;
            boolean required = false;
            for (JsonNode name : schema.path("required")) {
                required |= name.asText().equals(property.getKey());
            }
            for (Map.Entry<String, JsonNode> wrong : wrongValues(fieldSchema, value.get(property.getKey())).entrySet()) {
                // Bad text, and a date or quarter outside the calendar, is refused with a 400 that names the field.
                String names = BAD_TEXT.containsKey(wrong.getKey().replaceFirst("^with ", "")) || wrong.getKey().startsWith("as '")
                        || wrong.getKey().startsWith("as the quarter") ? property.getKey() : null;
                variants.add(new Variant("'" + field + "' " + wrong.getKey(), path, JSON_TYPE,
                        bytes(replaced(root, field, wrong.getValue())), first, invalid(fieldSchema, wrong.getValue(), required), names));
                first = false;
            }
            if (isName(property.getKey()) && fieldSchema.path("type").asText().equals("string")) {
                BAD_NAMES.forEach((what, name) -> variants.add(new Variant("'" + field + "' with " + what, path, JSON_TYPE,
                        bytes(replaced(root, field, TextNode.valueOf(name))), false, true, property.getKey())));
            }
            String format = fieldSchema.path("format").asText();
            if (format.equals("date") || format.equals("date-time")) {
                String time = format.equals("date") ? "" : "T00:00:00Z";
                EDGE_DAYS.forEach(day -> variants.add(new Variant("'" + field + "' as '" + day + time + "'", path, JSON_TYPE,
                        bytes(replaced(root, field, TextNode.valueOf(day + time))), false, false, null)));
            }
            JsonNode current = value.path(property.getKey());
            if (current.isObject()) {
                fieldVariants(operation, root, fieldSchema, field + ".", current, path, variants);
            } else if (current.isArray() && current.size() > 0 && current.get(0).isObject()) {
                fieldVariants(operation, root, api.document(operation).resolve(fieldSchema.path("items")), field + "[0].",
                        current.get(0), path, variants);
            }
        }
    }

    /** A name of a person or an organization, by the field's name in the document: name, shortName, authorName. */
    static boolean isName(String field) {
        return field.equals("name") || field.endsWith("Name");
    }

    /** Whether the schema refuses the value: null where it is required, a string or array over its limit, anything else. */
    private static boolean invalid(JsonNode schema, JsonNode value, boolean required) {
        if (value.isNull()) {
            return required;
        }
        if (value.isTextual() && value.asText().equals(HUGE_STRING)) {
            return schema.path("maxLength").asInt(Integer.MAX_VALUE) < HUGE_STRING.length();
        }
        if (value.isArray() && value.size() == HUGE_ARRAY) {
            return schema.path("maxItems").asInt(Integer.MAX_VALUE) < HUGE_ARRAY;
        }
        return true;
    }

    private static Map<String, JsonNode> wrongValues(JsonNode schema, JsonNode example) {
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (!type.equals("string")) {
            values.put("as a string", TextNode.valueOf("text"));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            values.put("as a number", NODES.numberNode(12345));
        }
        if (!type.equals("boolean")) {
            values.put("as a boolean", BooleanNode.TRUE);
        }
        if (!type.equals("object")) {
            values.put("as an object", NODES.objectNode().put("a", 1));
        }
        if (!type.equals("array")) {
            values.put("as an array", NODES.arrayNode().add("a"));
        }
        values.put("as null", NullNode.getInstance());
        if (schema.has("enum")) {
            values.put("as a value not in its enumeration", TextNode.valueOf(schema.path("enum").get(0).asText().toLowerCase() + "_x"));
        }
        String format = schema.path("format").asText();
        if (format.equals("date") || format.equals("date-time")) {
            BAD_DATES.forEach(date -> values.put("as the date '" + date + "'", TextNode.valueOf(date)));
            String time = format.equals("date") ? "" : "T00:00:00Z";
            OUTSIDE_DAYS.forEach(day -> values.put("as '" + day + time + "'", TextNode.valueOf(day + time)));
            values.put("as a blank string", TextNode.valueOf(""));
            values.put("as []", NODES.arrayNode());
            values.put("as [2024,5,9]", NODES.arrayNode().add(2024).add(5).add(9));
        } else if (type.equals("string")) {
            values.put("200 KB long", TextNode.valueOf(HUGE_STRING));
            if (!schema.has("enum")) {
                BAD_TEXT.forEach((what, text) -> values.put("with " + what, TextNode.valueOf(text)));
            }
            if (schema.path("pattern").asText().contains("-Q")) {
                OUTSIDE_QUARTERS.forEach(quarter -> values.put("as the quarter '" + quarter + "'", TextNode.valueOf(quarter)));
            }
        }
        if (type.equals("integer") || type.equals("number") || type.equals("boolean")) {
            values.put("as an empty string", TextNode.valueOf(""));
            values.put("as a blank string", TextNode.valueOf("  "));
        }
        if (type.equals("integer")) {
            values.put("beyond 64 bits", NODES.numberNode(new java.math.BigInteger("9".repeat(30))));
            values.put("with a fraction", NODES.numberNode(1.5));
        }
        if (type.equals("array")) {
            ArrayNode huge = NODES.arrayNode();
            JsonNode item = example != null && example.size() > 0 ? example.get(0) : TextNode.valueOf("x");
            for (int i = 0; i < HUGE_ARRAY; i++) {
                huge.add(item);
            }
            values.put("with " + HUGE_ARRAY + " items", huge);
        }
        return values;
    }

    /** A copy of the body with the field at {@code dotted} (a.b[0].c) set to {@code value}. */
    private static JsonNode replaced(JsonNode body, String dotted, JsonNode value) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy;
        String[] steps = dotted.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        ((ObjectNode) parent).set(steps[steps.length - 1], value);
        return copy;
    }

    private static JsonNode step(JsonNode node, String step) {
        if (step.endsWith("[0]")) {
            return node.get(step.substring(0, step.length() - 3)).get(0);
        }
        return node.get(step);
    }

    private Answer send(Sent request) {
        sent++;
        Operation operation = request.operation();
        boolean overCap = request.variant().label().equals("a body over 1 MiB");
        // The gateway lets one address post only a few registrations and comments a minute; the rest of these go
        // to the service itself, so each is judged on its input rather than refused by the limit. The body over
        // the cap goes through the gateway, which refuses it before counting it against the limit.
        String base = overCap ? product.gateway() : fixtures.base(operation);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.variant().path()))
                .timeout(Duration.ofSeconds(30));
        byte[] body = request.variant().body();
        builder.method(operation.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (request.variant().contentType() != null) {
            builder.header("Content-Type", request.variant().contentType());
        }
        Map<String, String> headers = request.credential().headers() == null ? Map.of("X-API-Key", fixtures.organizationKey)
                : request.credential().headers();
        headers.forEach(builder::header);
        switch (request.ifMatch()) {
            case "current" -> builder.header("If-Match", entityTag(operation));
            case "stale" -> builder.header("If-Match", "\"999999\"");
            default -> { }
        }
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            failures.add(request + " got no answer: " + e);
            return new Answer(0, "", new byte[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String entityTag(Operation operation) {
        return entityTags.computeIfAbsent(operation.path(), template -> {
            String tag = fixtures.entityTag(fixtures.path(template));
            if (tag == null) {
                throw new IllegalStateException("no GET at or above " + template + " sends the ETag its If-Match needs");
            }
            return tag;
        });
    }

    private static byte[] overCap() {
        byte[] body = new byte[OVER_CAP];
        java.util.Arrays.fill(body, (byte) 'a');
        body[0] = '"';
        body[body.length - 1] = '"';
        return body;
    }

    static byte[] bytes(JsonNode json) {
        try {
            return JSON.writeValueAsString(json).replace(LONE, "\\ud800").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One way of getting a request wrong: its label, the path it goes to, its content type and body. Requests
     * refused whatever their body (no credentials, no If-Match) are sent a sample of the variants: every kind
     * of broken body and path, and one wrong value for each field.
     */
    record Variant(String label, String path, String contentType, byte[] body, boolean sample, boolean invalid, String names) {

        Variant(String label, String path, String contentType, byte[] body, boolean sample, boolean invalid) {
            this(label, path, contentType, body, sample, invalid, null);
        }

        /** A variant that no service may accept. */
        Variant(String label, String path, String contentType, byte[] body) {
            this(label, path, contentType, body, true, true);
        }
    }

    /** Who a request claims to be; headers null for the organization's key, which a rotation may replace. */
    record Credential(String label, Map<String, String> headers, boolean passes) {
    }

    record Sent(Operation operation, Variant variant, Credential credential, String ifMatch) {

        @Override
        public String toString() {
            return operation + " (" + variant.label() + ", " + credential.label()
                    + (ifMatch.equals("n/a") ? "" : ", If-Match " + ifMatch) + ")";
        }
    }

    record Answer(int status, String contentType, byte[] body) {

        boolean succeeded() {
            return status >= 200 && status < 300;
        }

        String text() {
            String text = new String(body, StandardCharsets.UTF_8);
            return text.length() > 300 ? text.substring(0, 300) + "..." : text;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return NODES.missingNode();
            }
        }
    }
}
