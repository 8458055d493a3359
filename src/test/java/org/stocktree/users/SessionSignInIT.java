package org.stocktree.users;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.StocktreeServer;

/** The web interface's sign-in: a session cookie, with the CSRF header on every change. */
@Tag("h2")
class SessionSignInIT {

    @Test
    void aBrowserSignsInUsesTheSessionAndSignsOut() {
        CookieFilter browser = new CookieFilter();
        String csrf = Api.anonymous().filter(browser).get("/api/auth/v1/config").then()
                .statusCode(200)
                .body("data.account.authentication_method", equalTo("username"))
                .cookie("csrftoken", notNullValue())
                .extract().cookie("csrftoken");
        Map<String, String> credentials = Map.of("username", StocktreeServer.ADMIN_USER,
                "password", StocktreeServer.ADMIN_PASSWORD);

        Api.anonymous().filter(browser).contentType(ContentType.JSON).body(credentials)
                .post("/api/auth/v1/auth/login").then()
                .statusCode(403);
        Api.anonymous().filter(browser).header("X-CSRFToken", csrf).contentType(ContentType.JSON)
                .body(Map.of("username", StocktreeServer.ADMIN_USER, "password", "wrong"))
                .post("/api/auth/v1/auth/login").then()
                .statusCode(400)
                .body("errors[0].code", equalTo("username_password_mismatch"));
        Api.anonymous().filter(browser).header("X-CSRFToken", csrf).contentType(ContentType.JSON).body(credentials)
                .post("/api/auth/v1/auth/login").then()
                .statusCode(200)
                .body("meta.is_authenticated", equalTo(true))
                .body("data.user.username", equalTo(StocktreeServer.ADMIN_USER));

        Api.anonymous().filter(browser).get("/api/user/me/").then()
                .statusCode(200).body("username", equalTo(StocktreeServer.ADMIN_USER));
        Api.anonymous().filter(browser).get("/api/auth/v1/auth/session").then()
                .statusCode(200).body("meta.is_authenticated", equalTo(true));

        Api.anonymous().filter(browser).contentType(ContentType.JSON).body(Map.of("name", "from-a-forged-form"))
                .post("/api/user/tokens/").then()
                .statusCode(403)
                .body("detail", equalTo("CSRF Failed: CSRF token missing or incorrect."));
        Api.anonymous().filter(browser).header("X-CSRFToken", csrf).contentType(ContentType.JSON)
                .body(Map.of("name", "from-the-page")).post("/api/user/tokens/").then()
                .statusCode(201);

        Api.anonymous().filter(browser).header("X-CSRFToken", csrf).delete("/api/auth/v1/auth/session").then()
                .statusCode(401)
                .body("meta.is_authenticated", equalTo(false));
        Api.anonymous().filter(browser).get("/api/user/me/").then().statusCode(401);
        Api.anonymous().filter(browser).get("/api/auth/v1/auth/session").then()
                .statusCode(401).body("data.flows[0].id", equalTo("login"));
    }
}
