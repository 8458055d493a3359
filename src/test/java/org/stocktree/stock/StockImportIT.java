package org.stocktree.stock;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/**
 * InvenTree's location and stock fixtures, imported when the test server starts, read as InvenTree
 * serves them: the location tree rebuilt from parent links, items with their links and serials.
 */
@Tag("h2")
class StockImportIT {

    @Test
    void theLocationTreeIsRebuiltFromParentLinks() {
        Api.asAdmin().get("/api/stock/location/5/").then().statusCode(200)
                .body("name", equalTo("Drawer_1")).body("pathstring", equalTo("Office/Drawer_1"))
                .body("level", equalTo(1)).body("parent", equalTo(4)).body("description", equalTo("In my desk"));
        Api.asAdmin().get("/api/stock/location/4/").then().body("external", equalTo(true))
                .body("sublocations", equalTo(3));
        Api.asAdmin().get("/api/stock/location/?parent=1&limit=10").then()
                .body("results.name", containsInAnyOrder("Bathroom", "Dining Room"));
        Api.asAdmin().get("/api/stock/location/tree/?tree_id=1&limit=10").then()
                .body("results.pk", containsInAnyOrder(1, 2, 3));
    }

    @Test
    void itemsKeepTheirFieldsAndLinks() {
        Api.asAdmin().get("/api/stock/1/").then().statusCode(200).body("part", equalTo(1))
                .body("quantity", equalTo(4000f)).body("location", equalTo(3)).body("batch", equalTo("B123"))
                .body("status", equalTo(10));
        Api.asAdmin().get("/api/stock/1001/").then().body("parent", equalTo(1000)).body("quantity", equalTo(11f));
        Api.asAdmin().get("/api/stock/1000/").then().body("child_items", equalTo(1));
        Api.asAdmin().get("/api/stock/522/").then().body("belongs_to", equalTo(105)).body("status", equalTo(70))
                .body("serial", equalTo("22")).body("expiry_date", equalTo("1990-10-10")).body("in_stock", equalTo(false));
        Api.asAdmin().get("/api/stock/105/").then().body("installed_items", equalTo(1)).body("serial", equalTo("1000"));
        Api.asAdmin().get("/api/stock/520/").then()
                .body("barcode_hash", equalTo("9e5ae7fc20568ed4814c10967bba8b65"));
        Api.asAdmin().get("/api/stock/100/").then().body("delete_on_deplete", equalTo(false));
        Api.asAdmin().get("/api/stock/?part=10001&serialized=true&limit=10&ordering=serial").then()
                .body("results.serial", containsInAnyOrder("1", "2", "3", "4", "5"));
    }

    @Test
    void importedStockCountsInLocationsAndParts() {
        // Home holds items 1000-1006; Dining Room item 1, Bathroom item 2
        Api.asAdmin().get("/api/stock/location/1/").then().body("items", equalTo(9));
        Api.asAdmin().get("/api/stock/?location=1&cascade=false&limit=1").then().body("count", equalTo(7));
        Api.asAdmin().get("/api/part/1/").then().body("in_stock", equalTo(9000f)).body("stock_item_count", equalTo(2));
    }
}
