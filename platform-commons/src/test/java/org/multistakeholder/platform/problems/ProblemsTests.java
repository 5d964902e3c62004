package org.multistakeholder.platform.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;

/** The problem documents the services raise, completed and made readable as every answer gets them. */
class ProblemsTests {

    @Test
    void shouldNameTheRefusedFieldInItsViolations() {
        HttpProblem problem = Problems.invalidField("size", "'size' must be from 1 to 100, not 0");
        assertEquals(400, problem.getStatusCode());
        assertEquals("Bad Request", problem.getTitle());
        assertEquals(List.of(Map.of("field", "size", "message", "'size' must be from 1 to 100, not 0")),
                problem.getParameters().get("violations"));
    }

    @Test
    void shouldTellAStaleWriterTheCurrentVersion() {
        HttpProblem stale = Problems.preconditionFailed("\"4\"");
        assertEquals(412, stale.getStatusCode());
        assertEquals("\"4\"", stale.getHeaders().get("ETag"));
        assertNull(Problems.preconditionFailed().getHeaders().get("ETag"));
        assertEquals(428, Problems.preconditionRequired().getStatusCode());
        assertEquals("Precondition Required", Problems.preconditionRequired().getTitle());
    }

    @Test
    void shouldAskForARetryWhenAPeerIsDown() {
        HttpProblem problem = Problems.serviceUnavailable("statements-service does not answer");
        assertEquals(503, problem.getStatusCode());
        assertEquals(5, problem.getHeaders().get("Retry-After"));
    }

    @Test
    void shouldSayWhatIsMissingOfANotFoundRecord() {
        assertEquals("Statement 7 does not exist", Problems.notFound("Statement", 7).getDetail());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "401 | This needs a valid credential, and the request carries none or one that does not verify",
            "403 | The credential is valid but does not allow this",
            "404 | Nothing is published at this path",
            "405 | This path does not take this method",
            "406 | This path cannot answer in the media type the Accept header asks for",
            "415 | The request body must be application/json",
            "409 | Conflict",
            // The end-to-end suite cannot cause a 500 on purpose: the type it would answer with is checked here.
            "500 | Internal Server Error" })
    void shouldCompleteAProblemRaisedWithATitleAlone(int status, String detail) {
        HttpProblem bare = HttpProblem.builder().withStatus(status)
                .withTitle(jakarta.ws.rs.core.Response.Status.fromStatusCode(status).getReasonPhrase()).build();
        HttpProblem completed = new CompleteProblems().apply(bare, ProblemContext.of(null, "/"));
        assertEquals(ProblemType.of(status).orElseThrow().uri(), completed.getType());
        assertEquals(ProblemType.of(status).orElseThrow().title(), completed.getTitle());
        assertEquals(detail, completed.getDetail());
        assertEquals(status, completed.getStatusCode());
    }

    @Test
    void shouldJoinTheViolationsIntoTheDetail() {
        HttpProblem problem = HttpProblem.builder().withStatus(400).withTitle("Bad Request")
                .with("violations", List.of(Map.of("field", "title", "in", "body", "message", "must not be blank"),
                        Map.of("field", "", "in", "body", "message", "must be an object")))
                .build();
        assertEquals("'title' must not be blank; The request body must be an object",
                new CompleteProblems().apply(problem, ProblemContext.of(null, "/")).getDetail());
    }

    @Test
    void shouldLeaveAloneAProblemWithTypeAndDetail() {
        HttpProblem typed = HttpProblem.builder().withType(URI.create("https://example.org/p")).withStatus(409)
                .withDetail("already there").build();
        assertSame(typed, new CompleteProblems().apply(typed, ProblemContext.of(null, "/")));
    }

    record Event(int sessionCount) {
    }

    record Draft(String title, java.time.LocalDate issuedOn, List<Event> events) {
    }

    @Test
    void shouldSayInTheApisWordsWhatABodyGotWrong() {
        ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertEquals(Map.of("'issuedOn' must be a date as YYYY-MM-DD, years 0001 to 9999, four digits, no sign; got 'June'", "issuedOn"),
                readable(mapper, "{\"issuedOn\": \"June\"}"));
        assertEquals(Map.of("'events[0].sessionCount' must be a whole number", "events[0].sessionCount"),
                readable(mapper, "{\"events\": [{\"sessionCount\": {}}]}"));
        assertEquals(Map.of("The request body must be a JSON object", ""), readable(mapper, "[]"));
        String notJson = readable(mapper, "{\"title\": ").keySet().iterator().next();
        assertEquals(true, notJson.startsWith("The request body is not valid JSON (line 1, column "), notJson);
    }

    @Test
    void shouldReplaceTheBareDetailOfAnUnreadableBody() throws Exception {
        ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
        MismatchedInputException cause = org.junit.jupiter.api.Assertions.assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("{\"title\": []}", Draft.class));
        HttpProblem bare = HttpProblem.builder().withStatus(400).withTitle("Bad Request").withDetail("HTTP 400 Bad Request").build();
        HttpProblem readable = new UnreadableBodyProblems().apply(bare, ProblemContext.of(new RuntimeException(cause), "/"));
        assertEquals("'title' must be a string", readable.getDetail());
        assertEquals("title", readable.getParameters().get("field"));
        HttpProblem other = HttpProblem.builder().withStatus(409).withDetail("x").build();
        assertSame(other, new UnreadableBodyProblems().apply(other, ProblemContext.of(cause, "/")));
    }

    /** The detail of the problem a body gives, and the field it names ("" for none). */
    private static Map<String, String> readable(ObjectMapper mapper, String body) {
        try {
            mapper.readValue(body, Draft.class);
            throw new AssertionError("read " + body);
        } catch (JsonProcessingException e) {
            HttpProblem problem = UnreadableBody.problem(e);
            return Map.of(problem.getDetail(), String.valueOf(problem.getParameters().getOrDefault("field", "")));
        }
    }
}
