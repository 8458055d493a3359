package org.stocktree.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;
import org.stocktree.testing.StocktreeServer;

/** The InvenTree client's sign-in: Basic credentials buy a token, the token signs every later request. */
class TokenAuthenticationIT {

    @Test
    @Tag("h2")
    void basicCredentialsBuyATokenThatSignsInLaterRequests() {
        String body = Api.asAdmin().get("/api/user/me/token/?name=integration").then()
                .statusCode(200)
                .header("Content-Type", equalTo("application/json"))
                .body("name", equalTo("integration"))
                .body("token", startsWith("inv-"))
                .body("expiry", equalTo(LocalDate.now().plusDays(365).toString()))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/user/me/token/", 200, body);
        String token = JsonPath.from(body).getString("token");

        String me = Api.anonymous().header("Authorization", "Token " + token).get("/api/user/me/").then()
                .statusCode(200)
                .body("username", equalTo(StocktreeServer.ADMIN_USER))
                .body("is_superuser", equalTo(true))
                .body("roles.part", equalTo(java.util.List.of("view", "add", "change", "delete")))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/user/me/", 200, me);
        ApiContract.assertResponse("get", "/api/user/me/roles/", 200,
                Api.anonymous().header("Authorization", "Token " + token).get("/api/user/me/roles/").asString());
        Api.anonymous().header("Authorization", "Token " + token).get("/api/background-task/").then().statusCode(200);
    }

    @Test
    @Tag("h2")
    void askingAgainReturnsTheSameTokenAndTheOlderPathAnswersToo() {
        String first = Api.asAdmin().get("/api/user/me/token/?name=repeat").then().extract().path("token");
        String again = Api.asAdmin().get("/api/user/token/?name=repeat").then().statusCode(200).extract().path("token");
        String other = Api.asAdmin().get("/api/user/me/token/?name=another").then().extract().path("token");
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    @Tag("h2")
    void unknownTokensAndAnonymousCallersAreRefused() {
        Api.anonymous().header("Authorization", "Token inv-0123456789012345678901234567890123456789")
                .get("/api/user/me/").then()
                .statusCode(401)
                .body("detail", equalTo("Invalid token."));
        Api.anonymous().get("/api/user/me/").then().statusCode(401);
        Api.anonymous().get("/api/user/me/token/").then().statusCode(401);
    }

    @Test
    @Tag("h2")
    void tokensAreListedCreatedAndRevokedByTheirOwner() {
        String name = "ci-" + java.util.UUID.randomUUID();
        io.restassured.response.Response created = Api.asAdmin().contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("name", name)).post("/api/user/tokens/");
        created.then().statusCode(201).body("name", equalTo(name)).body("active", equalTo(true));
        ApiContract.assertResponse("post", "/api/user/tokens/", 201, created.asString());
        String key = created.path("token");
        int id = created.path("id");

        String listed = Api.anonymous().header("Authorization", "Token " + key).get("/api/user/tokens/?search=" + name)
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].in_use", equalTo(true))
                .body("[0].token", startsWith(key.substring(0, 8) + "***"))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/user/tokens/", 200, listed);
        ApiContract.assertResponse("get", "/api/user/tokens/{id}/", 200,
                Api.asAdmin().get("/api/user/tokens/" + id + "/").asString());

        String other = "outsider-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        int otherId = Api.asAdmin().contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("username", other)).post("/api/user/").then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("password", "outsider-pass"))
                .put("/api/user/" + otherId + "/set-password/").then().statusCode(200);
        Api.as(other, "outsider-pass").get("/api/user/tokens/").then().statusCode(200).body("size()", equalTo(0));
        Api.as(other, "outsider-pass").get("/api/user/tokens/" + id + "/").then().statusCode(404);
        Api.as(other, "outsider-pass").delete("/api/user/tokens/" + id + "/").then().statusCode(404);

        Api.asAdmin().delete("/api/user/tokens/" + id + "/").then().statusCode(204);
        Api.anonymous().header("Authorization", "Token " + key).get("/api/user/me/").then().statusCode(401);
        Api.asAdmin().get("/api/user/tokens/" + id + "/").then().statusCode(200)
                .body("revoked", equalTo(true)).body("active", equalTo(false));
        Api.asAdmin().contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("name", " "))
                .post("/api/user/tokens/").then().statusCode(400).body("name[0]", equalTo("This field may not be blank."));
    }

    @Test
    void revokedAndExpiredTokensNoLongerSignIn() throws SQLException {
        String revoked = Api.asAdmin().get("/api/user/me/token/?name=to-revoke").then().extract().path("token");
        String expired = Api.asAdmin().get("/api/user/me/token/?name=to-expire").then().extract().path("token");
        Api.anonymous().header("Authorization", "Token " + revoked).get("/api/user/me/").then().statusCode(200);
        Api.anonymous().header("Authorization", "Token " + expired).get("/api/user/me/").then().statusCode(200);

        update("update users_apitoken set revoked = true where name = 'to-revoke'");
        update("update users_apitoken set expiry = current_date - 1 where name = 'to-expire'");

        Api.anonymous().header("Authorization", "Token " + revoked).get("/api/user/me/").then().statusCode(401);
        Api.anonymous().header("Authorization", "Token " + expired).get("/api/user/me/").then().statusCode(401);
        String replacement = Api.asAdmin().get("/api/user/me/token/?name=to-expire").then().extract().path("token");
        assertThat(replacement).as("an expired token is replaced, not handed out again").isNotEqualTo(expired);
    }

    @Test
    void keysAreNotStoredOnlyTheirDigests() throws SQLException {
        String token = Api.asAdmin().get("/api/user/me/token/?name=digest-check").then().extract().path("token");
        try (Connection sql = Api.server().sql();
                PreparedStatement query = sql.prepareStatement("select key_hash from users_apitoken where name = ?")) {
            query.setString(1, "digest-check");
            var rows = query.executeQuery();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(TokenKeys.digest(token)).doesNotContain(token.substring(4));
        }
    }

    @Test
    void groupsGrantTheRolesTheirRuleSetsAllow() throws SQLException {
        String user = "role-checker";
        try (Connection sql = Api.server().sql()) {
            sql.createStatement().execute("insert into auth_user (id, username, password, date_joined) values "
                    + "(nextval('auth_user_seq'), '" + user + "', '" + PasswordHash.of("pw-role") + "', current_timestamp)");
            sql.createStatement().execute("insert into auth_group (id, name) values (nextval('auth_group_seq'), 'Stock keepers')");
            sql.createStatement().execute("insert into auth_user_groups (user_id, group_id) select u.id, g.id "
                    + "from auth_user u, auth_group g where u.username = '" + user + "' and g.name = 'Stock keepers'");
            sql.createStatement().execute("insert into users_ruleset (id, name, group_id, can_view, can_add, can_change, "
                    + "can_delete) select nextval('users_ruleset_seq'), 'stock', id, true, false, true, false "
                    + "from auth_group where name = 'Stock keepers'");
        }
        Api.as(user, "pw-role").get("/api/user/me/roles/").then()
                .statusCode(200)
                .body("roles.stock", equalTo(java.util.List.of("view", "change")))
                .body("roles.part", equalTo(null))
                .body("is_staff", equalTo(false));
        Api.as(user, "pw-role").get("/api/user/me/").then()
                .statusCode(200)
                .body("groups[0].name", equalTo("Stock keepers"));
        Api.as(user, "pw-role").get("/api/background-task/").then().statusCode(403);
    }

    private static void update(String statement) throws SQLException {
        try (Connection sql = Api.server().sql()) {
            sql.createStatement().executeUpdate(statement);
        }
    }
}
