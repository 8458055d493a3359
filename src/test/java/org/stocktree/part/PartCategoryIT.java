package org.stocktree.part;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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

/** Part categories: the tree, its paths when it changes, deletion as InvenTree does it, filters, stars. */
@Tag("h2")
class PartCategoryIT {

    private final String prefix = "C" + UUID.randomUUID().toString().substring(0, 6);

    private static int category(String name, Integer parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parent", parent);
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/category/").then()
                .statusCode(201).extract().path("pk");
    }

    private static int part(String name, int category) {
        return PartIT.create(Map.of("name", name, "category", category));
    }

    @Test
    void aTreeOfAnyDepthWithPathsLevelsAndCounts() {
        Response created = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " Electronics", "description", "All things electric", "icon", "ti:bolt",
                        "default_location", 7))
                .post("/api/part/category/");
        created.then().statusCode(201).body("level", equalTo(0)).body("pathstring", equalTo(prefix + " Electronics"))
                .body("parent", nullValue()).body("part_count", equalTo(0)).body("starred", equalTo(false));
        ApiContract.assertResponse("post", "/api/part/category/", 201, created.asString());
        int electronics = created.path("pk");
        int passives = category("Passives", electronics);
        int resistors = category("Resistors", passives);
        part(prefix + " R1", resistors);
        part(prefix + " R2", resistors);
        part(prefix + " C1", passives);

        Response detail = Api.asAdmin().get("/api/part/category/" + resistors + "/?path_detail=true");
        detail.then().statusCode(200)
                .body("pathstring", equalTo(prefix + " Electronics/Passives/Resistors"))
                .body("level", equalTo(2))
                .body("parent", equalTo(passives))
                .body("parent_default_location", equalTo(7))
                .body("path.name", contains(prefix + " Electronics", "Passives", "Resistors"));
        ApiContract.assertResponse("get", "/api/part/category/{id}/", 200, detail.asString());
        Api.asAdmin().get("/api/part/category/" + electronics + "/").then()
                .body("part_count", equalTo(3)).body("subcategories", equalTo(2));

        String list = Api.asAdmin().get("/api/part/category/?parent=" + electronics + "&cascade=true&limit=10")
                .then().statusCode(200).body("results.pk", contains(passives, resistors)).extract().asString();
        ApiContract.assertResponse("get", "/api/part/category/", 200, list);
        String tree = Api.asAdmin().get("/api/part/category/tree/?tree_id=" + electronics).then().statusCode(200)
                .body("pk", contains(electronics, passives, resistors))
                .body("subcategories", contains(2, 1, 0)).extract().asString();
        ApiContract.assertResponse("get", "/api/part/category/tree/", 200, tree);
        Api.asAdmin().get("/api/part/category/999999/").then().statusCode(404);
    }

    @Test
    void movingACategoryCarriesItsSubtreeAndNeverUnderItself() {
        int tools = category(prefix + " Tools", null);
        int hand = category("Hand", tools);
        int screwdrivers = category("Screwdrivers", hand);
        int torx = category("Torx", screwdrivers);
        int workshop = category(prefix + " Workshop", null);

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("parent", workshop))
                .patch("/api/part/category/" + hand + "/").then().statusCode(200)
                .body("pathstring", equalTo(prefix + " Workshop/Hand")).body("level", equalTo(1));
        Api.asAdmin().get("/api/part/category/" + torx + "/").then()
                .body("pathstring", equalTo(prefix + " Workshop/Hand/Screwdrivers/Torx")).body("level", equalTo(3));
        Api.asAdmin().get("/api/part/category/tree/?tree_id=" + workshop).then()
                .body("pk", contains(workshop, hand, screwdrivers, torx));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Manual"))
                .patch("/api/part/category/" + hand + "/").then().statusCode(200);
        Api.asAdmin().get("/api/part/category/" + torx + "/").then()
                .body("pathstring", equalTo(prefix + " Workshop/Manual/Screwdrivers/Torx"));

        Map<String, Object> toRoot = new HashMap<>();
        toRoot.put("parent", null);
        Api.asAdmin().contentType(ContentType.JSON).body(toRoot).patch("/api/part/category/" + screwdrivers + "/")
                .then().statusCode(200).body("level", equalTo(0)).body("pathstring", equalTo("Screwdrivers"));
        Api.asAdmin().get("/api/part/category/" + torx + "/").then()
                .body("pathstring", equalTo("Screwdrivers/Torx")).body("level", equalTo(1));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("parent", torx))
                .patch("/api/part/category/" + screwdrivers + "/").then().statusCode(400)
                .body("parent[0]", equalTo("Cannot assign category to itself or one of its sub-categories"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("parent", screwdrivers))
                .patch("/api/part/category/" + screwdrivers + "/").then().statusCode(400);
        Api.asAdmin().get("/api/part/category/" + torx + "/").then().body("pathstring", equalTo("Screwdrivers/Torx"));
    }

    @Test
    void deletingMovesPartsAndChildrenUpUnlessAskedToDeleteThem() {
        int top = category(prefix + " Top", null);
        int middle = category("Middle", top);
        int bottom = category("Bottom", middle);
        int inMiddle = part(prefix + " in middle", middle);
        int inBottom = part(prefix + " in bottom", bottom);

        Api.asAdmin().delete("/api/part/category/" + middle + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/" + inMiddle + "/").then().body("category", equalTo(top));
        Api.asAdmin().get("/api/part/category/" + bottom + "/").then().body("parent", equalTo(top))
                .body("pathstring", equalTo(prefix + " Top/Bottom")).body("level", equalTo(1));
        Api.asAdmin().get("/api/part/" + inBottom + "/").then().body("category", equalTo(bottom));

        int deep = category("Deep", bottom);
        int inDeep = part(prefix + " in deep", deep);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("delete_parts", true, "delete_child_categories", true))
                .delete("/api/part/category/" + bottom + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/category/" + deep + "/").then().statusCode(404);
        Api.asAdmin().get("/api/part/" + inBottom + "/").then().statusCode(404);
        Api.asAdmin().get("/api/part/" + inDeep + "/").then().statusCode(404);

        int shelf = category("Shelf", top);
        int box = category("Box", shelf);
        int onShelf = part(prefix + " on shelf", shelf);
        int inBox = part(prefix + " in box", box);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("delete_child_categories", "1"))
                .delete("/api/part/category/" + shelf + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/category/" + box + "/").then().statusCode(404);
        Api.asAdmin().get("/api/part/" + onShelf + "/").then().body("category", equalTo(top));
        Api.asAdmin().get("/api/part/" + inBox + "/").then().body("category", equalTo(top));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("delete_parts", true))
                .delete("/api/part/category/" + top + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/" + onShelf + "/").then().statusCode(404);
        Api.asAdmin().get("/api/part/" + inMiddle + "/").then().statusCode(404);
        Api.asAdmin().get("/api/part/category/" + top + "/").then().statusCode(404);
    }

    @Test
    void filtersFollowInvenTreesRules() {
        int root = category(prefix + " Root", null);
        int a = category(prefix + " A", root);
        int b = category(prefix + " B", root);
        int a1 = category(prefix + " A1", a);
        int a11 = category(prefix + " A11", a1);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("structural", true))
                .patch("/api/part/category/" + b + "/").then().statusCode(200).body("structural", equalTo(true));

        Api.asAdmin().get("/api/part/category/?parent=" + root).then().body("pk", contains(a, b));
        Api.asAdmin().get("/api/part/category/?parent=" + root + "&cascade=true").then()
                .body("pk", contains(a, a1, a11, b));
        Api.asAdmin().get("/api/part/category/?parent=" + root + "&cascade=true&depth=2").then()
                .body("pk", contains(a, a1, b));
        Api.asAdmin().get("/api/part/category/?top_level=true&search=" + prefix).then().body("pk", contains(root));
        Api.asAdmin().get("/api/part/category/?cascade=false&search=" + prefix).then().body("pk", contains(root));
        Api.asAdmin().get("/api/part/category/?depth=1&search=" + prefix).then().body("pk", contains(root, a, b));
        Api.asAdmin().get("/api/part/category/?structural=true&search=" + prefix).then().body("pk", contains(b));
        Api.asAdmin().get("/api/part/category/?exclude_tree=" + a + "&search=" + prefix).then()
                .body("pk", contains(root, b));
        // quoted, the name is one term (unquoted, "A1" could match the random prefix of every category)
        Api.asAdmin().queryParam("search", "\"" + prefix + " A1\"").get("/api/part/category/").then()
                .body("pk", contains(a1, a11));
        Api.asAdmin().get("/api/part/category/?parent=" + root + "&ordering=-name").then().body("pk", contains(b, a));
        Api.asAdmin().get("/api/part/category/?parent=999999").then().statusCode(400);
        Api.asAdmin().get("/api/part/category/?parent=x").then().statusCode(400);
        Api.asAdmin().get("/api/part/category/?depth=deep").then().statusCode(400);
        Api.asAdmin().get("/api/part/category/?structural=perhaps").then().statusCode(400);

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("starred", true))
                .patch("/api/part/category/" + a1 + "/").then().statusCode(200).body("starred", equalTo(true));
        Api.asAdmin().get("/api/part/category/?starred=true&search=" + prefix).then().body("pk", contains(a1));
        Api.asAdmin().get("/api/part/category/?starred=false&search=" + prefix).then().body("pk", not(hasItem(a1)));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("starred", false))
                .patch("/api/part/category/" + a1 + "/").then().statusCode(200).body("starred", equalTo(false));
        Api.asAdmin().get("/api/part/category/?starred=true&search=" + prefix).then().body("pk", empty());
    }

    @Test
    void aCategoryHoldingPartsCannotBecomeStructural() {
        int holder = category(prefix + " Holder", null);
        part(prefix + " held", holder);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("structural", true))
                .patch("/api/part/category/" + holder + "/").then().statusCode(400)
                .body("structural[0]", equalTo("You cannot make this part category structural because some parts "
                        + "are already assigned to it!"));
    }

    @Test
    void bulkUpdateMovesCategories() {
        int target = category(prefix + " Target", null);
        int x = category(prefix + " X", null);
        int y = category(prefix + " Y", null);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("items", List.of(x, y), "parent", target))
                .patch("/api/part/category/").then().statusCode(200).body("success", equalTo("Updated 2 items"));
        Api.asAdmin().get("/api/part/category/?parent=" + target).then().body("pk", containsInAnyOrder(x, y));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("items", List.of(target), "parent", x))
                .patch("/api/part/category/").then().statusCode(400);
    }

    @Test
    void aUserWithTheBuildRoleReadsCategoriesAndParts() {
        String user = "builder-" + UUID.randomUUID().toString().substring(0, 8);
        int group = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Builders " + user))
                .post("/api/user/group/").then().statusCode(201).extract().path("pk");
        List<Map<String, Object>> ruleSets = Api.asAdmin().get("/api/user/ruleset/?group=" + group).then()
                .extract().path("");
        for (Map<String, Object> ruleSet : ruleSets) {
            if ("build".equals(ruleSet.get("name"))) {
                Api.asAdmin().contentType(ContentType.JSON).body(Map.of("can_view", true))
                        .patch("/api/user/ruleset/" + ruleSet.get("pk") + "/").then().statusCode(200);
            }
        }
        int id = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", user, "group_ids", List.of(group)))
                .post("/api/user/").then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "builder-password-1"))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
        Api.as(user, "builder-password-1").get("/api/part/category/").then().statusCode(200);
        Api.as(user, "builder-password-1").get("/api/part/").then().statusCode(200);
        Api.as(user, "builder-password-1").contentType(ContentType.JSON).body(Map.of("name", prefix))
                .post("/api/part/category/").then().statusCode(403);
    }
}
