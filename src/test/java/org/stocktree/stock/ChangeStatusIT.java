package org.stocktree.stock;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Changing the status of many items: one "Edited stock item" per item that changed, custom states too. */
@Tag("h2")
class ChangeStatusIT {

    private final String prefix = "CS" + UUID.randomUUID().toString().substring(0, 6);

    static Response change(Map<String, Object> body) {
        return AdjustmentIT.adjust("change_status", body);
    }

    private static Response history(int item) {
        return Api.asAdmin().get("/api/stock/track/?item=" + item + "&limit=20");
    }

    @Test
    void changedItemsGetOneEntryAndUnchangedOnesNone() {
        int part = StockIT.part(Map.of("name", prefix + " fan"));
        int ok = StockIT.item(part, 2, null);
        int damaged = StockIT.stock(Map.of("part", part, "quantity", 1, "status", 55)).get(0);

        Response changed = change(Map.of("items", List.of(ok, damaged), "status", 55, "note", "dropped"));
        changed.then().statusCode(201);
        ApiContract.assertResponse("post", "/api/stock/change_status/", 201, changed.asString());
        Api.asAdmin().get("/api/stock/" + ok + "/").then().body("status", equalTo(55));
        history(ok).then().body("count", equalTo(2)).body("results[0].tracking_type", equalTo(5))
                .body("results[0].label", equalTo("Edited stock item")).body("results[0].deltas.status", equalTo(55))
                .body("results[0].notes", equalTo("dropped"));
        history(damaged).then().body("count", equalTo(1));

        // no status means OK, as InvenTree's default; "notes" is read as well as "note"
        change(Map.of("items", List.of(ok), "notes", "fixed")).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + ok + "/").then().body("status", equalTo(10));
        history(ok).then().body("count", equalTo(3)).body("results[0].deltas.status", equalTo(10))
                .body("results[0].notes", equalTo("fixed"));
    }

    @Test
    void customStatesAreSetWithTheirKeyAndLogicalStatus() {
        int stockItemType = Api.asAdmin().get("/api/contenttype/model/stockitem/").path("pk");
        int key = 9100 + new java.util.Random().nextInt(800);
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("key", key, "name", ("CHG_" + prefix).toUpperCase(java.util.Locale.ROOT),
                        "label", prefix + " dented", "color", "warning", "logical_key", 55, "model", stockItemType,
                        "reference_status", "StockStatus"))
                .post("/api/generic/status/custom/").then().statusCode(201);
        int part = StockIT.part(Map.of("name", prefix + " case"));
        int damaged = StockIT.stock(Map.of("part", part, "quantity", 1, "status", 55)).get(0);

        change(Map.of("items", List.of(damaged), "status", key)).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + damaged + "/").then().body("status", equalTo(55))
                .body("status_custom_key", equalTo(key)).body("status_text", equalTo(prefix + " dented"));
        history(damaged).then().body("count", equalTo(2)).body("results[0].deltas.status", equalTo(key));
        change(Map.of("items", List.of(damaged), "status", key)).then().statusCode(201);
        history(damaged).then().body("count", equalTo(2));
        change(Map.of("items", List.of(damaged), "status", 55)).then().statusCode(201);
        Api.asAdmin().get("/api/stock/" + damaged + "/").then().body("status_custom_key", nullValue());
        history(damaged).then().body("count", equalTo(3));
    }

    @Test
    void badRequestsAnswer400AndChangeNothing() {
        int part = StockIT.part(Map.of("name", prefix + " pump"));
        int item = StockIT.item(part, 1, null);
        change(Map.of("items", List.of(item, 999999999), "status", 55)).then().statusCode(400)
                .body("items[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
        change(Map.of("items", List.of(), "status", 55)).then().statusCode(400)
                .body("items[0]", equalTo("No stock items selected"));
        change(Map.of("status", 55)).then().statusCode(400).body("items[0]", equalTo("This field is required."));
        change(Map.of("items", List.of(item), "status", 12345)).then().statusCode(400)
                .body("status[0]", equalTo("\"12345\" is not a valid choice."));
        change(Map.of("items", List.of(item), "status", 55, "notes", "n".repeat(513))).then().statusCode(400)
                .body("notes[0]", equalTo("Ensure this field has no more than 512 characters."));
        Api.asAdmin().get("/api/stock/" + item + "/").then().body("status", equalTo(10));
        history(item).then().body("count", equalTo(1));
    }
}
