package org.stocktree.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Staff manage users, groups and the groups' rule sets; the rule sets decide what members may do. */
@Tag("h2")
class UserAdministrationIT {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aGroupsRuleSetsGrantItsMembersTheirRoles() {
        Response created = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Stores " + suffix))
                .post("/api/user/group/");
        created.then().statusCode(201).body("name", equalTo("Stores " + suffix));
        ApiContract.assertResponse("post", "/api/user/group/", 201, created.asString());
        int group = created.path("pk");

        String ruleSets = Api.asAdmin().get("/api/user/ruleset/?group=" + group).then().statusCode(200)
                .body("size()", equalTo(Role.values().length)).extract().asString();
        ApiContract.assertResponse("get", "/api/user/ruleset/", 200, ruleSets);
        int stock = Api.asAdmin().get("/api/user/ruleset/?group=" + group + "&name=stock").then()
                .statusCode(200).extract().path("[0].pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("can_add", true)).patch("/api/user/ruleset/" + stock + "/")
                .then().statusCode(200)
                .body("can_view", equalTo(true))
                .body("can_change", equalTo(true))
                .body("can_delete", equalTo(false));

        String username = "keeper-" + suffix;
        Response user = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "first_name", "Kim", "email", "kim@example.com", "group_ids", List.of(group)))
                .post("/api/user/");
        user.then().statusCode(201).body("groups[0].pk", equalTo(group)).body("is_staff", equalTo(false));
        ApiContract.assertResponse("post", "/api/user/", 201, user.asString());
        int userId = user.path("pk");

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "short"))
                .put("/api/user/" + userId + "/set-password/").then()
                .statusCode(400)
                .body("password", hasItem("This password is too short. It must contain at least 8 characters."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "stock-keeper-pass"))
                .put("/api/user/" + userId + "/set-password/").then().statusCode(200);

        Api.as(username, "stock-keeper-pass").get("/api/user/me/roles/").then()
                .statusCode(200)
                .body("roles.stock", equalTo(List.of("view", "add", "change")))
                .body("roles.part", equalTo(null));
        Api.as(username, "stock-keeper-pass").get("/api/user/").then().statusCode(200);
        Api.as(username, "stock-keeper-pass").contentType(ContentType.JSON).body(Map.of("username", "intruder"))
                .post("/api/user/").then().statusCode(403);
        Api.as(username, "stock-keeper-pass").contentType(ContentType.JSON).body(Map.of("can_delete", true))
                .patch("/api/user/ruleset/" + stock + "/").then().statusCode(403);

        Api.asAdmin().get("/api/user/group/" + group + "/?user_detail=true&role_detail=true").then()
                .statusCode(200)
                .body("users.username", hasItem(username))
                .body("roles.size()", equalTo(Role.values().length));

        Api.asAdmin().delete("/api/user/" + userId + "/").then().statusCode(204);
        Api.asAdmin().get("/api/user/" + userId + "/").then().statusCode(404);
        Api.asAdmin().delete("/api/user/group/" + group + "/").then().statusCode(204);
        Api.asAdmin().get("/api/user/ruleset/" + stock + "/").then().statusCode(404);
    }

    @Test
    void roleChangesApplyFromTheNextRequest() {
        String user = "roles-" + suffix;
        int group = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Role change " + suffix))
                .post("/api/user/group/").then().statusCode(201).extract().path("pk");
        int id = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", user, "group_ids", List.of(group)))
                .post("/api/user/").then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "role-change-pass"))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
        int partRules = Api.asAdmin().get("/api/user/ruleset/?group=" + group + "&name=part").then().statusCode(200)
                .extract().path("[0].pk");

        Api.as(user, "role-change-pass").get("/api/user/me/roles/").then().statusCode(200)
                .body("roles.part", equalTo(null));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("can_view", true, "can_add", true))
                .patch("/api/user/ruleset/" + partRules + "/").then().statusCode(200);
        Api.as(user, "role-change-pass").get("/api/user/me/roles/").then().statusCode(200)
                .body("roles.part", equalTo(List.of("view", "add", "change")));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("group_ids", List.of()))
                .patch("/api/user/" + id + "/").then().statusCode(200);
        Api.as(user, "role-change-pass").get("/api/user/me/roles/").then().statusCode(200)
                .body("roles.part", equalTo(null));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("group_ids", List.of(group)))
                .patch("/api/user/" + id + "/").then().statusCode(200);
        Api.as(user, "role-change-pass").get("/api/user/me/roles/").then().body("roles.part", equalTo(List.of("view", "add", "change")));
        Api.asAdmin().delete("/api/user/group/" + group + "/").then().statusCode(204);
        Api.as(user, "role-change-pass").get("/api/user/me/roles/").then().body("roles.part", equalTo(null));
    }

    @Test
    void usersAreValidatedAndNamesAreUnique() {
        String username = "unique-" + suffix;
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", username)).post("/api/user/").then().statusCode(201);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", username.toUpperCase())).post("/api/user/").then()
                .statusCode(400)
                .body("username[0]", equalTo("A user with that username already exists."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", "has space", "email", "not-an-email",
                "group_ids", List.of(987654))).post("/api/user/").then()
                .statusCode(400)
                .body("username.size()", equalTo(1))
                .body("email[0]", equalTo("Enter a valid email address."))
                .body("group_ids[0]", equalTo("Invalid pk \"987654\" - object does not exist."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "")).post("/api/user/group/").then()
                .statusCode(400).body("name[0]", equalTo("This field may not be blank."));
        Api.asAdmin().get("/api/user/ruleset/?group=987654").then().statusCode(400);
        Api.asAdmin().get("/api/user/?is_active=maybe").then().statusCode(400);
        Api.asAdmin().get("/api/user/abc/").then().statusCode(404);
    }

    @Test
    void onlySuperusersMakeSuperusersOrSetPasswords() {
        String staff = "staff-" + suffix;
        int staffId = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", staff, "is_staff", true))
                .post("/api/user/").then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "staff-member-pass"))
                .patch("/api/user/" + staffId + "/set-password/").then().statusCode(200);

        Api.as(staff, "staff-member-pass").contentType(ContentType.JSON)
                .body(Map.of("username", "root-" + suffix, "is_superuser", true)).post("/api/user/").then()
                .statusCode(400)
                .body("is_superuser[0]", equalTo("Only a superuser can adjust this field"));
        int plain = Api.as(staff, "staff-member-pass").contentType(ContentType.JSON)
                .body(Map.of("username", "plain-" + suffix)).post("/api/user/").then().statusCode(201).extract().path("pk");
        Api.as(staff, "staff-member-pass").contentType(ContentType.JSON).body(Map.of("password", "whatever-long-pass"))
                .put("/api/user/" + plain + "/set-password/").then().statusCode(403);
        Api.as(staff, "staff-member-pass").contentType(ContentType.JSON).body(Map.of("last_name", "Plain"))
                .patch("/api/user/" + plain + "/").then().statusCode(200).body("last_name", equalTo("Plain"));
        Api.as(staff, "staff-member-pass").contentType(ContentType.JSON).body(Map.of("is_active", false))
                .patch("/api/user/1/").then()
                .statusCode(403)
                .body("detail", equalTo("Only a superuser can change a superuser's account."));
        Api.as(staff, "staff-member-pass").delete("/api/user/1/").then().statusCode(403);
        Api.asAdmin().get("/api/user/1/").then().statusCode(200).body("is_active", equalTo(true));
    }

    @Test
    void listsFilterSearchOrderAndMatchTheSchema() {
        String paged = Api.asAdmin().get("/api/user/?limit=2&ordering=-username").then().statusCode(200)
                .extract().asString();
        ApiContract.assertResponse("get", "/api/user/", 200, paged);
        ApiContract.assertResponse("get", "/api/user/", 200, Api.asAdmin().get("/api/user/").asString());
        ApiContract.assertResponse("get", "/api/user/group/", 200, Api.asAdmin().get("/api/user/group/").asString());
        ApiContract.assertResponse("get", "/api/user/{id}/", 200, Api.asAdmin().get("/api/user/1/").asString());

        Api.asAdmin().get("/api/user/?is_staff=true").then().statusCode(200)
                .body("username", hasItem("admin"));
        Api.asAdmin().get("/api/user/?is_superuser=false").then().statusCode(200)
                .body("username", not(hasItem("admin")));
        List<String> ascending = Api.asAdmin().get("/api/user/?ordering=username").then().extract().path("username");
        List<String> descending = Api.asAdmin().get("/api/user/?ordering=-username").then().extract().path("username");
        assertThat(ascending).hasSizeGreaterThan(1);
        List<String> reversed = new java.util.ArrayList<>(ascending);
        java.util.Collections.reverse(reversed);
        assertThat(descending).isEqualTo(reversed);
        Api.asAdmin().get("/api/user/?search=ADMI").then().statusCode(200).body("username", hasItem("admin"));
    }
}
