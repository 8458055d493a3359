package org.stocktree.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Project codes: unique, with an optional responsible owner; staff manage them. */
@Tag("h2")
class ProjectCodeIT {

    private final String code = "PRJ-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void staffManageProjectCodesThatEveryoneCanRead() {
        int admin = Api.asAdmin().get("/api/user/owner/?search=admin").then().extract()
                .path("find { it.owner_model == 'user' && it.name == 'admin' }.pk");
        Response created = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", code, "description", "Kitchen refit", "responsible", admin))
                .post("/api/project-code/");
        created.then().statusCode(201)
                .body("code", equalTo(code))
                .body("active", equalTo(true))
                .body("responsible_detail.name", equalTo("admin"));
        ApiContract.assertResponse("post", "/api/project-code/", 201, created.asString());
        int id = created.path("pk");

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("code", code.toLowerCase()))
                .post("/api/project-code/").then()
                .statusCode(400)
                .body("code[0]", equalTo("project code with this Project Code already exists."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("description", "no code")).post("/api/project-code/")
                .then().statusCode(400).body("code[0]", equalTo("This field is required."));

        String list = Api.asAdmin().get("/api/project-code/?active=true&search=" + code).then().statusCode(200)
                .body("code", hasItem(code)).extract().asString();
        ApiContract.assertResponse("get", "/api/project-code/", 200, list);

        Map<String, Object> clear = new HashMap<>();
        clear.put("responsible", null);
        clear.put("active", false);
        Api.asAdmin().contentType(ContentType.JSON).body(clear).patch("/api/project-code/" + id + "/").then()
                .statusCode(200)
                .body("responsible", nullValue())
                .body("active", equalTo(false))
                .body("description", equalTo("Kitchen refit"));
        Api.asAdmin().get("/api/project-code/?active=true").then().body("code", not(hasItem(code)));
        Api.asAdmin().get("/api/project-code/?active=false").then().body("code", hasItem(code));
        ApiContract.assertResponse("get", "/api/project-code/{id}/", 200,
                Api.asAdmin().get("/api/project-code/" + id + "/").asString());

        Api.asAdmin().delete("/api/project-code/" + id + "/").then().statusCode(204);
        Api.asAdmin().get("/api/project-code/" + id + "/").then().statusCode(404);
    }

    @Test
    void usersWithoutStaffReadButDoNotWrite() {
        String user = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        int id = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", user)).post("/api/user/")
                .then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "project-reader-pass"))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
        Api.as(user, "project-reader-pass").get("/api/project-code/").then().statusCode(200);
        Api.as(user, "project-reader-pass").contentType(ContentType.JSON).body(Map.of("code", code))
                .post("/api/project-code/").then().statusCode(403);
    }
}
