package org.stocktree.part;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/**
 * Category parameter templates: one per category and template, default values in the template's
 * units, lists by category with or without the categories above, the part_category role, and
 * new parts taking them as parameters.
 */
@Tag("h2")
class CategoryParameterIT {

    private static final String PASSWORD = "category-param-pass";
    private final String prefix = "CPT" + UUID.randomUUID().toString().substring(0, 6);

    private int template(String name, String units) {
        return Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", prefix + " " + name, "units", units))
                .post("/api/parameter/template/").then().statusCode(201).extract().path("pk");
    }

    private int category(String name, Integer parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", prefix + " " + name);
        body.put("parent", parent);
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/category/").then()
                .statusCode(201).extract().path("pk");
    }

    private static Response post(int category, int template, String defaultValue) {
        return Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("category", category, "template", template, "default_value", defaultValue))
                .post("/api/part/category/parameters/");
    }

    private static int link(int category, int template, String defaultValue) {
        return post(category, template, defaultValue).then().statusCode(201).extract().path("pk");
    }

    @Test
    void aCategoryTemplateIsCreatedReadChangedAndDeleted() {
        int category = category("Mechanical", null);
        int length = template("Length", "mm");
        Response created = post(category, length, " 2.8 ");
        created.then().statusCode(201)
                .body("category", equalTo(category))
                .body("template", equalTo(length))
                .body("template_detail.name", equalTo(prefix + " Length"))
                .body("default_value", equalTo("2.8"))
                .body("$", not(hasKey("category_detail")));
        ApiContract.assertResponse("post", "/api/part/category/parameters/", 201, created.asString());
        int id = created.path("pk");
        Response detail = Api.asAdmin().get("/api/part/category/parameters/" + id + "/?category_detail=true");
        detail.then().statusCode(200).body("category_detail.pk", equalTo(category))
                .body("category_detail.name", equalTo(prefix + " Mechanical"));
        ApiContract.assertResponse("get", "/api/part/category/parameters/{id}/", 200, detail.asString());
        Response changed = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("default_value", "3 cm"))
                .patch("/api/part/category/parameters/" + id + "/");
        changed.then().statusCode(200).body("default_value", equalTo("3 cm"));
        ApiContract.assertResponse("patch", "/api/part/category/parameters/{id}/", 200, changed.asString());
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("default_value", "heavy"))
                .patch("/api/part/category/parameters/" + id + "/").then().statusCode(400)
                .body("default_value[0]", equalTo("Could not convert heavy to mm"));
        Api.asAdmin().delete("/api/part/category/parameters/" + id + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/category/parameters/" + id + "/").then().statusCode(404);
    }

    @Test
    void oneTemplatePerCategoryAndBothRequired() {
        int category = category("Single", null);
        int length = template("Length", "mm");
        link(category, length, "");
        post(category, length, "4").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("The fields category, template must make a unique set."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("default_value", "1"))
                .post("/api/part/category/parameters/").then().statusCode(400)
                .body("category[0]", equalTo("This field is required."))
                .body("template[0]", equalTo("This field is required."));
        post(category, 999_999_999, "1").then().statusCode(400)
                .body("template[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
    }

    @Test
    void aCategoryListsItsOwnTemplatesAndThoseAboveIt() {
        int root = category("Root", null);
        int child = category("Child", root);
        int other = category("Other", null);
        int length = template("Length", "mm");
        int width = template("Width", "mm");
        int rootLength = link(root, length, "1");
        int childWidth = link(child, width, "2");
        int otherLength = link(other, length, "3");
        Response list = Api.asAdmin().get("/api/part/category/parameters/?limit=10&category=" + child);
        list.then().statusCode(200).body("results.pk", contains(rootLength, childWidth));
        ApiContract.assertResponse("get", "/api/part/category/parameters/", 200, list.asString());
        Api.asAdmin().get("/api/part/category/parameters/?limit=10&category=" + child + "&fetch_parent=false").then()
                .body("results.pk", contains(childWidth));
        Api.asAdmin().get("/api/part/category/parameters/?limit=10&category=" + root).then()
                .body("results.pk", contains(rootLength));
        Api.asAdmin().get("/api/part/category/parameters/?limit=10&category=" + other + "&category_detail=true").then()
                .body("results.pk", contains(otherLength))
                .body("results[0].category_detail.pk", equalTo(other));
    }

    @Test
    void newPartsTakeTheTemplatesOfTheirCategoryAndTheCategoriesAbove() {
        int root = category("Fasteners", null);
        int child = category("Screws", root);
        int length = template("Length", "mm");
        int thread = template("Thread", "");
        int width = template("Width", "mm");
        link(root, length, "10");
        link(child, thread, "M3");
        link(child, length, "20");
        Map<String, Object> body = new HashMap<>(Map.of("name", prefix + " Screw", "category", child));
        int part = Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/").then().statusCode(201)
                .extract().path("pk");
        Api.asAdmin().get("/api/parameter/?limit=10&model_type=part.part&model_id=" + part).then()
                .body("results.template", containsInAnyOrder(length, thread))
                .body("results.find { it.template == " + thread + " }.data", equalTo("M3"))
                // the category nearest the root proposes first, as InvenTree copies them
                .body("results.find { it.template == " + length + " }.data_numeric", equalTo(10.0f));
        body.put("name", prefix + " Bare screw");
        body.put("copy_category_parameters", false);
        int bare = Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/").then().statusCode(201)
                .extract().path("pk");
        Api.asAdmin().get("/api/parameter/?limit=10&model_type=part.part&model_id=" + bare).then()
                .body("results", empty());
        Api.asAdmin().get("/api/parameter/?limit=10&template=" + width).then().body("results", empty());
    }

    @Test
    void deletingTheCategoryOrTheTemplateDeletesItsCategoryTemplates() {
        int category = category("Doomed", null);
        int kept = category("Kept", null);
        int length = template("Length", "mm");
        int width = template("Width", "mm");
        int onDoomed = link(category, length, "1");
        int onKept = link(kept, width, "2");
        Api.asAdmin().delete("/api/part/category/" + category + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/category/parameters/" + onDoomed + "/").then().statusCode(404);
        Api.asAdmin().delete("/api/parameter/template/" + width + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/category/parameters/" + onKept + "/").then().statusCode(404);
    }

    @Test
    void thePartCategoryRoleGuardsCategoryTemplates() {
        int category = category("Guarded", null);
        int length = template("Length", "mm");
        int id = link(category, length, "1");
        String nobody = user("nobody", null);
        String viewer = user("viewer", Map.of("can_view", true));
        Api.as(nobody, PASSWORD).get("/api/part/category/parameters/").then().statusCode(403);
        Api.as(nobody, PASSWORD).get("/api/part/category/parameters/" + id + "/").then().statusCode(403);
        Api.as(viewer, PASSWORD).get("/api/part/category/parameters/" + id + "/").then().statusCode(200);
        Api.as(viewer, PASSWORD).contentType(ContentType.JSON).body(Map.of("default_value", "2"))
                .patch("/api/part/category/parameters/" + id + "/").then().statusCode(403);
        Api.as(viewer, PASSWORD).delete("/api/part/category/parameters/" + id + "/").then().statusCode(403);
        Api.as(viewer, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("category", category, "template", template("Width", "mm")))
                .post("/api/part/category/parameters/").then().statusCode(403);
        Api.anonymous().get("/api/part/category/parameters/").then().statusCode(401);
    }

    private String user(String name, Map<String, Object> permissions) {
        String username = prefix.toLowerCase() + "-" + name;
        Integer group = null;
        if (permissions != null) {
            group = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", prefix + " " + name))
                    .post("/api/user/group/").then().statusCode(201).extract().path("pk");
            int rules = Api.asAdmin().get("/api/user/ruleset/?group=" + group + "&name=part_category").then()
                    .statusCode(200).extract().path("[0].pk");
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
}
