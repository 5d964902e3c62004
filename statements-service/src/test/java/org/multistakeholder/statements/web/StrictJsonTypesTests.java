package org.multistakeholder.statements.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A value of the wrong JSON type is refused, not converted into something the client did not send. */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class StrictJsonTypesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"title\": 12                                 | title                | a string",
            "\"title\": true                               | title                | a string",
            "\"kind\": 1                                   | kind                 | one of SUMMIT, COALITION, DRAFT_FOR_COMMENT",
            "\"issuedOn\": 12345                           | issuedOn             | a date as YYYY-MM-DD",
            "\"event\": {\"sessionCount\": 1.5}            | event.sessionCount   | a whole number",
            "\"event\": {\"sessionCount\": \"28\"}         | event.sessionCount   | a whole number",
            "\"commentPeriod\": {\"opensAt\": 1700000000, \"closesAt\": \"2030-01-01T00:00:00Z\"} | commentPeriod.opensAt | an ISO-8601 instant such as 2024-06-11T09:30:00Z",
            "\"commentPeriod\": {\"opensAt\": \"1700000000\", \"closesAt\": \"2030-01-01T00:00:00Z\"} | commentPeriod.opensAt | an ISO-8601 instant such as 2024-06-11T09:30:00Z" })
    void shouldRefuseAValueOfTheWrongType(String field, String name, String expected) {
        // The wrong value replaces the valid one: a key given twice is refused on its own.
        String key = field.substring(1, field.indexOf('"', 1));
        StringBuilder body = new StringBuilder("{");
        java.util.Map.of("kind", "\"SUMMIT\"", "title", "\"Typed\"", "issuingBody", "\"Tests\"").forEach((other, value) -> {
            if (!other.equals(key)) {
                body.append('"').append(other).append("\": ").append(value).append(", ");
            }
        });
        body.append(field).append('}');
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo(name))
                .body("detail", startsWith("'" + name + "' must be " + expected));
    }
}
