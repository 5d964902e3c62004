package org.multistakeholder.signatories.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class OrganizationResourceTests {

    @Test
    void shouldListInPageEnvelope() {
        given().queryParam("page", 0).queryParam("size", 10)
                .when().get("/api/organizations")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(10))
                .body("total", notNullValue())
                .body("items", notNullValue());
    }

    @Test
    void shouldRefuseBadPagingWithProblem() {
        given().queryParam("page", -1).when().get("/api/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("page"));
        given().queryParam("sort", "colour").when().get("/api/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not sortable"));
    }
}
