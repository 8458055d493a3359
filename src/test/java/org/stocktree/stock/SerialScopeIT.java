package org.stocktree.stock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/** The serial scope the unique index checks follows parts into other variant trees. */
@Tag("h2")
class SerialScopeIT {

    private final String prefix = "U" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aVariantMovedOutOfItsTreeTakesItsSerialsAlong() {
        int template = StockIT.part(Map.of("name", prefix + " pump", "trackable", true, "is_template", true));
        int variant = StockIT.part(Map.of("name", prefix + " pump v2", "trackable", true, "variant_of", template));
        StockIT.stock(Map.of("part", variant, "quantity", 1, "serial", "P1"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("part", template, "quantity", 1, "serial", "P1"))
                .post("/api/stock/").then().statusCode(400).body("serial", contains("Serial number already exists"));

        Map<String, Object> detach = new HashMap<>();
        detach.put("variant_of", null);
        Api.asAdmin().contentType(ContentType.JSON).body(detach).patch("/api/part/" + variant + "/").then()
                .statusCode(200);

        // the variant's item now belongs to another tree: the template's tree has P1 free again
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("part", template, "quantity", 1, "serial", "P1"))
                .post("/api/stock/").then().statusCode(201).body("[0].serial", equalTo("P1"));
        // and the moved item's serial is still unique in its new tree
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("part", variant, "quantity", 1, "serial", "P1"))
                .post("/api/stock/").then().statusCode(400).body("serial", contains("Serial number already exists"));
    }
}
