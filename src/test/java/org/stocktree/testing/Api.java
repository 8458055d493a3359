package org.stocktree.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests against the test server, anonymous or as a given user. */
public final class Api {

    private Api() {
    }

    public static StocktreeServer server() {
        return StocktreeServer.shared();
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().baseUri(server().baseUrl()).urlEncodingEnabled(true);
    }

    public static RequestSpecification as(String username, String password) {
        return anonymous().auth().preemptive().basic(username, password);
    }

    public static RequestSpecification asAdmin() {
        return as(StocktreeServer.ADMIN_USER, StocktreeServer.ADMIN_PASSWORD);
    }
}
