package org.stocktree.stock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Part quantities come from stock (variants included), with the part list's stock filters and a part's initial stock. */
@Tag("h2")
class PartStockIT {

    private final String prefix = "Q" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void quantitiesCountStockOnHandWithVariants() {
        int template = StockIT.part(Map.of("name", prefix + " chair", "is_template", true, "minimum_stock", 100));
        int variant = StockIT.part(Map.of("name", prefix + " red chair", "variant_of", template));
        int store = LocationIT.location(prefix + " Store", null);
        int away = LocationIT.location(prefix + " Away", null, Map.of("external", true));
        StockIT.item(template, 10, store);
        StockIT.item(template, 2.5, null);
        StockIT.item(template, 4, away);
        StockIT.stock(Map.of("part", template, "quantity", 50, "status", 60)); // destroyed: not stock
        StockIT.stock(Map.of("part", template, "quantity", 7, "customer", 4)); // with a customer: not stock
        StockIT.item(variant, 3, store);

        Response detail = Api.asAdmin().get("/api/part/" + template + "/");
        detail.then().statusCode(200).body("in_stock", equalTo(12.5f)).body("variant_stock", equalTo(3f))
                .body("total_in_stock", equalTo(15.5f)).body("unallocated_stock", equalTo(15.5f))
                .body("external_stock", equalTo(4f)).body("stock_item_count", equalTo(3));
        ApiContract.assertResponse("get", "/api/part/{id}/", 200, detail.asString());
        Api.asAdmin().get("/api/part/" + variant + "/").then().body("in_stock", equalTo(3f))
                .body("total_in_stock", equalTo(3f)).body("variant_stock", equalTo(0f));

        int empty = StockIT.part(Map.of("name", prefix + " empty stool"));
        int depleted = StockIT.part(Map.of("name", prefix + " depleted bench", "maximum_stock", 1));
        StockIT.item(depleted, 0, store);
        int plenty = StockIT.part(Map.of("name", prefix + " plenty table", "maximum_stock", 1));
        StockIT.item(plenty, 5, store);
        String base = "/api/part/?limit=50&name_regex=^" + prefix;
        Api.asAdmin().get(base + "&has_stock=true&ordering=-in_stock").then()
                .body("results.pk", contains(template, plenty, variant));
        Api.asAdmin().get(base + "&has_stock=false").then().body("results.pk", contains(depleted, empty));
        Api.asAdmin().get(base + "&unallocated_stock=true").then().body("results.pk", hasItem(plenty));
        Api.asAdmin().get(base + "&low_stock=true").then().body("results.pk", contains(template));
        Api.asAdmin().get(base + "&high_stock=true").then().body("results.pk", contains(plenty));
        Api.asAdmin().get(base + "&depleted_stock=true").then().body("results.pk", contains(depleted));
        Api.asAdmin().get(base + "&ordering=total_in_stock").then()
                .body("results.pk", contains(empty, depleted, variant, plenty, template));
        Api.asAdmin().get(base + "&depleted_stock=false").then().body("results.pk", not(hasItem(depleted)));
    }

    @Test
    void aPartMayBeCreatedWithItsInitialStock() {
        int shelf = LocationIT.location(prefix + " Shelf", null);
        Map<String, Object> body = new HashMap<>();
        body.put("name", prefix + " lamp");
        body.put("initial_stock", Map.of("quantity", 8, "location", shelf));
        Response created = Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/");
        created.then().statusCode(201);
        int part = created.path("pk");
        Api.asAdmin().get("/api/stock/?part=" + part + "&limit=5").then().body("count", equalTo(1))
                .body("results[0].quantity", equalTo(8f)).body("results[0].location", equalTo(shelf));
        Api.asAdmin().get("/api/stock/track/?part=" + part + "&limit=5").then().body("count", equalTo(1))
                .body("results[0].tracking_type", equalTo(1));
        Api.asAdmin().get("/api/part/" + part + "/").then().body("in_stock", equalTo(8f));

        int stored = StockIT.part(Map.of("name", prefix + " stored", "default_location", shelf,
                "initial_stock", Map.of("quantity", 2)));
        Api.asAdmin().get("/api/stock/?part=" + stored + "&limit=5").then().body("results[0].location", equalTo(shelf));

        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " refused", "initial_stock", Map.of("quantity", -3)))
                .post("/api/part/").then().statusCode(400)
                .body("initial_stock[0]", equalTo("quantity: Ensure this value is greater than or equal to 0."));
        int structural = LocationIT.location(prefix + " Structural", null, Map.of("structural", true));
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " refused", "initial_stock", Map.of("quantity", 3, "location", structural)))
                .post("/api/part/").then().statusCode(400);
        Api.asAdmin().get("/api/part/?limit=5&name_regex=^" + prefix + " refused").then().body("count", equalTo(0));
    }
}
