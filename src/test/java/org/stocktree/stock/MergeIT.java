package org.stocktree.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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

/** Merging stock items into the first: InvenTree's rules, per-line and request errors, history. */
@Tag("h2")
class MergeIT {

    private final String prefix = "M" + UUID.randomUUID().toString().substring(0, 6);

    static Response merge(Map<String, Object> body) {
        return AdjustmentIT.adjust("merge", body);
    }

    static Map<String, Object> body(int location, Object... items) {
        Map<String, Object> body = new HashMap<>();
        body.put("location", location);
        body.put("items", java.util.Arrays.stream(items).map(item -> Map.of("item", item)).toList());
        return body;
    }

    private static Response history(int item) {
        return Api.asAdmin().get("/api/stock/track/?item=" + item + "&limit=20");
    }

    @Test
    void itemsOfOnePartAreMergedIntoTheFirstWhichMovesAndTheOthersAreDeleted() {
        int part = StockIT.part(Map.of("name", prefix + " washer"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int bin = LocationIT.location(prefix + " Bin", null);
        int base = StockIT.stock(Map.of("part", part, "quantity", 10, "location", shelf, "purchase_price", "2",
                "purchase_price_currency", "USD")).get(0);
        int second = StockIT.stock(Map.of("part", part, "quantity", "2.5", "location", bin, "purchase_price", "4",
                "purchase_price_currency", "USD")).get(0);
        int third = StockIT.item(part, 30, null);

        Map<String, Object> request = body(bin, base, second, third);
        request.put("notes", "tidy up");
        Response merged = merge(request);
        merged.then().statusCode(201);
        ApiContract.assertResponse("post", "/api/stock/merge/", 201, merged.asString());

        Api.asAdmin().get("/api/stock/" + base + "/").then().statusCode(200).body("quantity", equalTo(42.5f))
                .body("location", equalTo(bin))
                // (10 x 2 + 2.5 x 4) / 12.5: the price of the unpriced third item is not known
                .body("purchase_price", equalTo("2.400000"));
        Api.asAdmin().get("/api/stock/" + second + "/").then().statusCode(404);
        Api.asAdmin().get("/api/stock/" + third + "/").then().statusCode(404);
        history(base).then().body("count", equalTo(2)).body("results[0].tracking_type", equalTo(45))
                .body("results[0].label", equalTo("Merged stock items"))
                .body("results[0].deltas.location", equalTo(bin)).body("results[0].deltas.quantity", equalTo(42.5f))
                .body("results[0].notes", equalTo("tidy up"));
        // the merged items' history stays, with the part
        Api.asAdmin().get("/api/stock/track/?part=" + part + "&limit=20").then().body("count", equalTo(4));
        Api.asAdmin().get("/api/stock/?part=" + part + "&limit=10").then().body("results.pk", contains(base));
    }

    @Test
    void anItemSplitFromAnotherCanTakeItsParentIn() {
        int part = StockIT.part(Map.of("name", prefix + " rivet"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int to = LocationIT.location(prefix + " To", null);
        int parent = StockIT.item(part, 10, shelf);
        AdjustmentIT.adjust("transfer", Map.of("items", List.of(Map.of("pk", parent, "quantity", 4)), "location", to))
                .then().statusCode(201);
        int child = Api.asAdmin().get("/api/stock/?part=" + part + "&location=" + to + "&limit=5").path("results[0].pk");
        merge(body(to, child, parent)).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + child + "/").then().body("quantity", equalTo(10f)).body("parent", nullValue());
        Api.asAdmin().get("/api/stock/" + parent + "/").then().statusCode(404);
    }

    @Test
    void itemsThatCannotBeMergedAreRefusedPerLine() {
        int part = StockIT.part(Map.of("name", prefix + " sensor", "trackable", true));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int free = StockIT.item(part, 5, shelf);
        int serialized = StockIT.stock(Map.of("part", part, "quantity", 1, "serial", prefix + "-1")).get(0);
        int sold = StockIT.stock(Map.of("part", part, "quantity", 2, "customer", 3)).get(0);
        int building = StockIT.stock(Map.of("part", part, "quantity", 2, "is_building", true)).get(0);
        int ordered = StockIT.stock(Map.of("part", part, "quantity", 2, "sales_order", 1)).get(0);
        int installedIn = StockIT.item(part, 1, shelf);
        int installed = StockIT.stock(Map.of("part", part, "quantity", 1, "belongs_to", installedIn)).get(0);

        merge(body(shelf, free, serialized, sold, building, ordered, installedIn, installed, 999999999)).then()
                .statusCode(400).body("items", hasSize(8)).body("items[0]", anEmptyMap())
                .body("items[1].item[0]", equalTo("Serialized stock cannot be merged"))
                .body("items[2].item[0]", equalTo("Stock item has been assigned to a customer"))
                .body("items[3].item[0]", equalTo("Stock item is currently in production"))
                .body("items[4].item[0]", equalTo("Stock item has been assigned to a sales order"))
                .body("items[5].item[0]", equalTo("Stock item contains other items"))
                .body("items[6].item[0]", equalTo("Stock item is installed in another item"))
                .body("items[7].item[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
        merge(Map.of("location", shelf, "items", List.of(Map.of("item", free), Map.of("pk", free)))).then()
                .statusCode(400).body("items[1].item[0]", equalTo("This field is required."));
        assertThat(quantity(free)).isEqualTo(5f);
    }

    @Test
    void requestsThatCannotBeMergedAreRefusedAsAWhole() {
        int part = StockIT.part(Map.of("name", prefix + " cable"));
        int other = StockIT.part(Map.of("name", prefix + " hose"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int structural = LocationIT.location(prefix + " Structural", null, Map.of("structural", true));
        int one = StockIT.item(part, 5, shelf);
        int two = StockIT.item(part, 7, shelf);
        int hose = StockIT.item(other, 3, shelf);
        int damaged = StockIT.stock(Map.of("part", part, "quantity", 4, "status", 55)).get(0);
        int supplied = StockIT.stock(Map.of("part", part, "quantity", 6, "supplier_part", 1)).get(0);

        merge(body(shelf, one)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("At least two stock items must be provided"));
        merge(body(shelf, one, two, one)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Duplicate stock items"));
        merge(body(shelf, one, hose)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Stock items must refer to the same part"));
        merge(body(shelf, one, damaged)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Stock status codes must match"));
        merge(body(shelf, one, supplied)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Stock items must refer to the same supplier part"));
        merge(body(structural, one, two)).then().statusCode(400)
                .body("location[0]", equalTo("Stock items cannot be located into structural stock locations!"));
        merge(Map.of("items", List.of(Map.of("item", one), Map.of("item", two)))).then().statusCode(400)
                .body("location[0]", equalTo("This field is required."));
        merge(Map.of("location", shelf)).then().statusCode(400).body("items[0]", equalTo("This field is required."));
        assertThat(quantity(one)).isEqualTo(5f);
        assertThat(quantity(two)).isEqualTo(7f);
        history(one).then().body("count", equalTo(1));

        Map<String, Object> allowed = body(shelf, one, damaged, supplied);
        allowed.put("allow_mismatched_status", true);
        allowed.put("allow_mismatched_suppliers", true);
        merge(allowed).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + one + "/").then().body("quantity", equalTo(15f)).body("status", equalTo(10));
        assertThat(Api.anonymous().contentType(ContentType.JSON).body(body(shelf, one, two))
                .post("/api/stock/merge/").statusCode()).isEqualTo(401);
    }

    private static float quantity(int item) {
        return Api.asAdmin().get("/api/stock/" + item + "/").then().statusCode(200).extract().path("quantity");
    }
}
