package org.stocktree.common.parameters;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stocktree.testing.Api;

/** What parameter tests create: templates, parts, categories and users with chosen part permissions. */
final class ParameterFixture {

    static final String PASSWORD = "parameter-pass-1";

    final String prefix = "Prm" + UUID.randomUUID().toString().substring(0, 6);

    int template(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("name", prefix + " " + fields.get("name"));
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/parameter/template/").then()
                .statusCode(201).extract().path("pk");
    }

    int part(String name) {
        return part(name, null, null);
    }

    int part(String name, Integer category, Boolean copyCategoryParameters) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", prefix + " " + name);
        body.put("category", category);
        if (copyCategoryParameters != null) {
            body.put("copy_category_parameters", copyCategoryParameters);
        }
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/").then().statusCode(201)
                .extract().path("pk");
    }

    int category(String name, Integer parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", prefix + " " + name);
        body.put("parent", parent);
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/category/").then()
                .statusCode(201).extract().path("pk");
    }

    static Response post(RequestSpecification as, int template, String modelType, int modelId, String data) {
        return as.contentType(ContentType.JSON)
                .body(Map.of("template", template, "model_type", modelType, "model_id", modelId, "data", data))
                .post("/api/parameter/");
    }

    static int parameter(int template, int part, String data) {
        return post(Api.asAdmin(), template, "part.part", part, data).then().statusCode(201).extract().path("pk");
    }

    /** A user in a new group whose rule set for {@code role} grants the given permissions (none: no group). */
    String user(String name, String role, Map<String, Object> permissions) {
        String username = prefix.toLowerCase() + "-" + name;
        Integer group = null;
        if (permissions != null) {
            group = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", prefix + " " + name))
                    .post("/api/user/group/").then().statusCode(201).extract().path("pk");
            int rules = Api.asAdmin().get("/api/user/ruleset/?group=" + group + "&name=" + role).then().statusCode(200)
                    .extract().path("[0].pk");
            Api.asAdmin().contentType(ContentType.JSON).body(permissions).patch("/api/user/ruleset/" + rules + "/")
                    .then().statusCode(200);
        }
        Map<String, Object> body = group == null ? Map.of("username", username)
                : Map.of("username", username, "group_ids", List.of(group));
        int id = Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/user/").then().statusCode(201)
                .extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
        return username;
    }

    static void setting(String key, Object value) {
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("value", value))
                .patch("/api/settings/global/" + key + "/").then().statusCode(200);
    }
}
