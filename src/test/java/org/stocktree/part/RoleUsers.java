package org.stocktree.part;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stocktree.testing.Api;

/** Users whose one group grants one role some permissions, for access tests. */
public final class RoleUsers {

    public static final String PASSWORD = "role-user-password-1";

    private RoleUsers() {
    }

    /** Requests as {@code user}, one of these users. */
    public static RequestSpecification as(String user) {
        return Api.as(user, PASSWORD);
    }

    /** A new user granted {@code permissions} ("view", "add", ...) of {@code role} only; their name. */
    public static String with(String role, String... permissions) {
        String user = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        int group = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Group " + user))
                .post("/api/user/group/").then().statusCode(201).extract().path("pk");
        List<Map<String, Object>> ruleSets = Api.asAdmin().get("/api/user/ruleset/?group=" + group).then()
                .extract().path("");
        for (Map<String, Object> ruleSet : ruleSets) {
            if (role.equals(ruleSet.get("name"))) {
                Map<String, Object> grants = new HashMap<>();
                for (String permission : permissions) {
                    grants.put("can_" + permission, true);
                }
                Api.asAdmin().contentType(ContentType.JSON).body(grants)
                        .patch("/api/user/ruleset/" + ruleSet.get("pk") + "/").then().statusCode(200);
            }
        }
        int id = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", user, "group_ids", List.of(group)))
                .post("/api/user/").then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
        return user;
    }
}
