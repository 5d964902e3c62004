package org.multistakeholder.statements.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Refusals raised outside the resources (security, validation, routing) are complete problem documents too. */
@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class ProblemDocumentTests {

    private static final String BODY = "{\"kind\":\"SUMMIT\",\"title\":\"Problem check\",\"issuingBody\":\"Tests\"}";

    @Test
    void shouldSayWhyWithoutCredentials() {
        given().contentType(ContentType.JSON).body(BODY).when().post("/api/statements")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://platform.local/problems/unauthorized")).body("title", equalTo("Unauthorized")).body("status", equalTo(401)).body("detail", not(emptyOrNullString()));
    }

    @Test
    void shouldSayWhyToATokenWithoutTheAdminGroup() {
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON).body(BODY).when().post("/api/statements")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://platform.local/problems/forbidden")).body("title", equalTo("Forbidden")).body("detail", not(emptyOrNullString()));
    }

    @Test
    void shouldNameTheMissingBody() {
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://platform.local/problems/bad-request")).body("title", equalTo("Bad Request")).body("detail", equalTo("The request body must not be null"));
    }

    @Test
    void shouldKeepTheDetailOfTheServicesOwnProblems() {
        String location = given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(BODY)
                .when().post("/api/statements").then().statusCode(201).extract().header("Location");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(BODY).when().put(location)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://platform.local/problems/precondition-required")).body("title", equalTo("Precondition Required"))
                .body("detail", equalTo("This update requires an If-Match header carrying the ETag of the version you read"));
    }
}
