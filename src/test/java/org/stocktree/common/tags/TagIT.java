package org.stocktree.common.tags;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Tags: unique names (ignoring case), slugs made once, staff manage them, anyone signed in reads. */
@Tag("h2")
class TagIT {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private static Response post(Object body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/tag/");
    }

    @Test
    void staffCreateRenameAndDeleteTags() {
        Response created = post(Map.of("name", "Red Paint " + suffix));
        created.then().statusCode(201)
                .body("name", equalTo("Red Paint " + suffix))
                .body("slug", equalTo("red-paint-" + suffix));
        ApiContract.assertResponse("post", "/api/tag/", 201, created.asString());
        int id = created.path("pk");

        post(Map.of("name", "red paint " + suffix.toUpperCase())).then().statusCode(400)
                .body("name[0]", equalTo("tag with this name already exists."));
        post(Map.of("name", "Red, paint! " + suffix)).then().statusCode(201)
                .body("slug", equalTo("red-paint-" + suffix + "_1"));
        post(Map.of("name", "  ")).then().statusCode(400).body("name[0]", equalTo("This field may not be blank."));
        post(Map.of()).then().statusCode(400).body("name[0]", equalTo("This field is required."));
        post(Map.of("name", "x".repeat(101))).then().statusCode(400)
                .body("name[0]", equalTo("Ensure this field has no more than 100 characters."));
        post(List.of("x")).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Invalid data. Expected a dictionary, but got list."));

        post(Map.of("name", "Amber " + suffix)).then().statusCode(201);
        String list = Api.asAdmin().get("/api/tag/?search=" + suffix.toUpperCase() + "&ordering=name").then()
                .statusCode(200).body("size()", equalTo(3)).body("[0].name", equalTo("Amber " + suffix))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/tag/", 200, list);
        String page = Api.asAdmin().get("/api/tag/?limit=1&offset=2&ordering=-name&search=" + suffix).then()
                .statusCode(200).body("count", equalTo(3)).body("results[0].name", equalTo("Amber " + suffix))
                .body("next", equalTo(null)).extract().asString();
        ApiContract.assertResponse("get", "/api/tag/", 200, page);
        ApiContract.assertResponse("get", "/api/tag/{id}/", 200,
                Api.asAdmin().get("/api/tag/" + id + "/").then().statusCode(200).extract().asString());

        Response renamed = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Blue Paint " + suffix))
                .patch("/api/tag/" + id + "/");
        renamed.then().statusCode(200).body("name", equalTo("Blue Paint " + suffix))
                .body("slug", equalTo("red-paint-" + suffix));
        ApiContract.assertResponse("patch", "/api/tag/{id}/", 200, renamed.asString());
        Response replaced = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Green Paint " + suffix))
                .put("/api/tag/" + id + "/");
        replaced.then().statusCode(200).body("name", equalTo("Green Paint " + suffix));
        ApiContract.assertResponse("put", "/api/tag/{id}/", 200, replaced.asString());
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of()).put("/api/tag/" + id + "/").then().statusCode(400)
                .body("name[0]", equalTo("This field is required."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Red, paint! " + suffix))
                .patch("/api/tag/" + id + "/").then().statusCode(400)
                .body("name[0]", equalTo("tag with this name already exists."));

        Api.asAdmin().delete("/api/tag/" + id + "/").then().statusCode(204);
        Api.asAdmin().get("/api/tag/" + id + "/").then().statusCode(404);
    }

    @Test
    void usersWithoutStaffReadButDoNotWrite() {
        String user = "tag-reader-" + suffix;
        int userId = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", user)).post("/api/user/")
                .then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "tag-reader-pass"))
                .put("/api/user/" + userId + "/set-password/").then().statusCode(200);
        int id = post(Map.of("name", "Readable " + suffix)).then().statusCode(201).extract().path("pk");
        Api.as(user, "tag-reader-pass").get("/api/tag/" + id + "/").then().statusCode(200);
        Api.as(user, "tag-reader-pass").contentType(ContentType.JSON).body(Map.of("name", "Mine " + suffix))
                .post("/api/tag/").then().statusCode(403);
        Api.as(user, "tag-reader-pass").delete("/api/tag/" + id + "/").then().statusCode(403);
    }

    /** Tagged objects are written directly, as no feature tags its objects through the API yet. */
    @Test
    void theModelTypeFilterListsTheTagsObjectsOfThatModelCarryAndDeletingATagUntagsThem() throws SQLException {
        Assumptions.assumeTrue(Api.server().onPostgresql(), "tagged objects are set up with SQL");
        int used = post(Map.of("name", "Used " + suffix)).then().statusCode(201).extract().path("pk");
        int unused = post(Map.of("name", "Unused " + suffix)).then().statusCode(201).extract().path("pk");
        String model = "testmodel" + suffix.replace("-", "");
        tag(used, model, 41);
        tag(used, model, 42);

        Api.asAdmin().get("/api/tag/?model_type=" + model).then().statusCode(200)
                .body("pk", equalTo(List.of(used)));
        Api.asAdmin().get("/api/tag/?search=" + suffix).then().statusCode(200).body("size()", equalTo(2));
        Api.asAdmin().get("/api/tag/?model_type=nosuchmodel&search=" + suffix).then().statusCode(200)
                .body("size()", equalTo(0));

        Api.asAdmin().delete("/api/tag/" + used + "/").then().statusCode(204);
        try (Connection sql = Api.server().sql();
                PreparedStatement count = sql.prepareStatement("select count(*) from taggit_taggeditem where tag_id = ?")) {
            count.setLong(1, used);
            ResultSet rows = count.executeQuery();
            rows.next();
            org.assertj.core.api.Assertions.assertThat(rows.getLong(1)).isZero();
        }
        Api.asAdmin().get("/api/tag/" + unused + "/").then().statusCode(200);
    }

    private static void tag(long tag, String model, long object) throws SQLException {
        try (Connection sql = Api.server().sql();
                PreparedStatement insert = sql.prepareStatement("insert into taggit_taggeditem (id, tag_id, model_type, "
                        + "object_id) values (nextval('taggit_taggeditem_seq'), ?, ?, ?)")) {
            insert.setLong(1, tag);
            insert.setString(2, model);
            insert.setLong(3, object);
            insert.executeUpdate();
        }
    }
}
