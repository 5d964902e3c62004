package org.multistakeholder.statements.statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.multistakeholder.platform.testing.SignedTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = SignedTokens.class, restrictToAnnotatedClass = false)
class StatementResourceTests {

    private static final String SUMMIT = """
            {"kind": "SUMMIT", "title": "2024 Contracted Parties Summit Statement",
             "issuingBody": "ICANN Contracted Parties", "issuedOn": "2024-05-09"}""";

    @Test
    void shouldCreateStatementAndAnswerLocation() {
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(SUMMIT)
                .when().post("/api/statements")
                .then().statusCode(201)
                .header("Location", containsString("/api/statements/"))
                .body("status", equalTo("DRAFT"))
                .body("id", notNullValue());
    }

    @Test
    void shouldReadStatementWithEntityTagAndAnswer404ForUnknownId() {
        String location = given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(SUMMIT)
                .post("/api/statements").then().statusCode(201).extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("2024 Contracted Parties Summit Statement"));
        given().when().get("/api/statements/987654321")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("987654321"));
    }

    @Test
    void shouldListStatementsInPageEnvelope() {
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body(SUMMIT)
                .post("/api/statements").then().statusCode(201);

        given().queryParam("size", 5).queryParam("sort", "title")
                .when().get("/api/statements")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(5))
                .body("total", greaterThanOrEqualTo(1))
                .body("items.title", hasItem("2024 Contracted Parties Summit Statement"));
    }

    @Test
    void shouldRefuseBadPagingWithProblem() {
        given().queryParam("size", "abc").when().get("/api/statements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'size'"))
                .body("violations[0].field", equalTo("size"));
        given().queryParam("size", 101).when().get("/api/statements")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("sort", "-colour").when().get("/api/statements")
                .then().statusCode(400).body("detail", containsString("not sortable"));
    }

    @Test
    void shouldRefuseAnonymousAndNonEditorWrites() {
        given().contentType(ContentType.JSON).body(SUMMIT)
                .when().post("/api/statements")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.withoutRoles()).contentType(ContentType.JSON).body(SUMMIT)
                .when().post("/api/statements")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseMalformedJsonUnknownFieldsAndMissingFields() {
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON).body("{\"kind\": \"SUMMIT\",")
                .when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"SUMMIT\", \"title\": \"t\", \"issuingBody\": \"b\", \"colour\": \"red\"}")
                .when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("colour"));
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"SONNET\", \"title\": \"t\", \"issuingBody\": \"b\"}")
                .when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"SUMMIT\", \"issuingBody\": \"b\", \"issuedOn\": \"2024-13-45\"}")
                .when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SignedTokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"SUMMIT\", \"issuingBody\": \"b\"}")
                .when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(endsWith("title")));
    }
}
