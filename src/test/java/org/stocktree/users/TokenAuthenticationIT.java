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
