package org.multistakeholder.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.http.ContentType;

/** The frame of the product, checked from outside through the gateway. */
class GatewayIT extends ThroughTheGateway {

    @ParameterizedTest
    @ValueSource(strings = { "/api/statements", "/api/organizations", "/api/reviews" })
    void shouldAnswerEachListInPageEnvelope(String path) {
        given().queryParam("size", 5)
                .when().get(path)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("page", equalTo(0))
                .body("size", equalTo(5))
                .body("total", greaterThanOrEqualTo(0))
                .body("items", notNullValue());
    }

    @Test
    void shouldAnswerProblemDocumentsForUnknownPathsAndIds() {
        given().when().get("/nowhere")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404))
                .body("type", equalTo("https://platform.local/problems/not-found"));
        given().when().get("/api/statements/987654321")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("987654321"));
    }

    @Test
    void shouldRefuseMalformedJsonWithProblem() {
        given().auth().oauth2(product.adminToken()).contentType(ContentType.JSON).body("{\"kind\": ")
                .when().post("/api/statements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void shouldRefuseOversizedBodyAtTheGateway() {
        given().contentType(ContentType.JSON).body("\"" + "a".repeat(1_100_000) + "\"")
                .when().post("/api/statements")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://platform.local/problems/payload-too-large"));
    }

    @Test
    void shouldNameTheGatewayInLocationHeaders() {
        given().auth().oauth2(product.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("kind", "SUMMIT", "title", "Gateway check", "issuingBody", "End-to-end tests"))
                .when().post("/api/statements")
                .then().statusCode(201)
                .header("Location", startsWith(product.gateway() + "/api/statements/"));
    }

    @Test
    void shouldServeSwaggerUiListingTheThreeApis() {
        given().redirects().follow(false).when().get("/").then().statusCode(302).header("Location", containsString("/swagger-ui/"));
        given().when().get("/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
        List<String> urls = given().when().get("/swagger-ui/swagger-config.json")
                .then().statusCode(200).extract().jsonPath().getList("urls.url");
        assertEquals(List.of("/openapi/statements", "/openapi/signatories", "/openapi/recommendations"), urls);
        Map<String, String> titles = Map.of("/openapi/statements", "Statements API",
                "/openapi/signatories", "Signatories API", "/openapi/recommendations", "Recommendations API");
        for (String url : urls) {
            given().accept(ContentType.JSON).when().get(url)
                    .then().statusCode(200).body("info.title", equalTo(titles.get(url)))
                    .body("openapi", startsWith("3."));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "statements", "signatories", "recommendations" })
    void shouldReportReadiness(String service) {
        given().when().get("/health/" + service)
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"));
    }

    @Test
    void shouldAnswer503ProblemWhileAServiceIsDown() {
        product.stop("recommendations");
        try {
            given().when().get("/api/reviews")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("status", equalTo(503))
                    .body("type", equalTo("https://platform.local/problems/service-unavailable"));
            given().when().get("/api/statements").then().statusCode(200);
        } finally {
            product.start();
        }
        given().when().get("/api/reviews").then().statusCode(200);
    }
}
