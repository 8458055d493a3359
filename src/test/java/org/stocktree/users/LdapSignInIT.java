package org.stocktree.users;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/**
 * People in the LDAP directory sign in with their directory password; their account follows the
 * directory (names, email, groups of the same name). The test server is pointed at an in-memory
 * directory (see StocktreeServer and TestDirectory).
 */
@Tag("h2")
class LdapSignInIT {

    @Test
    void aDirectoryPasswordSignsInAndTheAccountFollowsTheDirectory() {
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Directory Engineers"))
                .post("/api/user/group/").then().statusCode(201);

        Api.as("ldap-alice", "alice-directory-pass").get("/api/user/me/").then().statusCode(200)
                .body("username", equalTo("ldap-alice"))
                .body("first_name", equalTo("Alice"))
                .body("last_name", equalTo("Directory"))
                .body("email", equalTo("alice@example.com"))
                .body("groups.name", hasItem("Directory Engineers"));
        Api.as("ldap-alice", "wrong-password").get("/api/user/me/").then().statusCode(401);

        int id = Api.asAdmin().get("/api/user/?search=ldap-alice").then().statusCode(200)
                .extract().path("find { it.username == 'ldap-alice' }.pk");
        // Local edits do not outlive the next sign-in: the directory is the source of these fields.
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("first_name", "Renamed"))
                .patch("/api/user/" + id + "/").then().statusCode(200);
        Api.as("ldap-alice", "alice-directory-pass").get("/api/user/me/").then().body("first_name", equalTo("Alice"));

        // A deactivated account stays out even with the right directory password.
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("is_active", false))
                .patch("/api/user/" + id + "/").then().statusCode(200);
        Api.as("ldap-alice", "alice-directory-pass").get("/api/user/me/").then().statusCode(401);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("is_active", true))
                .patch("/api/user/" + id + "/").then().statusCode(200);
    }

    @Test
    void theDirectoryDoesNotSignInLocalNamesWithItsPasswordsOrOthersWithLocalOnes() {
        Api.as("ldap-bob", "bob-directory-pass").get("/api/user/me/roles/").then().statusCode(200)
                .body("username", equalTo("ldap-bob"));
        Api.as("ldap-bob", "alice-directory-pass").get("/api/user/me/").then().statusCode(401);
        Api.as("admin", "bob-directory-pass").get("/api/user/me/").then().statusCode(401);
    }
}
