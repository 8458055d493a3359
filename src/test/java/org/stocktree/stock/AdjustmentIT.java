package org.stocktree.stock;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Count, add, remove and transfer: all or nothing, one history entry per changed item. */
@Tag("h2")
class AdjustmentIT {

    private final String prefix = "A" + UUID.randomUUID().toString().substring(0, 6);

    static Response adjust(String action, Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/stock/" + action + "/");
    }

    private static Map<String, Object> line(int pk, Object quantity) {
        return Map.of("pk", pk, "quantity", quantity);
    }

    private static float quantity(int item) {
        return Api.asAdmin().get("/api/stock/" + item + "/").then().statusCode(200).extract().path("quantity");
    }

    private static Response history(int item) {
        return Api.asAdmin().get("/api/stock/track/?item=" + item + "&limit=20");
    }

    @Test
    void countAddAndRemoveChangeQuantitiesWithHistory() {
        int part = StockIT.part(Map.of("name", prefix + " screw"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int one = StockIT.item(part, 10, shelf);
        int two = StockIT.item(part, 5, shelf);

        Response counted = adjust("count", Map.of("items", List.of(line(one, 8), line(two, "5.5")), "notes", "audit"));
        counted.then().statusCode(201);
        ApiContract.assertResponse("post", "/api/stock/count/", 201, counted.asString());
        history(one).then().body("results[0].tracking_type", equalTo(10))
                .body("results[0].label", equalTo("Stock counted")).body("results[0].deltas.quantity", equalTo(8f))
                .body("results[0].notes", equalTo("audit"));
        Api.asAdmin().get("/api/stock/" + two + "/").then().body("quantity", equalTo(5.5f))
                .body("stocktake_date", equalTo(java.time.LocalDate.now().toString()));

        Response added = adjust("add", Map.of("items", List.of(line(one, 2))));
        added.then().statusCode(201);
        ApiContract.assertResponse("post", "/api/stock/add/", 201, added.asString());
        history(one).then().body("results[0].tracking_type", equalTo(11))
                .body("results[0].deltas.added", equalTo(2f)).body("results[0].deltas.quantity", equalTo(10f));

        Response removed = adjust("remove", Map.of("items", List.of(line(one, 3), line(two, "0.5"))));
        removed.then().statusCode(201);
        ApiContract.assertResponse("post", "/api/stock/remove/", 201, removed.asString());
        history(one).then().body("count", equalTo(4)).body("results[0].tracking_type", equalTo(12))
                .body("results[0].label", equalTo("Stock manually removed"))
                .body("results[0].deltas.removed", equalTo(3f)).body("results[0].deltas.quantity", equalTo(7f));
        history(two).then().body("results.tracking_type", contains(12, 10, 1));
        Api.asAdmin().get("/api/stock/" + one + "/").then().body("quantity", equalTo(7f));
        Api.asAdmin().get("/api/stock/" + two + "/").then().body("quantity", equalTo(5f));

        adjust("add", Map.of("items", List.of(line(one, 0)))).then().statusCode(201);
        history(one).then().body("count", equalTo(4));
    }

    @Test
    void badRequestsAnswer400AndChangeNothing() {
        int part = StockIT.part(Map.of("name", prefix + " nail"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int structural = LocationIT.location(prefix + " Structural", null, Map.of("structural", true));
        int one = StockIT.item(part, 10, shelf);
        int two = StockIT.item(part, 4, shelf);

        // errors of a line are reported in its place in the list, good lines answer {}
        adjust("remove", Map.of("items", List.of(line(one, 3), line(two, 5)))).then().statusCode(400)
                .body("items", hasSize(2)).body("items[0]", anEmptyMap())
                .body("items[1].quantity[0]", equalTo("Quantity must not exceed available stock quantity (4)"));
        adjust("remove", Map.of("items", List.of(line(one, -1)))).then().statusCode(400)
                .body("items[0].quantity[0]", equalTo("Ensure this value is greater than or equal to 0."));
        adjust("add", Map.of("items", List.of(line(one, "lots")))).then().statusCode(400)
                .body("items[0].quantity[0]", equalTo("A valid number is required."));
        adjust("add", Map.of("items", List.of(Map.of("pk", one)))).then().statusCode(400)
                .body("items[0].quantity[0]", equalTo("This field is required."));
        adjust("count", Map.of("items", List.of(line(999999999, 1)))).then().statusCode(400)
                .body("items[0].pk[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
        // every bad line at once, each with all its problems
        adjust("remove", Map.of("items", List.of(Map.of("pk", "x", "quantity", -2), line(one, 1),
                Map.of("pk", 999999999, "batch", "b".repeat(101))))).then().statusCode(400)
                .body("items", hasSize(3)).body("items[1]", anEmptyMap())
                .body("items[0].pk[0]", equalTo("Incorrect type. Expected pk value, received str."))
                .body("items[0].quantity[0]", equalTo("Ensure this value is greater than or equal to 0."))
                .body("items[2].pk[0]", equalTo("Invalid pk \"999999999\" - object does not exist."))
                .body("items[2].quantity[0]", equalTo("This field is required."))
                .body("items[2].batch[0]", equalTo("Ensure this field has no more than 100 characters."));
        adjust("transfer", Map.of("items", List.of(line(one, 0)), "location", shelf)).then().statusCode(400)
                .body("items[0].quantity[0]", equalTo("Quantity must be greater than zero"));
        adjust("count", Map.of("items", List.of("not a line"))).then().statusCode(400)
                .body("items[0].non_field_errors[0]", equalTo("Invalid data. Expected a dictionary, but got str."));
        adjust("count", Map.of("notes", "nothing")).then().statusCode(400)
                .body("items[0]", equalTo("This field is required."));
        adjust("count", Map.of("items", List.of())).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("A list of stock items must be provided"));
        adjust("transfer", Map.of("items", List.of(line(one, 1)))).then().statusCode(400)
                .body("location[0]", equalTo("This field is required."));
        adjust("transfer", Map.of("items", List.of(line(one, 1)), "location", 999999999)).then().statusCode(400)
                .body("location[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
        adjust("transfer", Map.of("items", List.of(line(one, 1)), "location", structural)).then().statusCode(400)
                .body("location[0]", equalTo("Stock items cannot be located into structural stock locations!"));
        adjust("transfer", Map.of("items", List.of(line(one, 2), line(two, 9)), "location", shelf)).then()
                .statusCode(400);
        adjust("count", Map.of("items", List.of(line(one, 1), line(two, 1)), "location", structural)).then()
                .statusCode(400);

        org.assertj.core.api.Assertions.assertThat(quantity(one)).isEqualTo(10f);
        org.assertj.core.api.Assertions.assertThat(quantity(two)).isEqualTo(4f);
        history(one).then().body("count", equalTo(1));
        history(two).then().body("count", equalTo(1));
    }

    @Test
    void transfersMoveWholeItemsAndSplitPartialOnes() {
        int part = StockIT.part(Map.of("name", prefix + " pipe"));
        int from = LocationIT.location(prefix + " From", null);
        int to = LocationIT.location(prefix + " To", null);
        int whole = StockIT.item(part, 6, from);
        int partial = StockIT.stock(Map.of("part", part, "quantity", 10, "location", from, "batch", "B7")).get(0);

        Response moved = adjust("transfer", Map.of("items", List.of(line(whole, 6), line(partial, 4)), "location", to,
                "notes", "restock"));
        moved.then().statusCode(201);
        ApiContract.assertResponse("post", "/api/stock/transfer/", 201, moved.asString());
        Api.asAdmin().get("/api/stock/" + whole + "/").then().body("location", equalTo(to)).body("quantity", equalTo(6f));
        history(whole).then().body("results[0].tracking_type", equalTo(20))
                .body("results[0].label", equalTo("Location changed")).body("results[0].deltas.location", equalTo(to));
        Api.asAdmin().get("/api/stock/" + partial + "/").then().body("location", equalTo(from))
                .body("quantity", equalTo(6f)).body("child_items", equalTo(1));
        Response split = Api.asAdmin().get("/api/stock/?part=" + part + "&location=" + to + "&cascade=false&batch=B7&limit=5");
        split.then().body("results", hasSize(1)).body("results[0].quantity", equalTo(4f))
                .body("results[0].parent", equalTo(partial));
        int child = split.path("results[0].pk");
        history(partial).then().body("results[0].tracking_type", equalTo(42))
                .body("results[0].deltas.stockitem", equalTo(child)).body("results[0].deltas.quantity", equalTo(6f));
        history(child).then().body("count", equalTo(1)).body("results[0].tracking_type", equalTo(40))
                .body("results[0].label", equalTo("Split from parent item"))
                .body("results[0].deltas.stockitem", equalTo(partial)).body("results[0].notes", equalTo("restock"));
    }

    @Test
    void serializedItemsAreNeverSplitOrAddedTo() {
        int part = StockIT.part(Map.of("name", prefix + " drone", "trackable", true));
        int to = LocationIT.location(prefix + " Hangar", null);
        int drone = StockIT.stock(Map.of("part", part, "quantity", 1, "serial", "D1")).get(0);
        adjust("transfer", Map.of("items", List.of(line(drone, "0.5")), "location", to)).then().statusCode(400)
                .body("items[0].quantity[0]", equalTo("Quantity must be 1 for item with a serial number"));
        adjust("add", Map.of("items", List.of(line(drone, 1)))).then().statusCode(400)
                .body("items[0].quantity[0]", equalTo("Stock cannot be added to a serialized item"));
        adjust("count", Map.of("items", List.of(line(drone, 2)))).then().statusCode(400);
        adjust("transfer", Map.of("items", List.of(line(drone, 1)), "location", to)).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + drone + "/").then().body("location", equalTo(to)).body("quantity", equalTo(1f));
    }

    @Test
    void perItemStatusBatchAndPackagingAreApplied() {
        int part = StockIT.part(Map.of("name", prefix + " board"));
        int item = StockIT.item(part, 3, null);
        adjust("count", Map.of("items", List.of(Map.of("pk", item, "quantity", 3, "status", 55, "batch", "NB",
                "packaging", "tray")))).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + item + "/").then().body("status", equalTo(55)).body("batch", equalTo("NB"))
                .body("packaging", equalTo("tray"));
        history(item).then().body("results[0].deltas.status", equalTo(55)).body("results[0].deltas.batch", equalTo("NB"));
        adjust("count", Map.of("items", List.of(Map.of("pk", item, "quantity", 3, "status", 12345)))).then()
                .statusCode(400).body("items[0].status[0]", equalTo("\"12345\" is not a valid choice."));
    }

    @Test
    void itemsOutOfStockAreNotAdjustedUnlessTheSettingAllowsIt() {
        int part = StockIT.part(Map.of("name", prefix + " lamp"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int sold = StockIT.stock(Map.of("part", part, "quantity", 5, "customer", StockIT.customer())).get(0);
        int building = StockIT.stock(Map.of("part", part, "quantity", 5, "is_building", true)).get(0);
        int free = StockIT.item(part, 5, shelf);
        for (String action : List.of("count", "add", "remove")) {
            adjust(action, Map.of("items", List.of(line(free, 1), line(sold, 1), line(building, 1)))).then()
                    .statusCode(400).body("items[0]", anEmptyMap())
                    .body("items[1].pk[0]", equalTo("Stock item is not in stock"))
                    .body("items[2].pk[0]", equalTo("Stock item is not in stock"));
        }
        adjust("transfer", Map.of("items", List.of(line(sold, 1)), "location", shelf)).then().statusCode(400)
                .body("items[0].pk[0]", equalTo("Stock item is not in stock"));
        org.assertj.core.api.Assertions.assertThat(quantity(free)).isEqualTo(5f);
        setting("STOCK_ALLOW_OUT_OF_STOCK_TRANSFER", true);
        try {
            adjust("transfer", Map.of("items", List.of(line(sold, 5)), "location", shelf)).then().statusCode(201);
            Api.asAdmin().get("/api/stock/" + sold + "/").then().body("location", equalTo(shelf));
        } finally {
            setting("STOCK_ALLOW_OUT_OF_STOCK_TRANSFER", false);
        }
    }

    static void setting(String key, Object value) {
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("value", value))
                .patch("/api/settings/global/" + key + "/").then().statusCode(200);
    }

    @Test
    void depletedItemsMarkedForDeletionAreDeletedKeepingTheirHistory() {
        int part = StockIT.part(Map.of("name", prefix + " glue"));
        int item = StockIT.stock(Map.of("part", part, "quantity", 2, "delete_on_deplete", true)).get(0);
        int kept = StockIT.stock(Map.of("part", part, "quantity", 2, "delete_on_deplete", false)).get(0);
        adjust("remove", Map.of("items", List.of(line(item, 2), line(kept, 2)))).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + item + "/").then().statusCode(404);
        Api.asAdmin().get("/api/stock/" + kept + "/").then().statusCode(200).body("quantity", equalTo(0f));
        Api.asAdmin().get("/api/stock/track/?part=" + part + "&limit=10").then().body("count", equalTo(4));
    }
}
