package org.stocktree.stock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.part.RoleUsers;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Serializing stock: units split off with serial numbers, the rules on quantity and serials, history, access. */
@Tag("h2")
class SerializeIT {

    private final String prefix = "Z" + UUID.randomUUID().toString().substring(0, 6);

    static Response serialize(int item, Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/stock/" + item + "/serialize/");
    }

    private int trackable(String name) {
        return StockIT.part(Map.of("name", prefix + " " + name, "trackable", true));
    }

    private static Response item(int id) {
        return Api.asAdmin().get("/api/stock/" + id + "/");
    }

    private static Response history(int item) {
        return Api.asAdmin().get("/api/stock/track/?item=" + item + "&limit=20");
    }

    @Test
    void unitsAreSplitOffWithTheirSerialsAndHistory() {
        int part = trackable("meter");
        int store = LocationIT.location(prefix + " Store", null);
        int bench = LocationIT.location(prefix + " Bench", null);
        int item = StockIT.stock(Map.of("part", part, "quantity", 5, "location", store, "batch", "B7",
                "delete_on_deplete", false)).get(0);

        Response serialized = serialize(item, Map.of("quantity", 3, "serial_numbers", "10-12", "destination", bench,
                "notes", "labelled"));
        serialized.then().statusCode(201).body("$", hasSize(3)).body("serial", contains("10", "11", "12"))
                .body("quantity", contains(1f, 1f, 1f)).body("location", contains(bench, bench, bench))
                .body("parent", contains(item, item, item)).body("batch", contains("B7", "B7", "B7"));
        ApiContract.assertResponse("post", "/api/stock/{id}/serialize/", 201, serialized.asString());
        int first = serialized.path("[0].pk");

        item(item).then().body("quantity", equalTo(2f)).body("location", equalTo(store)).body("serial", nullValue());
        history(item).then().body("results[0].tracking_type", equalTo(13))
                .body("results[0].label", equalTo("Serialized stock items"))
                .body("results[0].deltas.removed", equalTo(3f)).body("results[0].deltas.quantity", equalTo(2f))
                .body("results[0].notes", equalTo("labelled"));
        history(first).then().body("results.tracking_type", contains(6, 40))
                .body("results[0].deltas.serial", equalTo("10")).body("results[0].deltas.location", equalTo(bench))
                .body("results[1].deltas.quantity", equalTo(1f)).body("results[1].deltas.location", equalTo(bench));

        // the next free serials continue after the highest in use
        serialize(item, Map.of("quantity", 2, "serial_numbers", "~+1", "destination", bench)).then().statusCode(201)
                .body("serial", contains("13", "14"));
        item(item).then().statusCode(200).body("quantity", equalTo(0f));
    }

    @Test
    void anItemDeletedWhenDepletedGoesOnceAllIsSerialized() {
        int part = trackable("probe");
        int bench = LocationIT.location(prefix + " Lab", null);
        int item = StockIT.stock(Map.of("part", part, "quantity", 2, "delete_on_deplete", true)).get(0);
        serialize(item, Map.of("quantity", 2, "serial_numbers", "1, 2", "destination", bench)).then().statusCode(201)
                .body("parent", contains(nullValue(), nullValue()));
        item(item).then().statusCode(404);
    }

    @Test
    void wrongQuantitiesAndSerialsAreRefusedAndChangeNothing() {
        int part = trackable("gauge");
        int bench = LocationIT.location(prefix + " Desk", null);
        int structural = LocationIT.location(prefix + " Building", null, Map.of("structural", true));
        int item = StockIT.item(part, 4, null);
        StockIT.stock(Map.of("part", part, "quantity", 1, "serial", "7"));

        serialize(item, Map.of("quantity", 5, "serial_numbers", "1-5", "destination", bench)).then().statusCode(400)
                .body("quantity", contains("Quantity must not exceed available stock quantity (4)"));
        serialize(item, Map.of("quantity", 0, "serial_numbers", "1", "destination", bench)).then().statusCode(400)
                .body("quantity", contains("Quantity must be greater than zero"));
        serialize(item, Map.of("quantity", -1, "serial_numbers", "1", "destination", bench)).then().statusCode(400)
                .body("quantity", contains("Ensure this value is greater than or equal to 0."));
        serialize(item, Map.of("quantity", 2, "serial_numbers", "6-8", "destination", bench)).then().statusCode(400)
                .body("serial_numbers", contains("Group range 6-8 exceeds allowed quantity (2)"));
        serialize(item, Map.of("quantity", 2, "serial_numbers", "7 8", "destination", bench)).then().statusCode(400)
                .body("serial_numbers", contains("Serial numbers already exist: 7"));
        serialize(item, Map.of("quantity", 2, "serial_numbers", "8,8", "destination", bench)).then().statusCode(400);
        serialize(item, Map.of("quantity", 1, "serial_numbers", "9", "destination", structural)).then().statusCode(400)
                .body("destination", contains("Cannot assign stock to structural location"));
        serialize(item, Map.of("quantity", 1, "serial_numbers", "9")).then().statusCode(400)
                .body("destination", contains("This field is required."));
        serialize(item, Map.of("quantity", 1, "destination", bench)).then().statusCode(400)
                .body("serial_numbers", contains("This field is required."));
        serialize(99_999_999, Map.of("quantity", 1, "serial_numbers", "9", "destination", bench)).then().statusCode(404);

        item(item).then().body("quantity", equalTo(4f));
        history(item).then().body("count", equalTo(1));
        Api.asAdmin().get("/api/stock/?part=" + part + "&serialized=true&limit=10").then().body("count", equalTo(1));
    }

    @Test
    void onlyUnserializedStockOfTrackablePartsIsSerialized() {
        int plain = StockIT.part(Map.of("name", prefix + " washer"));
        int bench = LocationIT.location(prefix + " Table", null);
        int washers = StockIT.item(plain, 3, null);
        serialize(washers, Map.of("quantity", 1, "serial_numbers", "1", "destination", bench)).then().statusCode(400)
                .body("non_field_errors", contains("Serial numbers cannot be assigned to this part"));
        int unit = StockIT.stock(Map.of("part", trackable("scope"), "quantity", 1, "serial", "A1")).get(0);
        serialize(unit, Map.of("quantity", 1, "serial_numbers", "A2", "destination", bench)).then().statusCode(400)
                .body("non_field_errors", contains("Serialized stock cannot be serialized again"));
    }

    @Test
    void serializingNeedsTheStockRolesAddPermission() {
        int item = StockIT.item(trackable("lens"), 2, null);
        int bench = LocationIT.location(prefix + " Shelf", null);
        String viewer = RoleUsers.with("stock", "view");
        RoleUsers.as(viewer).contentType(ContentType.JSON)
                .body(Map.of("quantity", 1, "serial_numbers", "1", "destination", bench))
                .post("/api/stock/" + item + "/serialize/").then().statusCode(403);
        Api.anonymous().contentType(ContentType.JSON)
                .body(Map.of("quantity", 1, "serial_numbers", "1", "destination", bench))
                .post("/api/stock/" + item + "/serialize/").then().statusCode(401);
    }

    @Test
    void serialNumbersNameThePreviousAndNextSerializedItems() {
        int template = StockIT.part(Map.of("name", prefix + " drive", "trackable", true, "is_template", true));
        int variant = StockIT.part(Map.of("name", prefix + " drive v2", "trackable", true, "variant_of", template));
        List<Integer> units = StockIT.stock(Map.of("part", template, "quantity", 2, "serial_numbers", "3, 10"));
        int middle = StockIT.stock(Map.of("part", variant, "quantity", 1, "serial", "5")).get(0);

        Response neighbours = Api.asAdmin().get("/api/stock/" + middle + "/serial-numbers/");
        neighbours.then().statusCode(200).body("previous.pk", equalTo(units.get(0)))
                .body("previous.serial", equalTo("3")).body("next.pk", equalTo(units.get(1)))
                .body("next.serial", equalTo("10"));
        ApiContract.assertResponse("get", "/api/stock/{id}/serial-numbers/", 200, neighbours.asString());
        Api.asAdmin().get("/api/stock/" + units.get(0) + "/serial-numbers/").then().statusCode(200)
                .body("previous", nullValue()).body("next.pk", equalTo(middle));
        // neighbours come from the whole variant tree, template and variants alike
        Api.asAdmin().get("/api/stock/" + units.get(1) + "/serial-numbers/").then()
                .body("previous.pk", equalTo(middle)).body("next", nullValue());
        int unserialized = StockIT.item(template, 4, null);
        Api.asAdmin().get("/api/stock/" + unserialized + "/serial-numbers/").then().statusCode(200)
                .body("previous", nullValue()).body("next", nullValue());
        Api.asAdmin().get("/api/stock/99999999/serial-numbers/").then().statusCode(404);
        Api.anonymous().get("/api/stock/" + middle + "/serial-numbers/").then().statusCode(401);
        RoleUsers.as(RoleUsers.with("part", "view")).get("/api/stock/" + middle + "/serial-numbers/").then()
                .statusCode(403);
        RoleUsers.as(RoleUsers.with("build", "view")).get("/api/stock/" + middle + "/serial-numbers/").then()
                .statusCode(200);
    }
}
