package org.stocktree.users;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** A user keeps their own names, email address and profile; others see the public part of it. */
@Tag("h2")
class ProfileIT {

    private static final String PASSWORD = "profile-owner-pass";
    private String username;
    private int id;

    @BeforeEach
    void createUser() {
        username = "profile-" + UUID.randomUUID().toString().substring(0, 8);
        id = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", username)).post("/api/user/").then()
                .statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
    }

    @Test
    void usersDeleteTheirOwnAccount() {
        Api.as(username, PASSWORD).delete("/api/user/me/").then().statusCode(204);
        Api.as(username, PASSWORD).get("/api/user/me/").then().statusCode(401);
        Api.asAdmin().get("/api/user/" + id + "/").then().statusCode(404);
        Api.asAdmin().get("/api/user/owner/?search=" + username).then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void theLastActiveSuperuserKeepsTheirAccount() throws SQLException {
        assumeTrue(Api.server().onPostgresql(), "needs direct SQL");
        List<Long> others = new ArrayList<>();
        try (Connection sql = Api.server().sql(); Statement statement = sql.createStatement()) {
            ResultSet rows = statement.executeQuery("update auth_user set is_active = false "
                    + "where is_superuser and is_active and username <> 'admin' returning id");
            while (rows.next()) {
                others.add(rows.getLong(1));
            }
        }
        try {
            Api.asAdmin().delete("/api/user/me/").then().statusCode(400)
                    .body("non_field_errors[0]", equalTo("The last active superuser cannot delete their own account."));
            Api.asAdmin().get("/api/user/me/").then().statusCode(200);
        } finally {
            try (Connection sql = Api.server().sql();
                    PreparedStatement restore = sql.prepareStatement(
                            "update auth_user set is_active = true where id = any (?)")) {
                restore.setArray(1, sql.createArrayOf("bigint", others.toArray()));
                restore.executeUpdate();
            }
        }
    }

    @Test
    void aProfileStartsWithDefaultsAndKeepsWhatIsSaved() {
        String defaults = Api.as(username, PASSWORD).get("/api/user/me/profile/").then().statusCode(200)
                .body("type", equalTo("internal"))
                .body("active", equalTo(true))
                .body("displayname", nullValue())
                .extract().asString();
        ApiContract.assertResponse("get", "/api/user/me/profile/", 200, defaults);

        String saved = Api.as(username, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("displayname", "Kim K.", "language", "de", "type", "external",
                        "theme", Map.of("primary", "teal")))
                .patch("/api/user/me/profile/").then().statusCode(200)
                .body("displayname", equalTo("Kim K."))
                .extract().asString();
        ApiContract.assertResponse("patch", "/api/user/me/profile/", 200, saved);
        Api.as(username, PASSWORD).get("/api/user/me/profile/").then()
                .body("language", equalTo("de"))
                .body("type", equalTo("external"))
                .body("theme.primary", equalTo("teal"));
        Api.as(username, PASSWORD).get("/api/user/me/").then().body("profile.displayname", equalTo("Kim K."));
        Api.asAdmin().get("/api/user/" + id + "/").then()
                .body("profile.displayname", equalTo("Kim K."))
                .body("profile.language", nullValue());
        Api.asAdmin().get("/api/user/?search=" + username).then().body("[0].profile.type", equalTo("external"));
    }

    @Test
    void invalidProfileValuesAreRefusedWhole() {
        Api.as(username, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("displayname", "Never saved", "type", "alien", "primary_group", 987654))
                .patch("/api/user/me/profile/").then()
                .statusCode(400)
                .body("type[0]", equalTo("\"alien\" is not a valid choice."))
                .body("primary_group[0]", equalTo("Invalid pk \"987654\" - object does not exist."));
        Api.as(username, PASSWORD).get("/api/user/me/profile/").then().body("displayname", nullValue());
    }

    @Test
    void usersChangeTheirOwnNamesButNotTheirFlags() {
        Api.as(username, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("first_name", "Ada", "email", "ada@example.com", "is_staff", true))
                .patch("/api/user/me/").then()
                .statusCode(200)
                .body("first_name", equalTo("Ada"))
                .body("email", equalTo("ada@example.com"))
                .body("is_staff", equalTo(false));
        Api.as(username, PASSWORD).contentType(ContentType.JSON).body(Map.of("email", "nope"))
                .patch("/api/user/me/").then()
                .statusCode(400)
                .body("email[0]", equalTo("Enter a valid email address."));
    }
}
