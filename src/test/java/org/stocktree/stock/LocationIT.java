package org.stocktree.stock;

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

/** Stock locations and their types: the tree, paths, counts, deletion as InvenTree does it, filters. */
@Tag("h2")
class LocationIT {

    private final String prefix = "L" + UUID.randomUUID().toString().substring(0, 6);

    static int location(String name, Integer parent) {
        return location(name, parent, Map.of());
    }

    static int location(String name, Integer parent, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("name", name);
        body.put("parent", parent);
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/stock/location/").then()
                .statusCode(201).extract().path("pk");
    }

    private static int type(String name, String icon) {
        return Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", name, "icon", icon))
                .post("/api/stock/location-type/").then().statusCode(201).extract().path("pk");
    }

    @Test
    void aTreeOfAnyDepthWithPathsLevelsAndCounts() {
        Response created = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " Warehouse", "description", "The big one", "custom_icon", "ti:building",
                        "tags", List.of(prefix + "-tag")))
                .post("/api/stock/location/");
        created.then().statusCode(201).body("level", equalTo(0)).body("pathstring", equalTo(prefix + " Warehouse"))
                .body("parent", nullValue()).body("items", equalTo(0)).body("sublocations", equalTo(0))
                .body("icon", equalTo("ti:building")).body("custom_icon", equalTo("ti:building"))
                .body("structural", equalTo(false)).body("external", equalTo(false))
                .body("tags", contains(prefix + "-tag")).body("location_type_detail", nullValue());
        ApiContract.assertResponse("post", "/api/stock/location/", 201, created.asString());
        int warehouse = created.path("pk");
        int aisle = location("Aisle 1", warehouse);
        int shelf = location("Shelf A", aisle);

        Response detail = Api.asAdmin().get("/api/stock/location/" + shelf + "/?path_detail=true");
        detail.then().statusCode(200)
                .body("pathstring", equalTo(prefix + " Warehouse/Aisle 1/Shelf A"))
                .body("level", equalTo(2)).body("parent", equalTo(aisle))
                .body("path.name", contains(prefix + " Warehouse", "Aisle 1", "Shelf A"))
                .body("path.pk", contains(warehouse, aisle, shelf))
                .body("path[0].icon", equalTo("ti:building"));
        ApiContract.assertResponse("get", "/api/stock/location/{id}/", 200, detail.asString());
        Api.asAdmin().get("/api/stock/location/" + warehouse + "/").then().body("sublocations", equalTo(2));
        Api.asAdmin().get("/api/stock/location/" + shelf + "/").then().body("path", nullValue());

        String list = Api.asAdmin().get("/api/stock/location/?parent=" + warehouse + "&cascade=true&limit=10")
                .then().statusCode(200).body("results.pk", contains(aisle, shelf)).extract().asString();
        ApiContract.assertResponse("get", "/api/stock/location/", 200, list);
        String tree = Api.asAdmin().get("/api/stock/location/tree/?tree_id=" + warehouse + "&limit=10")
                .then().statusCode(200)
                .body("results.pk", contains(warehouse, aisle, shelf))
                .body("results.sublocations", contains(2, 1, 0))
                .body("results[0].icon", equalTo("ti:building")).extract().asString();
        ApiContract.assertResponse("get", "/api/stock/location/tree/", 200, tree);
        Api.asAdmin().get("/api/stock/location/999999/").then().statusCode(404);
    }

    @Test
    void movingALocationCarriesItsSubtreeAndNeverUnderItself() {
        int building = location(prefix + " Building", null);
        int room = location("Room", building);
        int cupboard = location("Cupboard", room);
        int drawer = location("Drawer", cupboard);
        int annex = location(prefix + " Annex", null);

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("parent", annex))
                .patch("/api/stock/location/" + room + "/").then().statusCode(200)
                .body("pathstring", equalTo(prefix + " Annex/Room")).body("level", equalTo(1));
        Api.asAdmin().get("/api/stock/location/" + drawer + "/").then()
                .body("pathstring", equalTo(prefix + " Annex/Room/Cupboard/Drawer")).body("level", equalTo(3));
        Api.asAdmin().get("/api/stock/location/tree/?tree_id=" + annex).then()
                .body("pk", contains(annex, room, cupboard, drawer));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Store room"))
                .patch("/api/stock/location/" + room + "/").then().statusCode(200);
        Api.asAdmin().get("/api/stock/location/" + drawer + "/").then()
                .body("pathstring", equalTo(prefix + " Annex/Store room/Cupboard/Drawer"));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("parent", drawer))
                .patch("/api/stock/location/" + cupboard + "/").then().statusCode(400)
                .body("parent[0]", equalTo("Invalid choice"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("parent", cupboard))
                .patch("/api/stock/location/" + cupboard + "/").then().statusCode(400);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("parent", 999999))
                .patch("/api/stock/location/" + cupboard + "/").then().statusCode(400)
                .body("parent[0]", equalTo("Invalid pk \"999999\" - object does not exist."));
        Api.asAdmin().get("/api/stock/location/" + drawer + "/").then()
                .body("pathstring", equalTo(prefix + " Annex/Store room/Cupboard/Drawer"));
    }

    @Test
    void siblingsHaveDifferentNames() {
        int top = location(prefix + " Top", null);
        location("Bin", top);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Bin", "parent", top))
                .post("/api/stock/location/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Duplicate names cannot exist under the same parent"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", prefix + " Top"))
                .post("/api/stock/location/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Duplicate names cannot exist under the same parent"));
        int other = location("Other", top);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Bin"))
                .patch("/api/stock/location/" + other + "/").then().statusCode(400);
        int elsewhere = location(prefix + " Elsewhere", null);
        location("Bin", elsewhere);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of()).post("/api/stock/location/").then()
                .statusCode(400).body("name[0]", equalTo("This field is required."));
    }

    @Test
    void deletingMovesChildrenUpUnlessAskedToDeleteThem() {
        int top = location(prefix + " Top", null);
        int middle = location("Middle", top);
        int bottom = location("Bottom", middle);

        Api.asAdmin().delete("/api/stock/location/" + middle + "/").then().statusCode(204);
        Api.asAdmin().get("/api/stock/location/" + middle + "/").then().statusCode(404);
        Api.asAdmin().get("/api/stock/location/" + bottom + "/").then().body("parent", equalTo(top))
                .body("pathstring", equalTo(prefix + " Top/Bottom")).body("level", equalTo(1));

        int deep = location("Deep", bottom);
        int deeper = location("Deeper", deep);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("delete_sub_locations", true))
                .delete("/api/stock/location/" + bottom + "/").then().statusCode(204);
        Api.asAdmin().get("/api/stock/location/" + deep + "/").then().statusCode(404);
        Api.asAdmin().get("/api/stock/location/" + deeper + "/").then().statusCode(404);
        Api.asAdmin().get("/api/stock/location/" + top + "/").then().body("sublocations", equalTo(0));
    }

    @Test
    void filtersAsInvenTreeNamesThem() {
        int type = type(prefix + " Bin", "ti:box");
        int root = location(prefix + " Root", null, Map.of("tags", List.of(prefix + "-tagged")));
        int a = location("A", root, Map.of("structural", true, "location_type", type));
        int b = location("B", root, Map.of("external", true));
        int a1 = location("A1", a);
        int a1x = location("A1x", a1);
        String base = "/api/stock/location/?limit=50&parent=";

        Api.asAdmin().get(base + root).then().body("results.pk", contains(a, b));
        Api.asAdmin().get(base + root + "&cascade=true").then().body("results.pk", containsInAnyOrder(a, b, a1, a1x));
        Api.asAdmin().get(base + root + "&cascade=true&depth=2").then()
                .body("results.pk", containsInAnyOrder(a, b, a1));
        Api.asAdmin().get(base + root + "&cascade=true&structural=true").then().body("results.pk", contains(a));
        Api.asAdmin().get(base + root + "&cascade=true&external=true").then().body("results.pk", contains(b));
        Api.asAdmin().get(base + root + "&cascade=true&location_type=" + type).then().body("results.pk", contains(a));
        Api.asAdmin().get(base + root + "&cascade=true&has_location_type=false").then()
                .body("results.pk", containsInAnyOrder(b, a1, a1x));
        Api.asAdmin().get(base + root + "&cascade=true&name=A1").then().body("results.pk", contains(a1));
        Api.asAdmin().get(base + root + "&cascade=true&ordering=-name").then()
                .body("results.pk", contains(b, a1x, a1, a));
        Api.asAdmin().get("/api/stock/location/?limit=50&search=" + prefix).then()
                .body("results.pk", containsInAnyOrder(root, a, b, a1, a1x));
        Api.asAdmin().get("/api/stock/location/?limit=50&tag_name=" + prefix + "-tagged").then()
                .body("results.pk", contains(root));
        Api.asAdmin().get("/api/stock/location/?limit=500&top_level=true").then()
                .body("results.pk", hasItem(root)).body("results.pk", not(hasItem(a)));
        Api.asAdmin().get("/api/stock/location/?limit=500&cascade=false").then()
                .body("results.pk", hasItem(root)).body("results.pk", not(hasItem(a1)));
        Api.asAdmin().get("/api/stock/location/?limit=500&depth=0").then()
                .body("results.pk", hasItem(root)).body("results.pk", not(hasItem(a)));
        Api.asAdmin().get(base + "999999").then().statusCode(400);
        Api.asAdmin().get(base + root + "&structural=maybe").then().statusCode(400);
        Api.asAdmin().get("/api/stock/location/tree/?limit=50&parent=" + a + "&ordering=name").then()
                .body("results.pk", contains(a1));
    }

    @Test
    void typesGiveTheirIconToLocationsWithoutOne() {
        Response created = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " Shelf", "description", "A shelf", "icon", "ti:shelf"))
                .post("/api/stock/location-type/");
        created.then().statusCode(201).body("location_count", equalTo(0));
        ApiContract.assertResponse("post", "/api/stock/location-type/", 201, created.asString());
        int type = created.path("pk");
        int plain = location(prefix + " Plain", null, Map.of("location_type", type));
        int own = location(prefix + " Own", null, Map.of("location_type", type, "custom_icon", "ti:star"));

        Response detail = Api.asAdmin().get("/api/stock/location/" + plain + "/");
        detail.then().body("icon", equalTo("ti:shelf")).body("custom_icon", nullValue())
                .body("location_type", equalTo(type)).body("location_type_detail.name", equalTo(prefix + " Shelf"))
                .body("location_type_detail.location_count", equalTo(2));
        ApiContract.assertResponse("get", "/api/stock/location/{id}/", 200, detail.asString());
        Api.asAdmin().get("/api/stock/location/" + own + "/").then().body("icon", equalTo("ti:star"));
        Response typeDetail = Api.asAdmin().get("/api/stock/location-type/" + type + "/");
        typeDetail.then().statusCode(200).body("location_count", equalTo(2));
        ApiContract.assertResponse("get", "/api/stock/location-type/{id}/", 200, typeDetail.asString());
        String list = Api.asAdmin().get("/api/stock/location-type/?limit=10&search=" + prefix).then()
                .body("results.pk", contains(type)).extract().asString();
        ApiContract.assertResponse("get", "/api/stock/location-type/", 200, list);

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("icon", "ti:rack"))
                .patch("/api/stock/location-type/" + type + "/").then().statusCode(200).body("icon", equalTo("ti:rack"));
        Api.asAdmin().get("/api/stock/location/" + plain + "/").then().body("icon", equalTo("ti:rack"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", ""))
                .patch("/api/stock/location-type/" + type + "/").then().statusCode(400)
                .body("name[0]", equalTo("This field may not be blank."));

        Api.asAdmin().delete("/api/stock/location-type/" + type + "/").then().statusCode(204);
        Api.asAdmin().get("/api/stock/location-type/" + type + "/").then().statusCode(404);
        Api.asAdmin().get("/api/stock/location/" + plain + "/").then().statusCode(200)
                .body("location_type", nullValue()).body("icon", not(equalTo("ti:rack")));
    }

    @Test
    void bulkUpdatesChangeTheSelectedLocations() {
        int root = location(prefix + " Bulk", null);
        int one = location("One", root);
        int two = location("Two", root);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("items", List.of(one, two), "description", "Bulk"))
                .patch("/api/stock/location/").then().statusCode(200).body("success", equalTo("Updated 2 items"));
        Api.asAdmin().get("/api/stock/location/" + two + "/").then().body("description", equalTo("Bulk"));
    }

    @Test
    void partsAndCategoriesNameExistingLocationsAsTheirDefault() {
        int shelf = location(prefix + " Default shelf", null);
        int part = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " stored part", "default_location", shelf)).post("/api/part/")
                .then().statusCode(201).body("default_location", equalTo(shelf)).extract().path("pk");
        Response withDetail = Api.asAdmin().get("/api/part/" + part + "/?location_detail=true");
        withDetail.then().statusCode(200).body("default_location_detail.pk", equalTo(shelf))
                .body("default_location_detail.pathstring", equalTo(prefix + " Default shelf"));
        ApiContract.assertResponse("get", "/api/part/{id}/", 200, withDetail.asString());
        Api.asAdmin().get("/api/part/" + part + "/").then().body("default_location_detail", nullValue());
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("default_location", 999999))
                .patch("/api/part/" + part + "/").then().statusCode(400)
                .body("default_location[0]", equalTo("Invalid pk \"999999\" - object does not exist."));
        int category = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " stored category", "default_location", shelf))
                .post("/api/part/category/").then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("default_location", 999999))
                .patch("/api/part/category/" + category + "/").then().statusCode(400);

        Api.asAdmin().delete("/api/stock/location/" + shelf + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/" + part + "/").then().body("default_location", nullValue());
        Api.asAdmin().get("/api/part/category/" + category + "/").then().body("default_location", nullValue());
    }

    @Test
    void inventreesFixtureLocationsAreImported() {
        Api.asAdmin().get("/api/stock/location/5/").then().statusCode(200)
                .body("name", equalTo("Drawer_1")).body("pathstring", equalTo("Office/Drawer_1"))
                .body("level", equalTo(1)).body("parent", equalTo(4));
        Api.asAdmin().get("/api/stock/location/4/").then().body("external", equalTo(true))
                .body("sublocations", equalTo(3));
        Api.asAdmin().get("/api/stock/location/?parent=1&limit=10").then()
                .body("results.name", containsInAnyOrder("Bathroom", "Dining Room"));
    }

    @Test
    void accessFollowsTheStockLocationRole() {
        Api.anonymous().get("/api/stock/location/").then().statusCode(401);
        Api.anonymous().get("/api/stock/location-type/").then().statusCode(401);
        Api.asAdmin().get("/api/stock/location/?limit=1&parent=1").then().body("results", not(empty()));
    }
}
