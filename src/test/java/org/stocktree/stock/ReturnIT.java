package org.stocktree.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Returning items that are out of stock (with a customer) into a location, whole, partly or merged. */
@Tag("h2")
class ReturnIT {

    private final String prefix = "R" + UUID.randomUUID().toString().substring(0, 6);

    /** A customer the test's items are sent to. */
    private final int customer = StockIT.customer();

    static Response giveBack(Map<String, Object> body) {
        return AdjustmentIT.adjust("return", body);
    }

    private static Map<String, Object> line(int pk, Object quantity) {
        return Map.of("pk", pk, "quantity", quantity);
    }

    private static Response history(int item) {
        return Api.asAdmin().get("/api/stock/track/?item=" + item + "&limit=20");
    }

    @Test
    void itemsWithACustomerComeBackIntoStockWithTheirHistory() {
        int part = StockIT.part(Map.of("name", prefix + " kettle"));
        int shelf = LocationIT.location(prefix + " Returns", null);
        int sold = StockIT.stock(Map.of("part", part, "quantity", 3, "customer", customer, "sales_order", 7)).get(0);

        Response returned = giveBack(Map.of("items", List.of(Map.of("pk", sold, "quantity", 3, "status", 75)),
                "location", shelf, "notes", "came back"));
        returned.then().statusCode(201);
        ApiContract.assertResponse("post", "/api/stock/return/", 201, returned.asString());
        Api.asAdmin().get("/api/stock/" + sold + "/").then().body("location", equalTo(shelf))
                .body("customer", nullValue()).body("sales_order", nullValue()).body("quantity", equalTo(3f))
                .body("status", equalTo(75));
        history(sold).then().body("count", equalTo(2)).body("results[0].tracking_type", equalTo(105))
                .body("results[0].label", equalTo("Returned from customer"))
                .body("results[0].deltas.location", equalTo(shelf)).body("results[0].deltas.customer", equalTo(customer))
                .body("results[0].deltas.status", equalTo(75)).body("results[0].notes", equalTo("came back"));
    }

    @Test
    void aPartialQuantityIsSplitOffAndReturnedAlone() {
        int part = StockIT.part(Map.of("name", prefix + " cup"));
        int shelf = LocationIT.location(prefix + " Returns", null);
        int sold = StockIT.stock(Map.of("part", part, "quantity", 10, "customer", customer)).get(0);

        giveBack(Map.of("items", List.of(line(sold, 4)), "location", shelf)).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + sold + "/").then().body("quantity", equalTo(6f))
                .body("customer", equalTo(customer)).body("location", nullValue());
        Response back = Api.asAdmin().get("/api/stock/?part=" + part + "&location=" + shelf + "&limit=5");
        back.then().body("results", hasSize(1)).body("results[0].quantity", equalTo(4f))
                .body("results[0].customer", nullValue()).body("results[0].parent", equalTo(sold));
        int child = back.path("results[0].pk");
        history(child).then().body("results.tracking_type", containsInAnyOrder(105, 40));
        history(sold).then().body("results[0].tracking_type", equalTo(42))
                .body("results[0].deltas.stockitem", equalTo(child)).body("results[0].deltas.quantity", equalTo(6f));
    }

    @Test
    void withMergeReturnedStockJoinsStockAlreadyThere() {
        int part = StockIT.part(Map.of("name", prefix + " jug"));
        int shelf = LocationIT.location(prefix + " Returns", null);
        int there = StockIT.item(part, 20, shelf);
        int damagedThere = StockIT.stock(Map.of("part", part, "quantity", 1, "location", shelf, "status", 55)).get(0);
        int sold = StockIT.stock(Map.of("part", part, "quantity", 5, "customer", customer)).get(0);
        int other = StockIT.stock(Map.of("part", part, "quantity", 2, "customer", customer)).get(0);

        Map<String, Object> request = new HashMap<>();
        request.put("items", List.of(line(sold, 5), line(other, 1)));
        request.put("location", shelf);
        request.put("merge", true);
        giveBack(request).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + there + "/").then().body("quantity", equalTo(26f));
        Api.asAdmin().get("/api/stock/" + damagedThere + "/").then().body("quantity", equalTo(1f));
        Api.asAdmin().get("/api/stock/" + sold + "/").then().statusCode(404);
        Api.asAdmin().get("/api/stock/" + other + "/").then().body("quantity", equalTo(1f)).body("customer", equalTo(customer));
        history(there).then().body("results.tracking_type", containsInAnyOrder(45, 45, 1))
                .body("results.deltas.quantity", hasItem(26f));
        Api.asAdmin().get("/api/stock/?part=" + part + "&location=" + shelf + "&limit=5").then()
                .body("results.pk", containsInAnyOrder(there, damagedThere));
    }

    @Test
    void withMergeAnItemReturnedEarlierInTheRequestTakesInTheNextAndSerializedUnitsStayApart() {
        int part = StockIT.part(Map.of("name", prefix + " tray", "trackable", true));
        int shelf = LocationIT.location(prefix + " Returns", null);
        int first = StockIT.stock(Map.of("part", part, "quantity", 3, "customer", customer)).get(0);
        int second = StockIT.stock(Map.of("part", part, "quantity", 4, "customer", customer)).get(0);
        int unit = StockIT.stock(Map.of("part", part, "quantity", 1, "serial", prefix + "-1", "customer", customer)).get(0);

        Map<String, Object> request = new HashMap<>();
        request.put("items", List.of(line(first, 3), line(unit, 1), line(second, 4)));
        request.put("location", shelf);
        request.put("merge", true);
        giveBack(request).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + first + "/").then().body("quantity", equalTo(7f)).body("location", equalTo(shelf));
        Api.asAdmin().get("/api/stock/" + second + "/").then().statusCode(404);
        Api.asAdmin().get("/api/stock/" + unit + "/").then().body("location", equalTo(shelf)).body("customer", nullValue());
        history(first).then().body("results[0].tracking_type", equalTo(45)).body("results[0].deltas.quantity", equalTo(7f));
    }

    @Test
    void badReturnsAnswer400AndChangeNothing() {
        int part = StockIT.part(Map.of("name", prefix + " pot", "trackable", true));
        int shelf = LocationIT.location(prefix + " Returns", null);
        int structural = LocationIT.location(prefix + " Structural", null, Map.of("structural", true));
        int sold = StockIT.stock(Map.of("part", part, "quantity", 4, "customer", customer)).get(0);
        int inStock = StockIT.item(part, 4, shelf);
        int unit = StockIT.stock(Map.of("part", part, "quantity", 1, "serial", prefix + "-1", "customer", customer)).get(0);

        giveBack(Map.of("items", List.of(line(sold, 1), line(inStock, 1), line(sold, 0), line(sold, 5)),
                "location", shelf)).then().statusCode(400).body("items", hasSize(4)).body("items[0]", anEmptyMap())
                .body("items[1].pk[0]", equalTo("Stock item is already in stock"))
                .body("items[2].quantity[0]", equalTo("Quantity must be greater than zero"))
                .body("items[3].quantity[0]", equalTo("Quantity must not exceed available stock quantity (3)"));
        giveBack(Map.of("items", List.of(line(unit, "0.5")), "location", shelf)).then().statusCode(400)
                .body("items[0].quantity[0]", equalTo("Quantity must be 1 for item with a serial number"));
        giveBack(Map.of("items", List.of(line(sold, 1)))).then().statusCode(400)
                .body("location[0]", equalTo("This field is required."));
        giveBack(Map.of("items", List.of(line(sold, 1)), "location", structural)).then().statusCode(400)
                .body("location[0]", equalTo("Stock items cannot be located into structural stock locations!"));
        giveBack(Map.of("items", List.of(), "location", shelf)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("A list of stock items must be provided"));
        Api.asAdmin().get("/api/stock/" + sold + "/").then().body("quantity", equalTo(4f)).body("customer", equalTo(customer));
        history(sold).then().body("count", equalTo(1));
        assertThat(Api.anonymous().get("/api/stock/?part=" + part).statusCode()).isEqualTo(401);
    }
}
