package org.multistakeholder.e2e;

import org.junit.jupiter.api.BeforeAll;

import io.restassured.RestAssured;

/**
 * An end-to-end test: it runs against the whole product, started once for the test run ({@link Product#get()}), and
 * sends its requests through the product's gateway as a client would.
 */
abstract class ThroughTheGateway {

    protected static Product product;

    @BeforeAll
    static void startProduct() {
        product = Product.get();
        RestAssured.baseURI = product.gateway();
    }
}
