package org.stocktree.users;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;
import org.stocktree.testing.StocktreeServer;

/** Every user and group is an owner, and its owner follows it through renames and removal. */
@Tag("h2")
class OwnerIT {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theAdministratorCreatedAtStartUpIsAnOwner() {
        String body = Api.asAdmin().get("/api/user/owner/?search=" + StocktreeServer.ADMIN_USER).then()
                .statusCode(200)
                .body("find { it.owner_model == 'user' && it.name == 'admin' }.label", equalTo("User"))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/user/owner/", 200, body);
        int pk = Api.asAdmin().get("/api/user/owner/?search=admin").then().extract()
                .path("find { it.name == 'admin' }.pk");
        ApiContract.assertResponse("get", "/api/user/owner/{id}/", 200,
                Api.asAdmin().get("/api/user/owner/" + pk + "/").asString());
        Api.asAdmin().get("/api/user/owner/999999/").then().statusCode(404);
    }

    @Test
    void groupOwnersFollowTheirGroup() {
        int group = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Owners " + suffix))
                .post("/api/user/group/").then().statusCode(201).extract().path("pk");
        Api.asAdmin().get("/api/user/owner/?search=" + suffix).then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].owner_model", equalTo("group"))
                .body("[0].owner_id", equalTo(group));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Renamed " + suffix))
                .patch("/api/user/group/" + group + "/").then().statusCode(200);
        Api.asAdmin().get("/api/user/owner/?search=" + suffix).then().body("[0].name", equalTo("Renamed " + suffix));

        Api.asAdmin().delete("/api/user/group/" + group + "/").then().statusCode(204);
        Api.asAdmin().get("/api/user/owner/?search=" + suffix).then().body("size()", equalTo(0));
    }

    @Test
    void inactiveUsersCanBeFilteredOut() {
        String username = "leaver-" + suffix;
        int user = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", username))
                .post("/api/user/").then().statusCode(201).extract().path("pk");
        Api.asAdmin().get("/api/user/owner/?is_active=true").then().body("name", hasItem(username));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("is_active", false)).patch("/api/user/" + user + "/")
                .then().statusCode(200).body("is_active", equalTo(false));
        Api.asAdmin().get("/api/user/owner/?is_active=true").then().body("name", not(hasItem(username)));
        Api.asAdmin().get("/api/user/owner/?is_active=false").then().body("name", hasItem(username));
    }
}
