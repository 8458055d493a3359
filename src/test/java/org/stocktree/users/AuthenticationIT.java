package org.stocktree.users;

import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.StocktreeServer;

/** HTTP Basic sign-in and the 401/403 answers of endpoints that need a role. */
class AuthenticationIT {

    static final String CLERK = "clerk";
    static final String CLERK_PASSWORD = "clerk-password";

    @BeforeAll
    static void createNonStaffUser() throws SQLException {
        StocktreeServer server = Api.server();
        if (!server.onPostgresql()) {
            return;
        }
        try (Connection sql = server.sql();
                PreparedStatement insert = sql.prepareStatement("insert into auth_user (id, username, password, "
                        + "email, is_active, is_staff, is_superuser, date_joined) values (nextval('auth_user_seq'), ?, ?, "
                        + "'clerk@example.com', true, false, false, ?) on conflict (username) do nothing")) {
            insert.setString(1, CLERK);
            insert.setString(2, PasswordHash.of(CLERK_PASSWORD));
            insert.setObject(3, OffsetDateTime.now());
            insert.executeUpdate();
        }
    }

    @Test
    @Tag("h2")
    void wrongPasswordIsRefusedEvenWhereNoLoginIsNeeded() {
        Api.as(StocktreeServer.ADMIN_USER, "not-the-password").get("/api/").then()
                .statusCode(401)
                .header("Content-Type", equalTo("application/json"))
                .body("detail", equalTo("Invalid username/password."));
        Api.as("nobody", "whatever").get("/api/system/health/").then().statusCode(401);
    }

    @Test
    @Tag("h2")
    void staffEndpointsNeedCredentials() {
        Api.anonymous().get("/api/background-task/").then()
                .statusCode(401)
                .body("detail", equalTo("Authentication credentials were not provided."));
        Api.asAdmin().get("/api/background-task/").then().statusCode(200);
    }

    @Test
    void usersWithoutStaffRoleAreForbiddenFromStaffEndpoints() {
        Api.as(CLERK, CLERK_PASSWORD).get("/api/background-task/").then()
                .statusCode(403)
                .body("detail", equalTo("You do not have permission to perform this action."));
        Api.as(CLERK, CLERK_PASSWORD).get("/api/version/").then().statusCode(403);
        Api.as(CLERK, CLERK_PASSWORD).get("/api/").then().statusCode(200).body("database", equalTo(null));
    }

    @Test
    @Tag("h2")
    void forwardAuthCheckAnswersForTheReverseProxy() {
        Api.anonymous().get("/auth/").then().statusCode(401);
        Api.asAdmin().get("/auth/").then().statusCode(200);
    }
}
