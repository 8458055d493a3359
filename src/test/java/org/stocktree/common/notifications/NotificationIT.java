package org.stocktree.common.notifications;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/**
 * Notifications: each user sees and changes only their own. Nothing sends notifications through
 * the API, so they are written with SQL, which is why this runs on PostgreSQL only.
 */
class NotificationIT {

    private static final String PASSWORD = "notified-password";

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String alice = "alice-" + suffix;
    private final String bob = "bob-" + suffix;
    private long aliceId;
    private long bobId;
    private long projectCode;

    @BeforeEach
    void twoUsersAndAProject() {
        aliceId = user(alice);
        bobId = user(bob);
        projectCode = ((Number) Api.asAdmin().contentType(ContentType.JSON).body(Map.of("code", "N-" + suffix))
                .post("/api/project-code/").then().statusCode(201).extract().path("pk")).longValue();
    }

    private RequestSpecification as(String user) {
        return Api.as(user, PASSWORD);
    }

    @Test
    void usersListReadAndMarkTheirOwnNotifications() throws SQLException {
        long first = insert(aliceId, "order.overdue", "Order overdue", "projectcode", projectCode, "user", bobId,
                Duration.ofHours(2));
        long second = insert(aliceId, "part.notify_low_stock", "Low stock", "projectcode", projectCode, "user", aliceId,
                Duration.ofSeconds(1));
        long bobs = insert(bobId, "order.overdue", "Bob's order", "projectcode", projectCode, "user", aliceId,
                Duration.ZERO);

        String list = as(alice).get("/api/notifications/").then().statusCode(200)
                .body("pk", equalTo(List.of((int) second, (int) first)))
                .body("[1].target.name", equalTo("N-" + suffix))
                .body("[1].target.model_type", equalTo("projectcode"))
                .body("[1].target.model_name", equalTo("Project Code"))
                .body("[1].target.model_id", equalTo((int) projectCode))
                .body("[1].source.name", equalTo(bob))
                .body("[1].user", equalTo((int) aliceId))
                .body("[1].read", equalTo(false))
                .body("[1].age", greaterThanOrEqualTo(7200))
                .body("[1].age_human", equalTo("2 hours ago"))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/notifications/", 200, list);
        String page = as(alice).get("/api/notifications/?limit=1&ordering=creation").then().statusCode(200)
                .body("count", equalTo(2)).body("results[0].pk", equalTo((int) first)).extract().asString();
        ApiContract.assertResponse("get", "/api/notifications/", 200, page);
        as(alice).get("/api/notifications/?category=order.overdue").then().body("pk", equalTo(List.of((int) first)));
        as(alice).get("/api/notifications/?search=low").then().body("pk", equalTo(List.of((int) second)));
        as(alice).get("/api/notifications/?ordering=name").then().body("pk", equalTo(List.of((int) second, (int) first)));
        as(alice).get("/api/notifications/?read=maybe").then().statusCode(400);

        Response read = as(alice).contentType(ContentType.JSON).body(Map.of("read", true, "name", "ignored"))
                .patch("/api/notifications/" + first + "/");
        read.then().statusCode(200).body("read", equalTo(true)).body("name", equalTo("Order overdue"));
        ApiContract.assertResponse("patch", "/api/notifications/{id}/", 200, read.asString());
        as(alice).get("/api/notifications/?read=false").then().body("pk", equalTo(List.of((int) second)));
        as(alice).get("/api/notifications/?read=true").then().body("pk", equalTo(List.of((int) first)));
        Response unread = as(alice).contentType(ContentType.JSON).body(Map.of("read", "false"))
                .put("/api/notifications/" + first + "/");
        unread.then().statusCode(200).body("read", equalTo(false));
        ApiContract.assertResponse("put", "/api/notifications/{id}/", 200, unread.asString());
        as(alice).contentType(ContentType.JSON).body(Map.of()).put("/api/notifications/" + first + "/").then()
                .statusCode(400).body("read[0]", equalTo("This field is required."));
        as(alice).contentType(ContentType.JSON).body(Map.of("read", "perhaps")).patch("/api/notifications/" + first + "/")
                .then().statusCode(400).body("read[0]", equalTo("Must be a valid boolean."));
        ApiContract.assertResponse("get", "/api/notifications/{id}/", 200,
                as(alice).get("/api/notifications/" + first + "/").then().statusCode(200).extract().asString());

        as(alice).delete("/api/notifications/" + second + "/").then().statusCode(204);
        as(alice).get("/api/notifications/" + second + "/").then().statusCode(404);
        as(bob).get("/api/notifications/").then().body("pk", equalTo(List.of((int) bobs)));
    }

    @Test
    void anotherUsersNotificationIsNotFound() throws SQLException {
        long bobs = insert(bobId, "order.overdue", "Bob's order", "projectcode", projectCode, null, 0, Duration.ZERO);
        as(alice).get("/api/notifications/" + bobs + "/").then().statusCode(404).body("detail", equalTo("Not found."));
        as(alice).contentType(ContentType.JSON).body(Map.of("read", true)).patch("/api/notifications/" + bobs + "/")
                .then().statusCode(404);
        as(alice).contentType(ContentType.JSON).body(Map.of("read", true)).put("/api/notifications/" + bobs + "/")
                .then().statusCode(404);
        as(alice).delete("/api/notifications/" + bobs + "/").then().statusCode(404);
        Api.asAdmin().get("/api/notifications/" + bobs + "/").then().statusCode(404); // not even a superuser sees it
        as(bob).get("/api/notifications/" + bobs + "/").then().statusCode(200).body("read", equalTo(false));
        as(alice).get("/api/notifications/").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void readAllMarksOnlyTheCallersNotificationsRead() throws SQLException {
        insert(aliceId, "a", "One", "projectcode", projectCode, null, 0, Duration.ZERO);
        insert(aliceId, "a", "Two", "projectcode", projectCode, null, 0, Duration.ZERO);
        long bobs = insert(bobId, "a", "Bob's", "projectcode", projectCode, null, 0, Duration.ZERO);

        as(alice).contentType(ContentType.JSON).body(Map.of()).post("/api/notifications/readall/").then()
                .statusCode(200).body("status", equalTo("ok"));
        as(alice).get("/api/notifications/?read=false").then().body("size()", equalTo(0));
        as(alice).get("/api/notifications/?read=true").then().body("size()", equalTo(2));
        as(bob).get("/api/notifications/?read=false").then().body("pk", equalTo(List.of((int) bobs)));

        as(bob).get("/api/notifications/readall/").then().statusCode(200).body("status", equalTo("ok"));
        as(bob).get("/api/notifications/?read=false").then().body("size()", equalTo(0));
    }

    @Test
    void bulkDeleteRemovesOnlyTheCallersSelection() throws SQLException {
        long readOne = insert(aliceId, "a", "Read", "projectcode", projectCode, null, 0, Duration.ZERO);
        long unreadOne = insert(aliceId, "a", "Unread", "projectcode", projectCode, null, 0, Duration.ZERO);
        long bobsRead = insert(bobId, "a", "Bob's", "projectcode", projectCode, null, 0, Duration.ZERO);
        as(alice).contentType(ContentType.JSON).body(Map.of("read", true)).patch("/api/notifications/" + readOne + "/")
                .then().statusCode(200);
        as(bob).contentType(ContentType.JSON).body(Map.of("read", true)).patch("/api/notifications/" + bobsRead + "/")
                .then().statusCode(200);

        as(alice).contentType(ContentType.JSON).body(Map.of()).delete("/api/notifications/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("List of items or filters must be provided for bulk operation"));
        as(alice).contentType(ContentType.JSON).body(Map.of("items", List.of(bobsRead))).delete("/api/notifications/")
                .then().statusCode(400).body("non_field_errors[0]", equalTo("No items match the provided criteria"));
        as(alice).contentType(ContentType.JSON).body(Map.of("filters", Map.of("owner", 1))).delete("/api/notifications/")
                .then().statusCode(400).body("non_field_errors[0]", equalTo("Invalid filters provided"));
        as(alice).contentType(ContentType.JSON).body(Map.of("items", "all")).delete("/api/notifications/")
                .then().statusCode(400).body("non_field_errors[0]", equalTo("Items must be provided as a list"));

        as(alice).contentType(ContentType.JSON).body(Map.of("filters", Map.of("read", true))).delete("/api/notifications/")
                .then().statusCode(200).body("success", equalTo("Deleted 1 items"));
        as(alice).get("/api/notifications/").then().body("pk", equalTo(List.of((int) unreadOne)));
        as(bob).get("/api/notifications/").then().body("pk", equalTo(List.of((int) bobsRead)));

        as(alice).contentType(ContentType.JSON).body(Map.of("items", List.of(unreadOne, bobsRead)))
                .delete("/api/notifications/").then().statusCode(200).body("success", equalTo("Deleted 1 items"));
        as(bob).get("/api/notifications/").then().body("size()", equalTo(1));
    }

    @Test
    void targetsThatAreGoneOrNotYetKnownAreDescribedAsInvenTreeDoes() throws SQLException {
        long gone = insert(aliceId, "a", "Gone", "projectcode", projectCode, null, 0, Duration.ofDays(9));
        long unknown = insert(aliceId, "a", "Later", "stockitem", 12, null, 0, Duration.ZERO); // stock items: not yet served
        Api.asAdmin().delete("/api/project-code/" + projectCode + "/").then().statusCode(204);

        String detail = as(alice).get("/api/notifications/" + gone + "/").then().statusCode(200)
                .body("target", nullValue()).body("source", nullValue())
                .body("age_human", equalTo("1 week, 2 days ago")).extract().asString();
        ApiContract.assertResponse("get", "/api/notifications/{id}/", 200, detail, "target", "source");
        as(alice).get("/api/notifications/" + unknown + "/").then().statusCode(200)
                .body("target.model_type", equalTo("stockitem"))
                .body("target.model_id", equalTo(12))
                .body("target.name", nullValue());
    }

    private long user(String username) {
        long id = ((Number) Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", username))
                .post("/api/user/").then().statusCode(201).extract().path("pk")).longValue();
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
        return id;
    }

    private static long insert(long user, String category, String name, String targetModel, long targetId,
            String sourceModel, long sourceId, Duration age) throws SQLException {
        try (Connection sql = Api.server().sql();
                PreparedStatement insert = sql.prepareStatement("insert into common_notificationmessage (id, user_id, "
                        + "category, name, message, target_model, target_id, source_model, source_id, creation, read) "
                        + "values (nextval('common_notificationmessage_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, false) "
                        + "returning id")) {
            insert.setLong(1, user);
            insert.setString(2, category);
            insert.setString(3, name);
            insert.setString(4, "About " + name);
            insert.setString(5, targetModel);
            insert.setLong(6, targetId);
            insert.setString(7, sourceModel);
            insert.setObject(8, sourceModel == null ? null : sourceId);
            insert.setObject(9, OffsetDateTime.now().minus(age));
            ResultSet rows = insert.executeQuery();
            rows.next();
            return rows.getLong(1);
        }
    }
}
