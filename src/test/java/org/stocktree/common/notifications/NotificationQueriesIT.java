package org.stocktree.common.notifications;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/**
 * The notification endpoints' own queries on every database, through the API only (a new user
 * has no notifications; {@code NotificationIT} covers users who have some, on PostgreSQL).
 */
@Tag("h2")
class NotificationQueriesIT {

    @Test
    void aNewUserHasNoNotificationsAndEveryQueryAnswers() {
        String user = "quiet-" + UUID.randomUUID().toString().substring(0, 8);
        int id = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", user)).post("/api/user/")
                .then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "quiet-password"))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);

        Api.as(user, "quiet-password").get("/api/notifications/?read=false&category=x&search=y&ordering=-name")
                .then().statusCode(200).body("size()", equalTo(0));
        String page = Api.as(user, "quiet-password").get("/api/notifications/?limit=5").then().statusCode(200)
                .body("count", equalTo(0)).extract().asString();
        ApiContract.assertResponse("get", "/api/notifications/", 200, page);
        Api.as(user, "quiet-password").get("/api/notifications/1/").then().statusCode(404);
        Api.as(user, "quiet-password").contentType(ContentType.JSON).body(Map.of())
                .post("/api/notifications/readall/").then().statusCode(200).body("status", equalTo("ok"));
        Api.as(user, "quiet-password").contentType(ContentType.JSON)
                .body(Map.of("items", List.of(1, 2), "filters", Map.of("read", false)))
                .delete("/api/notifications/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("No items match the provided criteria"));
        Api.anonymous().get("/api/notifications/").then().statusCode(401);
    }
}
