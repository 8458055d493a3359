package org.stocktree.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Stock items: creation (with serial numbers), the rules on their fields, edits, deletion, filters, history. */
@Tag("h2")
class StockIT {

    private final String prefix = "S" + UUID.randomUUID().toString().substring(0, 6);

    static int part(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/").then().statusCode(201)
                .extract().path("pk");
    }

    /** Creates stock and answers the ids of the items created. */
    static List<Integer> stock(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/stock/").then().statusCode(201)
                .extract().path("pk");
    }

    /** A new customer company, for items sent out. */
    static int customer() {
        return Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Customer " + UUID.randomUUID(), "is_customer", true)).post("/api/company/")
                .then().statusCode(201).extract().path("pk");
    }

    /** A supplier part of the part from a new supplier; the part becomes purchaseable. */
    static int supplierPart(int part) {
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("purchaseable", true)).patch("/api/part/" + part + "/")
                .then().statusCode(200);
        int supplier = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Supplier " + UUID.randomUUID(), "is_supplier", true)).post("/api/company/")
                .then().statusCode(201).extract().path("pk");
        return Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("part", part, "supplier", supplier, "SKU", "SKU-" + UUID.randomUUID()))
                .post("/api/company/part/").then().statusCode(201).extract().path("pk");
    }

    static int item(int part, Object quantity, Integer location) {
        Map<String, Object> body = new HashMap<>();
        body.put("part", part);
        body.put("quantity", quantity);
        body.put("location", location);
        return stock(body).get(0);
    }

    private static Response post(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/stock/");
    }

    @Test
    void anItemIsCreatedWithItsHistoryAndAnswersAsTheSchemaSays() {
        int part = part(Map.of("name", prefix + " bolt"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        Response created = post(Map.of("part", part, "quantity", "12.5", "location", shelf, "batch", "B-1",
                "packaging", "box", "purchase_price", "1.25", "purchase_price_currency", "EUR",
                "tags", List.of(prefix + "-t")));
        created.then().statusCode(201).body("$", hasSize(1))
                .body("[0].part", equalTo(part)).body("[0].quantity", equalTo(12.5f))
                .body("[0].location", equalTo(shelf)).body("[0].status", equalTo(10))
                .body("[0].status_text", equalTo("OK")).body("[0].in_stock", equalTo(true))
                .body("[0].serial", nullValue()).body("[0].batch", equalTo("B-1"))
                .body("[0].tags", contains(prefix + "-t")).body("[0].tracking_items", equalTo(0));
        ApiContract.assertResponse("post", "/api/stock/", 201, created.asString());
        int id = created.path("[0].pk");

        Response detail = Api.asAdmin().get("/api/stock/" + id + "/?part_detail=true&location_detail=true&path_detail=true");
        detail.then().statusCode(200).body("tracking_items", equalTo(1))
                .body("part_detail.name", equalTo(prefix + " bolt"))
                .body("location_detail.pathstring", equalTo(prefix + " Shelf"))
                .body("location_path.name", contains(prefix + " Shelf"))
                .body("purchase_price", equalTo("1.250000")).body("purchase_price_currency", equalTo("EUR"));
        ApiContract.assertResponse("get", "/api/stock/{id}/", 200, detail.asString());

        Response history = Api.asAdmin().get("/api/stock/track/?item=" + id + "&limit=10");
        history.then().statusCode(200).body("count", equalTo(1))
                .body("results[0].tracking_type", equalTo(1))
                .body("results[0].label", equalTo("Stock item created"))
                .body("results[0].deltas.quantity", equalTo(12.5f))
                .body("results[0].deltas.location", equalTo(shelf))
                .body("results[0].deltas.status", equalTo(10))
                .body("results[0].part", equalTo(part));
        ApiContract.assertResponse("get", "/api/stock/track/", 200, history.asString());
        Api.asAdmin().get("/api/stock/999999/").then().statusCode(404);
        Api.asAdmin().get("/api/stock/location/" + shelf + "/").then().body("items", equalTo(1));
    }

    @Test
    void badQuantitiesLocationsAndPartsAreRefusedAndChangeNothing() {
        int part = part(Map.of("name", prefix + " nut"));
        int structural = LocationIT.location(prefix + " Structural", null, Map.of("structural", true));
        int virtual = part(Map.of("name", prefix + " licence", "virtual", true));
        post(Map.of("part", part, "quantity", -1)).then().statusCode(400)
                .body("quantity[0]", equalTo("Ensure this value is greater than or equal to 0."));
        post(Map.of("part", part, "quantity", "many")).then().statusCode(400)
                .body("quantity[0]", equalTo("A valid number is required."));
        post(Map.of("part", part)).then().statusCode(400).body("quantity[0]", equalTo("This field is required."));
        post(Map.of("quantity", 1)).then().statusCode(400).body("part[0]", equalTo("This field is required."));
        post(Map.of("part", 999999, "quantity", 1)).then().statusCode(400)
                .body("part[0]", equalTo("Invalid pk \"999999\" - object does not exist."));
        post(Map.of("part", part, "quantity", 1, "location", 999999)).then().statusCode(400)
                .body("location[0]", equalTo("Invalid pk \"999999\" - object does not exist."));
        post(Map.of("part", part, "quantity", 1, "location", structural)).then().statusCode(400)
                .body("location[0]", equalTo("Stock items cannot be located into structural stock locations!"));
        post(Map.of("part", virtual, "quantity", 1)).then().statusCode(400)
                .body("part[0]", equalTo("Stock item cannot be created for virtual parts"));
        post(Map.of("part", part, "quantity", 1, "status", 42)).then().statusCode(400)
                .body("status[0]", equalTo("\"42\" is not a valid choice."));
        post(Map.of("part", part, "quantity", 2, "serial", "X1")).then().statusCode(400)
                .body("quantity[0]", equalTo("Quantity must be 1 for item with a serial number"));
        Api.asAdmin().get("/api/stock/?part=" + part + "&limit=1").then().body("count", equalTo(0));
    }

    @Test
    void serialNumberExpressionsCreateOneItemPerSerial() {
        int part = part(Map.of("name", prefix + " robot", "trackable", true));
        Response created = post(Map.of("part", part, "quantity", 3, "serial_numbers", "1-3"));
        created.then().statusCode(201).body("serial", contains("1", "2", "3")).body("quantity", contains(1f, 1f, 1f));
        ApiContract.assertResponse("post", "/api/stock/", 201, created.asString());
        post(Map.of("part", part, "quantity", 2, "serial_numbers", "~, ~")).then().statusCode(201)
                .body("serial", contains("4", "5"));
        post(Map.of("part", part, "quantity", 2, "serial_numbers", "2, 7")).then().statusCode(400)
                .body("serial_numbers[0]", equalTo("The following serial numbers already exist or are invalid : 2"));
        post(Map.of("part", part, "quantity", 3, "serial_numbers", "3+")).then().statusCode(201)
                .body("serial", contains("6", "7", "8"));
        post(Map.of("part", part, "quantity", 2, "serial_numbers", "10 10")).then().statusCode(400)
                .body("serial_numbers[0]", equalTo("Duplicate serial: 10"));
        post(Map.of("part", part, "quantity", 5, "serial_numbers", "20-22")).then().statusCode(400)
                .body("serial_numbers[0]", equalTo("Number of unique serial numbers (3) must match quantity (5)"));
        post(Map.of("part", part, "quantity", 1.5, "serial_numbers", "30")).then().statusCode(400)
                .body("quantity[0]", equalTo("Quantity must be a whole number when serial numbers are given"));
        int plain = part(Map.of("name", prefix + " sand"));
        post(Map.of("part", plain, "quantity", 2, "serial_numbers", "1-2")).then().statusCode(400)
                .body("serial_numbers[0]", equalTo("Serial numbers cannot be supplied for a non-trackable part"));
        Api.asAdmin().get("/api/stock/?part=" + part + "&limit=20&ordering=serial").then().body("count", equalTo(8))
                .body("results.serial", contains("1", "2", "3", "4", "5", "6", "7", "8"));
        Api.asAdmin().get("/api/stock/?part=" + part + "&limit=20&serial_gte=3&serial_lte=5").then()
                .body("results.serial", containsInAnyOrder("3", "4", "5"));
        Api.asAdmin().get("/api/stock/?part=" + part + "&limit=20&serial=7").then().body("results.serial", contains("7"));
    }

    @Test
    void serialsAreUniqueAcrossATemplateAndItsVariants() {
        int template = part(Map.of("name", prefix + " chair", "is_template", true, "trackable", true));
        int red = part(Map.of("name", prefix + " red chair", "variant_of", template, "trackable", true));
        int blue = part(Map.of("name", prefix + " blue chair", "variant_of", template, "trackable", true));
        int other = part(Map.of("name", prefix + " table", "trackable", true));
        stock(Map.of("part", red, "quantity", 1, "serial", "100"));
        post(Map.of("part", blue, "quantity", 1, "serial", "100")).then().statusCode(400)
                .body("serial[0]", equalTo("Serial number already exists"));
        post(Map.of("part", blue, "quantity", 2, "serial_numbers", "99-100")).then().statusCode(400)
                .body("serial_numbers[0]", equalTo("The following serial numbers already exist or are invalid : 100"));
        stock(Map.of("part", other, "quantity", 1, "serial", "100"));
        Api.asAdmin().get("/api/stock/?part=" + template + "&limit=10").then().body("count", equalTo(1));
        Api.asAdmin().get("/api/stock/?part=" + template + "&include_variants=false&limit=10").then()
                .body("count", equalTo(0));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("value", true))
                .patch("/api/settings/global/SERIAL_NUMBER_GLOBALLY_UNIQUE/").then().statusCode(200);
        try {
            int lamp = part(Map.of("name", prefix + " lamp", "trackable", true));
            post(Map.of("part", lamp, "quantity", 1, "serial", "100")).then().statusCode(400)
                    .body("serial[0]", equalTo("Serial number already exists"));
        } finally {
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("value", false))
                    .patch("/api/settings/global/SERIAL_NUMBER_GLOBALLY_UNIQUE/").then().statusCode(200);
        }
    }

    @Test
    void editsAreCheckedAndRecordedInTheHistory() {
        int part = part(Map.of("name", prefix + " gear", "trackable", true));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int bin = LocationIT.location(prefix + " Bin", null);
        int id = item(part, 5, shelf);
        int serialized = stock(Map.of("part", part, "quantity", 1, "serial", "S1")).get(0);

        Response edited = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("location", bin, "status", 55, "batch", "NEW", "notes", "moved"))
                .patch("/api/stock/" + id + "/");
        edited.then().statusCode(200).body("location", equalTo(bin)).body("status", equalTo(55))
                .body("status_text", equalTo("Damaged")).body("in_stock", equalTo(true));
        ApiContract.assertResponse("patch", "/api/stock/{id}/", 200, edited.asString());
        Api.asAdmin().get("/api/stock/track/?item=" + id + "&limit=10").then().body("count", equalTo(2))
                .body("results[0].tracking_type", equalTo(5))
                .body("results[0].label", equalTo("Edited stock item"))
                .body("results[0].deltas.location", equalTo(bin))
                .body("results[0].deltas.status", equalTo(55))
                .body("results[0].deltas.batch", equalTo("NEW"))
                .body("results[1].tracking_type", equalTo(1));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("status", 60)).patch("/api/stock/" + id + "/").then()
                .statusCode(200).body("in_stock", equalTo(false));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("serial", "S1", "quantity", 1))
                .patch("/api/stock/" + id + "/").then().statusCode(400)
                .body("serial[0]", equalTo("Serial number already exists"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("quantity", 3))
                .patch("/api/stock/" + serialized + "/").then().statusCode(400)
                .body("quantity[0]", equalTo("Quantity must be 1 for item with a serial number"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("belongs_to", id))
                .patch("/api/stock/" + id + "/").then().statusCode(400)
                .body("belongs_to[0]", equalTo("Item cannot belong to itself"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("quantity", -2))
                .patch("/api/stock/" + id + "/").then().statusCode(400);
        Api.asAdmin().get("/api/stock/" + id + "/").then().body("quantity", equalTo(5f)).body("serial", nullValue());
        Api.asAdmin().get("/api/stock/track/?item=" + id + "&limit=10").then().body("count", equalTo(3));
    }

    @Test
    void deletingItemsKeepsTheirHistory() {
        int part = part(Map.of("name", prefix + " washer"));
        int one = item(part, 1, null);
        int two = item(part, 2, null);
        int three = item(part, 3, null);
        Api.asAdmin().delete("/api/stock/" + one + "/").then().statusCode(204);
        Api.asAdmin().get("/api/stock/" + one + "/").then().statusCode(404);
        Api.asAdmin().get("/api/stock/track/?part=" + part + "&limit=10").then().body("count", equalTo(3));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of()).delete("/api/stock/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("List of items or filters must be provided for bulk operation"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("items", List.of(two, three))).delete("/api/stock/")
                .then().statusCode(200).body("success", equalTo("Deleted 2 items"));
        Api.asAdmin().get("/api/stock/?part=" + part + "&limit=10").then().body("count", equalTo(0));
        Api.asAdmin().get("/api/stock/track/?part=" + part + "&limit=10").then().body("count", equalTo(3))
                .body("results.item", contains(nullValue(), nullValue(), nullValue()));
    }

    @Test
    void locationsCountTheirItemsAndTakeThemAlongWhenDeleted() {
        int part = part(Map.of("name", prefix + " spring"));
        int store = LocationIT.location(prefix + " Store", null);
        int room = LocationIT.location("Room", store);
        int box = LocationIT.location("Box", room);
        item(part, 1, room);
        int inBox = item(part, 2, box);
        Api.asAdmin().get("/api/stock/location/" + store + "/").then().body("items", equalTo(2));
        Api.asAdmin().get("/api/stock/location/" + room + "/").then().body("items", equalTo(2));
        Api.asAdmin().get("/api/stock/location/?parent=" + store + "&ordering=-items&limit=5").then()
                .body("results.pk", contains(room));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("structural", true))
                .patch("/api/stock/location/" + room + "/").then().statusCode(400)
                .body("structural[0]", equalTo("You cannot make this stock location structural because some stock "
                        + "items are already located into it!"));

        Api.asAdmin().delete("/api/stock/location/" + box + "/").then().statusCode(204);
        Api.asAdmin().get("/api/stock/" + inBox + "/").then().body("location", equalTo(room));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("delete_stock_items", true))
                .delete("/api/stock/location/" + room + "/").then().statusCode(204);
        Api.asAdmin().get("/api/stock/" + inBox + "/").then().statusCode(404);
        Api.asAdmin().get("/api/stock/?part=" + part + "&limit=10").then().body("count", equalTo(0));
    }

    @Test
    void filtersAsInvenTreeNamesThem() {
        int part = part(Map.of("name", prefix + " cable", "IPN", prefix + "-IPN"));
        int root = LocationIT.location(prefix + " Root", null);
        int child = LocationIT.location("Child", root);
        int inRoot = item(part, 4, root);
        int inChild = stock(Map.of("part", part, "quantity", 6, "location", child, "batch", "LOT-7")).get(0);
        int empty = item(part, 0, child);
        int damaged = stock(Map.of("part", part, "quantity", 1, "status", 65)).get(0);
        int installed = stock(Map.of("part", part, "quantity", 1, "belongs_to", inRoot)).get(0);
        int building = stock(Map.of("part", part, "quantity", 1, "is_building", true, "customer", 4)).get(0);
        String base = "/api/stock/?limit=50&part=" + part;

        Api.asAdmin().get(base + "&location=" + root).then().body("results.pk", containsInAnyOrder(inRoot, inChild, empty));
        Api.asAdmin().get(base + "&location=" + root + "&cascade=false").then().body("results.pk", contains(inRoot));
        Api.asAdmin().get(base + "&location=null&cascade=false").then()
                .body("results.pk", containsInAnyOrder(damaged, installed, building));
        Api.asAdmin().get(base + "&in_stock=true").then().body("results.pk", containsInAnyOrder(inRoot, inChild));
        Api.asAdmin().get(base + "&available=false").then().body("results.pk", contains(empty));
        Api.asAdmin().get(base + "&depleted=true").then().body("results.pk", contains(empty));
        Api.asAdmin().get(base + "&status=65").then().body("results.pk", contains(damaged));
        Api.asAdmin().get(base + "&batch=lot-7").then().body("results.pk", contains(inChild));
        Api.asAdmin().get(base + "&has_batch=true").then().body("results.pk", contains(inChild));
        Api.asAdmin().get(base + "&tracked=true").then().body("results.pk", contains(inChild));
        Api.asAdmin().get(base + "&installed=true").then().body("results.pk", contains(installed));
        Api.asAdmin().get(base + "&belongs_to=" + inRoot).then().body("results.pk", contains(installed));
        Api.asAdmin().get(base + "&has_installed_items=true").then().body("results.pk", contains(inRoot));
        Api.asAdmin().get(base + "&is_building=true").then().body("results.pk", contains(building));
        Api.asAdmin().get(base + "&customer=4").then().body("results.pk", contains(building));
        Api.asAdmin().get(base + "&sent_to_customer=true").then().body("results.pk", contains(building));
        Api.asAdmin().get(base + "&serialized=true").then().body("results", empty());
        Api.asAdmin().get(base + "&min_stock=5").then().body("results.pk", contains(inChild));
        Api.asAdmin().get(base + "&ordering=-quantity").then().body("results[0].pk", equalTo(inChild));
        Api.asAdmin().get("/api/stock/?limit=50&IPN=" + prefix + "-ipn").then().body("count", equalTo(6));
        Api.asAdmin().get("/api/stock/?limit=50&search=" + prefix + " cab").then().body("count", equalTo(6));
        Api.asAdmin().get("/api/stock/?limit=50&search=LOT-7&part=" + part).then().body("results.pk", contains(inChild));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Api.asAdmin().get(base + "&updated_after=" + today).then().body("count", equalTo(6));
        Api.asAdmin().get(base + "&updated_before=2000-01-01").then().body("count", equalTo(0));
        Api.asAdmin().get(base + "&location=999999").then().statusCode(400);
        Api.asAdmin().get(base + "&in_stock=perhaps").then().statusCode(400);
        String page = Api.asAdmin().get(base + "&part_detail=true&location_detail=true").then().statusCode(200)
                .extract().asString();
        ApiContract.assertResponse("get", "/api/stock/", 200, page);
    }

    @Test
    void historyListsNewestFirstWithStatusClasses() {
        int part = part(Map.of("name", prefix + " relay"));
        int id = item(part, 1, null);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("quantity", 4)).patch("/api/stock/" + id + "/")
                .then().statusCode(200);
        Response list = Api.asAdmin().get("/api/stock/track/?item=" + id + "&limit=10&item_detail=true&user_detail=true");
        list.then().body("results.tracking_type", contains(5, 1)).body("results[0].deltas.quantity", equalTo(4.0f))
                .body("results[0].item_detail.pk", equalTo(id)).body("results[0].user_detail.username", equalTo("admin"));
        int admin = list.path("results[0].user");
        int entry = list.path("results[0].pk");
        Response detail = Api.asAdmin().get("/api/stock/track/" + entry + "/");
        detail.then().statusCode(200).body("label", equalTo("Edited stock item"));
        ApiContract.assertResponse("get", "/api/stock/track/{id}/", 200, detail.asString());
        Api.asAdmin().get("/api/stock/track/?item=" + id + "&ordering=date&limit=10").then()
                .body("results.tracking_type", contains(1, 5));
        Api.asAdmin().get("/api/stock/track/?item=" + id + "&user=" + admin + "&limit=10").then().body("count", equalTo(2));
        Api.asAdmin().get("/api/stock/track/999999999/").then().statusCode(404);

        Response statuses = Api.asAdmin().get("/api/stock/status/");
        statuses.then().statusCode(200).body("status_class", equalTo("StockStatus"))
                .body("values.DAMAGED.key", equalTo(55));
        ApiContract.assertResponse("get", "/api/stock/status/", 200, statuses.asString());
        Response codes = Api.asAdmin().get("/api/stock/track/status/");
        codes.then().statusCode(200).body("values.STOCK_COUNT.label", equalTo("Stock counted"));
        ApiContract.assertResponse("get", "/api/stock/track/status/", 200, codes.asString());
        assertThat(Api.anonymous().get("/api/stock/track/").statusCode()).isEqualTo(401);
        assertThat(Api.anonymous().get("/api/stock/").statusCode()).isEqualTo(401);
    }

    @Test
    void customStatesStandForTheirLogicalStatus() {
        int stockItemType = Api.asAdmin().get("/api/contenttype/model/stockitem/").path("pk");
        int key = 8000 + new java.util.Random().nextInt(1000);
        String name = ("STOCKIT_" + prefix).toUpperCase(java.util.Locale.ROOT);
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("key", key, "name", name, "label", prefix + " scratched", "color", "warning",
                        "logical_key", 55, "model", stockItemType, "reference_status", "StockStatus"))
                .post("/api/generic/status/custom/").then().statusCode(201);
        int part = part(Map.of("name", prefix + " panel"));
        int custom = stock(Map.of("part", part, "quantity", 1, "status", key)).get(0);
        int damaged = stock(Map.of("part", part, "quantity", 1, "status", 55)).get(0);
        Api.asAdmin().get("/api/stock/" + custom + "/").then().body("status", equalTo(55))
                .body("status_custom_key", equalTo(key)).body("status_text", equalTo(prefix + " scratched"))
                .body("in_stock", equalTo(true));
        Api.asAdmin().get("/api/stock/?part=" + part + "&status=" + key + "&limit=5").then()
                .body("results.pk", contains(custom));
        Api.asAdmin().get("/api/stock/?part=" + part + "&status=55&limit=5").then().body("results.pk", contains(damaged));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("status", 10)).patch("/api/stock/" + custom + "/")
                .then().statusCode(200).body("status_custom_key", nullValue()).body("status_text", equalTo("OK"));
    }
}
