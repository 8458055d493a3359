package org.stocktree.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
        int sold = StockIT.stock(Map.of("part", part, "quantity", 2, "customer", StockIT.customer())).get(0);
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
        int supplied = StockIT.stock(Map.of("part", part, "quantity", 6, "supplier_part", StockIT.supplierPart(part)))
                .get(0);

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

    private static Map<String, Object> moveLine(int pk, Object quantity, Object merge) {
        Map<String, Object> line = new HashMap<>();
        line.put("pk", pk);
        line.put("quantity", quantity);
        if (merge != null) {
            line.put("merge", merge);
        }
        return line;
    }

    @SafeVarargs
    private static Response transfer(int location, Map<String, Object>... lines) {
        return AdjustmentIT.adjust("transfer", Map.of("items", List.of(lines), "location", location, "notes", "restock"));
    }

    @Test
    void aTransferLineWithMergeJoinsTheOldestCompatibleItemAtTheDestination() {
        int part = StockIT.part(Map.of("name", prefix + " bolt"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int bin = LocationIT.location(prefix + " Bin", null);
        int oldest = StockIT.item(part, 10, bin);
        int newer = StockIT.item(part, 3, bin);
        int moving = StockIT.item(part, 5, shelf);

        transfer(bin, moveLine(moving, 5, true)).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + oldest + "/").then().body("quantity", equalTo(15f)).body("location", equalTo(bin));
        Api.asAdmin().get("/api/stock/" + newer + "/").then().body("quantity", equalTo(3f));
        Api.asAdmin().get("/api/stock/" + moving + "/").then().statusCode(404);
        history(oldest).then().body("count", equalTo(2)).body("results[0].tracking_type", equalTo(45))
                .body("results[0].deltas.location", equalTo(bin)).body("results[0].deltas.quantity", equalTo(15f))
                .body("results[0].notes", equalTo("restock"));
        // the moved item's own "Location changed" entry stays in the part's history
        Api.asAdmin().get("/api/stock/track/?part=" + part + "&limit=20").then()
                .body("results.tracking_type", hasItem(20)).body("results.tracking_type", hasItem(45));
    }

    @Test
    void aPartialTransferWithMergeSplitsOffThePartThatJoinsTheStockThere() {
        int part = StockIT.part(Map.of("name", prefix + " nut"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int bin = LocationIT.location(prefix + " Bin", null);
        int there = StockIT.item(part, 10, bin);
        int source = StockIT.item(part, 8, shelf);
        int fresh = StockIT.item(part, 2, shelf);

        // the second line finds the first one's stock there too: lines are merged one after the other
        transfer(bin, moveLine(source, 3, "true"), moveLine(fresh, 2, false)).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + there + "/").then().body("quantity", equalTo(13f));
        Api.asAdmin().get("/api/stock/" + source + "/").then().body("quantity", equalTo(5f)).body("location", equalTo(shelf));
        history(source).then().body("results[0].tracking_type", equalTo(42));
        Api.asAdmin().get("/api/stock/" + fresh + "/").then().body("quantity", equalTo(2f)).body("location", equalTo(bin));
        Api.asAdmin().get("/api/stock/?part=" + part + "&location=" + bin + "&limit=5").then()
                .body("results.pk", containsInAnyOrder(there, fresh));
        Api.asAdmin().get("/api/stock/track/?part=" + part + "&limit=20").then()
                .body("results.tracking_type", hasItem(40));
    }

    @Test
    void anItemMovedEarlierInTheRequestCanTakeInALaterLine() {
        int part = StockIT.part(Map.of("name", prefix + " pin"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int bin = LocationIT.location(prefix + " Bin", null);
        int first = StockIT.item(part, 4, shelf);
        int second = StockIT.item(part, 6, shelf);

        transfer(bin, moveLine(first, 4, null), moveLine(second, 6, true), moveLine(second, 1, true)).then()
                .statusCode(400).body("items[2].pk[0]", equalTo("Stock item has been merged into another item"));
        assertThat(quantity(first)).isEqualTo(4f);
        assertThat(quantity(second)).isEqualTo(6f);
        transfer(bin, moveLine(first, 4, null), moveLine(second, 6, true)).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + first + "/").then().body("quantity", equalTo(10f)).body("location", equalTo(bin));
        Api.asAdmin().get("/api/stock/" + second + "/").then().statusCode(404);
    }

    @Test
    void withoutACompatibleItemThereTheTransferJustMoves() {
        int part = StockIT.part(Map.of("name", prefix + " cog", "trackable", true));
        int other = StockIT.part(Map.of("name", prefix + " gear"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int bin = LocationIT.location(prefix + " Bin", null);
        int damagedThere = StockIT.stock(Map.of("part", part, "quantity", 4, "location", bin, "status", 55)).get(0);
        int suppliedThere = StockIT.stock(Map.of("part", part, "quantity", 6, "location", bin,
                "supplier_part", StockIT.supplierPart(part))).get(0);
        int unitThere = StockIT.stock(Map.of("part", part, "quantity", 1, "location", bin, "serial", prefix + "-9")).get(0);
        int soldThere = StockIT.stock(Map.of("part", part, "quantity", 2, "location", bin,
                "customer", StockIT.customer())).get(0);
        int otherThere = StockIT.item(other, 5, bin);
        int moving = StockIT.item(part, 5, shelf);
        int unit = StockIT.stock(Map.of("part", part, "quantity", 1, "location", shelf, "serial", prefix + "-1")).get(0);
        int unmerged = StockIT.item(part, 2, shelf);

        transfer(bin, moveLine(moving, 5, true), moveLine(unit, 1, true), moveLine(unmerged, 2, false)).then()
                .statusCode(201);
        // "moving" found no compatible item, the serialized unit is never merged and "unmerged",
        // sent without merge, just moves although "moving" is compatible with it now
        Api.asAdmin().get("/api/stock/" + moving + "/").then().statusCode(200).body("location", equalTo(bin))
                .body("quantity", equalTo(5f));
        Api.asAdmin().get("/api/stock/" + unit + "/").then().statusCode(200).body("location", equalTo(bin))
                .body("serial", equalTo(prefix + "-1"));
        Api.asAdmin().get("/api/stock/" + unmerged + "/").then().statusCode(200).body("location", equalTo(bin));
        history(moving).then().body("results[0].tracking_type", equalTo(20));
        for (int untouched : List.of(damagedThere, suppliedThere, unitThere, soldThere, otherThere)) {
            history(untouched).then().body("count", equalTo(1));
        }
    }

    @Test
    void aMalformedMergeOptionIsRefusedForItsLine() {
        int part = StockIT.part(Map.of("name", prefix + " clip"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int bin = LocationIT.location(prefix + " Bin", null);
        int item = StockIT.item(part, 5, shelf);
        transfer(bin, moveLine(item, 1, true), moveLine(item, 1, "perhaps")).then().statusCode(400)
                .body("items[0]", anEmptyMap()).body("items[1].merge[0]", equalTo("Must be a valid boolean."));
        Api.asAdmin().get("/api/stock/" + item + "/").then().body("quantity", equalTo(5f)).body("location", equalTo(shelf));
    }

    @Test
    void itemsSplitFromAMergedAwayItemJoinItsParent() {
        int part = StockIT.part(Map.of("name", prefix + " spring"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int middle = LocationIT.location(prefix + " Middle", null);
        int end = LocationIT.location(prefix + " End", null);
        int bin = LocationIT.location(prefix + " Bin", null);
        int target = StockIT.item(part, 1, bin);
        int grandparent = StockIT.item(part, 20, shelf);
        transfer(middle, moveLine(grandparent, 10, null)).then().statusCode(201);
        int child = Api.asAdmin().get("/api/stock/?part=" + part + "&location=" + middle + "&limit=5")
                .path("results[0].pk");
        transfer(end, moveLine(child, 4, null)).then().statusCode(201);
        int grandchild = Api.asAdmin().get("/api/stock/?part=" + part + "&location=" + end + "&limit=5")
                .path("results[0].pk");
        Api.asAdmin().get("/api/stock/" + grandchild + "/").then().body("parent", equalTo(child));

        transfer(bin, moveLine(child, 6, true)).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + child + "/").then().statusCode(404);
        Api.asAdmin().get("/api/stock/" + target + "/").then().body("quantity", equalTo(7f));
        Api.asAdmin().get("/api/stock/" + grandchild + "/").then().body("parent", equalTo(grandparent));

        // the same on /merge/: the merged-away item's children take its parent
        transfer(shelf, moveLine(grandchild, 1, null)).then().statusCode(201);
        int greatGrandchild = history(grandchild).path("results[0].deltas.stockitem");
        Api.asAdmin().get("/api/stock/" + greatGrandchild + "/").then().body("parent", equalTo(grandchild));
        int sibling = StockIT.item(part, 2, end);
        merge(body(end, sibling, grandchild)).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + sibling + "/").then().body("quantity", equalTo(5f)).body("parent", nullValue());
        Api.asAdmin().get("/api/stock/" + greatGrandchild + "/").then().body("parent", equalTo(grandparent));
    }

    private static float quantity(int item) {
        return Api.asAdmin().get("/api/stock/" + item + "/").then().statusCode(200).extract().path("quantity");
    }
}
