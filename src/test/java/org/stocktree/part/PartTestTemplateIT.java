package org.stocktree.part;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
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

/** Test templates: keys from names, InvenTree's rules, inheritance by variants, filters, access. */
@Tag("h2")
class PartTestTemplateIT {

    private final String prefix = "T" + UUID.randomUUID().toString().substring(0, 6);

    static int testablePart(String name, Integer variantOf) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "testable", true, "is_template", true));
        if (variantOf != null) {
            body.put("variant_of", variantOf);
        }
        return PartIT.create(body);
    }

    static Response post(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/test-template/");
    }

    static int template(int part, String name) {
        return post(Map.of("part", part, "test_name", name)).then().statusCode(201).extract().path("pk");
    }

    @Test
    void aTemplateGetsItsKeyFromItsNameAndInvenTreesDefaults() {
        int part = testablePart(prefix + " Sensor", null);
        Response created = post(Map.of("part", part, "test_name", "  Leak Test (5 bar)! ", "description", "Dunk it"));
        created.then().statusCode(201)
                .body("test_name", equalTo("Leak Test (5 bar)!"))
                .body("key", equalTo("leaktest5bar"))
                .body("part", equalTo(part))
                .body("description", equalTo("Dunk it"))
                .body("enabled", equalTo(true))
                .body("required", equalTo(true))
                .body("requires_value", equalTo(false))
                .body("requires_attachment", equalTo(false))
                .body("results", equalTo(0))
                .body("choices", equalTo(""));
        ApiContract.assertResponse("post", "/api/part/test-template/", 201, created.asString());
        int id = created.path("pk");

        Response detail = Api.asAdmin().get("/api/part/test-template/" + id + "/");
        detail.then().statusCode(200).body("key", equalTo("leaktest5bar"));
        ApiContract.assertResponse("get", "/api/part/test-template/{id}/", 200, detail.asString());
        Response list = Api.asAdmin().get("/api/part/test-template/?part=" + part);
        list.then().statusCode(200).body("pk", contains(id));
        ApiContract.assertResponse("get", "/api/part/test-template/", 200, list.asString());

        // a name starting with a digit gets an underscore in front, as InvenTree's keys do
        post(Map.of("part", part, "test_name", "1st_Power on")).then().statusCode(201).body("key", equalTo("_1st_poweron"));
        Api.asAdmin().get("/api/part/test-template/999999/").then().statusCode(404);
    }

    @Test
    void theNameMustGiveAKeyAndThePartMustBeTestable() {
        int part = testablePart(prefix + " Valve", null);
        post(Map.of("part", part, "test_name", "!!! ???")).then().statusCode(400)
                .body("test_name[0]", equalTo("Invalid template name - must include at least one alphanumeric character"));
        post(Map.of("part", part)).then().statusCode(400).body("test_name[0]", equalTo("This field is required."));
        post(Map.of("test_name", "Pressure")).then().statusCode(400).body("part[0]", equalTo("This field is required."));
        post(Map.of("part", 99999999, "test_name", "Pressure")).then().statusCode(400)
                .body("part[0]", equalTo("Invalid pk \"99999999\" - object does not exist."));
        int plain = PartIT.create(Map.of("name", prefix + " Plain valve"));
        post(Map.of("part", plain, "test_name", "Pressure")).then().statusCode(400)
                .body("part[0]", equalTo("Test templates can only be created for testable parts"));
    }

    @Test
    void choicesMustBeUnique() {
        int part = testablePart(prefix + " Gauge", null);
        post(Map.of("part", part, "test_name", "Colour", "choices", "red, green,red")).then().statusCode(400)
                .body("choices[0]", equalTo("Choices must be unique"));
        int id = post(Map.of("part", part, "test_name", "Colour", "requires_value", true, "choices", " red,,green "))
                .then().statusCode(201).body("choices", equalTo("red,,green")).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("choices", "a,b,b"))
                .patch("/api/part/test-template/" + id + "/").then().statusCode(400)
                .body("choices[0]", equalTo("Choices must be unique"));
    }

    @Test
    void keysAreUniqueForAPartAndTheTemplatesAboveIt() {
        int template = testablePart(prefix + " Engine", null);
        int variant = testablePart(prefix + " Engine V8", template);
        int sibling = testablePart(prefix + " Engine V6", template);
        template(template, "Oil Pressure");
        post(Map.of("part", template, "test_name", "oil pressure")).then().statusCode(400)
                .body("test_name[0]", equalTo("Test template with the same key already exists for part"));
        // a variant cannot repeat a key it inherits
        post(Map.of("part", variant, "test_name", "OilPressure")).then().statusCode(400)
                .body("test_name[0]", equalTo("Test template with the same key already exists for part"));
        // keys of variants do not bind their siblings, nor the template above them
        template(variant, "Rev limit");
        template(sibling, "Rev limit");
        template(template, "Rev limit");
        // renaming onto a taken key is refused too
        int other = template(variant, "Idle");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("test_name", "Oil pressure"))
                .patch("/api/part/test-template/" + other + "/").then().statusCode(400)
                .body("test_name[0]", equalTo("Test template with the same key already exists for part"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("test_name", "Idle speed"))
                .patch("/api/part/test-template/" + other + "/").then().statusCode(200).body("key", equalTo("idlespeed"));
    }

    @Test
    void variantsListTheTemplatesTheyInherit() {
        int template = testablePart(prefix + " Pump", null);
        int variant = testablePart(prefix + " Pump XL", template);
        int inherited = template(template, "Flow");
        int own = template(variant, "Noise");
        Api.asAdmin().get("/api/part/test-template/?part=" + variant).then().statusCode(200)
                .body("pk", containsInAnyOrder(inherited, own));
        Api.asAdmin().get("/api/part/test-template/?part=" + variant + "&include_inherited=false").then()
                .body("pk", contains(own));
        Api.asAdmin().get("/api/part/test-template/?part=" + template).then().body("pk", contains(inherited));
        int plain = PartIT.create(Map.of("name", prefix + " Plain pump"));
        Api.asAdmin().get("/api/part/test-template/?part=" + plain).then().statusCode(400)
                .body("part[0]", equalTo("Select a valid choice. That choice is not one of the available choices."));
    }

    @Test
    void lockedPartsRefuseChangesToTheirTemplates() {
        int part = testablePart(prefix + " Locked", null);
        int id = template(part, "Torque");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("locked", true)).patch("/api/part/" + part + "/")
                .then().statusCode(200);
        String refusal = "Test template cannot be modified - part is locked";
        post(Map.of("part", part, "test_name", "Another")).then().statusCode(400)
                .body("non_field_errors[0]", equalTo(refusal));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("description", "changed"))
                .patch("/api/part/test-template/" + id + "/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo(refusal));
        Api.asAdmin().delete("/api/part/test-template/" + id + "/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo(refusal));
        // nor can a template move away from (or onto) a locked part
        int open = testablePart(prefix + " Open", null);
        int movable = template(open, "Speed");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("part", part))
                .patch("/api/part/test-template/" + movable + "/").then().statusCode(400);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("locked", false)).patch("/api/part/" + part + "/")
                .then().statusCode(200);
        Api.asAdmin().delete("/api/part/test-template/" + id + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/test-template/" + id + "/").then().statusCode(404);
    }

    @Test
    void filtersSearchAndOrdering() {
        int part = testablePart(prefix + " Filtered", null);
        int a = post(Map.of("part", part, "test_name", "Alpha", "required", false, "description", "first " + prefix))
                .then().statusCode(201).extract().path("pk");
        int b = post(Map.of("part", part, "test_name", "Bravo", "enabled", false, "requires_value", true))
                .then().statusCode(201).extract().path("pk");
        int c = post(Map.of("part", part, "test_name", "Charlie", "requires_attachment", true))
                .then().statusCode(201).extract().path("pk");
        String list = "/api/part/test-template/?part=" + part;
        Api.asAdmin().get(list).then().body("pk", contains(a, b, c));
        Api.asAdmin().get(list + "&ordering=-test_name").then().body("pk", contains(c, b, a));
        Api.asAdmin().get(list + "&ordering=required,test_name").then().body("pk", contains(a, b, c));
        Api.asAdmin().get(list + "&required=false").then().body("pk", contains(a));
        Api.asAdmin().get(list + "&enabled=false").then().body("pk", contains(b));
        Api.asAdmin().get(list + "&requires_value=true").then().body("pk", contains(b));
        Api.asAdmin().get(list + "&requires_attachment=true").then().body("pk", contains(c));
        Api.asAdmin().get(list + "&key=charlie").then().body("pk", contains(c));
        Api.asAdmin().get(list + "&has_results=true").then().body("size()", equalTo(0));
        Api.asAdmin().get(list + "&has_results=false").then().body("size()", equalTo(3));
        Api.asAdmin().get("/api/part/test-template/?search=first " + prefix).then().body("pk", contains(a));
        Api.asAdmin().get(list + "&search=brav").then().body("pk", contains(b));
        Api.asAdmin().get(list + "&enabled=maybe").then().statusCode(400);
    }

    @Test
    void putReplacesAndDeletingThePartDeletesItsTemplates() {
        int part = testablePart(prefix + " Doomed", null);
        int id = template(part, "Burn in");
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("part", part, "test_name", "Burn in 48h", "required", false))
                .put("/api/part/test-template/" + id + "/").then().statusCode(200)
                .body("key", equalTo("burnin48h")).body("required", equalTo(false));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("required", false))
                .put("/api/part/test-template/" + id + "/").then().statusCode(400)
                .body("test_name[0]", equalTo("This field is required."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("active", false)).patch("/api/part/" + part + "/")
                .then().statusCode(200);
        Api.asAdmin().delete("/api/part/" + part + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/test-template/" + id + "/").then().statusCode(404);
    }

    @Test
    void thePartRoleGuardsTemplates() {
        int part = testablePart(prefix + " Guarded", null);
        int id = template(part, "Guarded test");
        String viewer = RoleUsers.with("part", "view");
        RoleUsers.as(viewer).get("/api/part/test-template/" + id + "/").then().statusCode(200);
        RoleUsers.as(viewer).get("/api/part/test-template/").then().statusCode(200);
        RoleUsers.as(viewer).contentType(ContentType.JSON).body(Map.of("part", part, "test_name", "No"))
                .post("/api/part/test-template/").then().statusCode(403);
        RoleUsers.as(viewer).contentType(ContentType.JSON).body(Map.of("description", "No"))
                .patch("/api/part/test-template/" + id + "/").then().statusCode(403);
        RoleUsers.as(viewer).delete("/api/part/test-template/" + id + "/").then().statusCode(403);
        String builder = RoleUsers.with("build", "view", "add", "change", "delete");
        RoleUsers.as(builder).get("/api/part/test-template/").then().statusCode(403);
        Api.anonymous().get("/api/part/test-template/").then().statusCode(401);
        String editor = RoleUsers.with("part", "view", "add");
        RoleUsers.as(editor).contentType(ContentType.JSON).body(Map.of("part", part, "test_name", "Yes"))
                .post("/api/part/test-template/").then().statusCode(201).body("description", nullValue());
        Api.asAdmin().get("/api/part/test-template/?part=" + part).then()
                .body("test_name", hasItem("Yes")).body("test_name", not(hasItem("No")));
    }
}
