package org.stocktree.stock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
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

/** Stock items and companies: customers and supplier parts checked, shown and filtered by. */
@Tag("h2")
class StockCompanyIT {

    private final String prefix = "K" + UUID.randomUUID().toString().substring(0, 6);

    private static int create(String path, Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract()
                .path("pk");
    }

    private static Response stock(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/stock/");
    }

    @Test
    void customerAndSupplierPartAreChecked() {
        int part = StockIT.part(Map.of("name", prefix + " bolt"));
        int other = StockIT.part(Map.of("name", prefix + " nut"));
        int supplier = create("/api/company/", Map.of("name", prefix + " Supplier"));
        int customer = create("/api/company/", Map.of("name", prefix + " Customer", "is_customer", true));
        int otherPart = create("/api/company/part/", Map.of("part", other, "supplier", supplier, "SKU", prefix + "-N"));
        int ownPart = create("/api/company/part/", Map.of("part", part, "supplier", supplier, "SKU", prefix + "-B"));

        stock(Map.of("part", part, "quantity", 1, "customer", supplier)).then().statusCode(400)
                .body("customer[0]", equalTo("Invalid pk \"" + supplier + "\" - object does not exist."));
        stock(Map.of("part", part, "quantity", 1, "customer", 999999999)).then().statusCode(400)
                .body("customer[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
        stock(Map.of("part", part, "quantity", 1, "supplier_part", otherPart)).then().statusCode(400)
                .body("supplier_part[0]", equalTo("Part type (\"" + prefix + " nut\") must be " + prefix + " bolt"));
        Api.asAdmin().get("/api/stock/?part=" + part).then().body("size()", equalTo(0));

        int item = stock(Map.of("part", part, "quantity", 5, "supplier_part", ownPart)).then().statusCode(201)
                .extract().path("[0].pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("supplier_part", otherPart))
                .patch("/api/stock/" + item + "/").then().statusCode(400).body("supplier_part", org.hamcrest.Matchers.hasSize(1));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("customer", customer))
                .patch("/api/stock/" + item + "/").then().statusCode(200).body("customer", equalTo(customer));
    }

    @Test
    void rowsShowSkuMpnAndTheSupplierPart() {
        int part = StockIT.part(Map.of("name", prefix + " chip"));
        int supplier = create("/api/company/", Map.of("name", prefix + " Distributor"));
        int maker = create("/api/company/", Map.of("name", prefix + " Foundry", "is_manufacturer", true));
        int made = create("/api/company/part/manufacturer/", Map.of("part", part, "manufacturer", maker,
                "MPN", prefix + "-MPN"));
        int sp = create("/api/company/part/", Map.of("part", part, "supplier", supplier, "SKU", prefix + "-SKU",
                "manufacturer_part", made));
        int item = stock(Map.of("part", part, "quantity", 7, "supplier_part", sp)).then().statusCode(201)
                .extract().path("[0].pk");

        Api.asAdmin().get("/api/stock/" + item + "/").then().body("SKU", equalTo(prefix + "-SKU"))
                .body("MPN", equalTo(prefix + "-MPN")).body("supplier_part_detail", nullValue());
        Response detailed = Api.asAdmin().get("/api/stock/?part=" + part + "&supplier_part_detail=true&limit=5");
        ApiContract.assertResponse("get", "/api/stock/", 200, detailed.asString());
        detailed.then().body("results[0].supplier_part_detail.pk", equalTo(sp))
                .body("results[0].supplier_part_detail.SKU", equalTo(prefix + "-SKU"))
                .body("results[0].supplier_part_detail.in_stock", equalTo(7f));
        Api.asAdmin().get("/api/company/part/" + sp + "/").then().body("in_stock", equalTo(7f));
    }

    @Test
    void theListFiltersBySupplierManufacturerAndCompany() {
        int part = StockIT.part(Map.of("name", prefix + " cable"));
        int supplier = create("/api/company/", Map.of("name", prefix + " Wires"));
        int otherSupplier = create("/api/company/", Map.of("name", prefix + " Cords"));
        int maker = create("/api/company/", Map.of("name", prefix + " Copper", "is_manufacturer", true));
        int customer = create("/api/company/", Map.of("name", prefix + " Client", "is_customer", true,
                "is_supplier", false));
        int made = create("/api/company/part/manufacturer/", Map.of("part", part, "manufacturer", maker, "MPN", "CU"));
        int sp = create("/api/company/part/", Map.of("part", part, "supplier", supplier, "SKU", prefix + "-1",
                "manufacturer_part", made));
        int otherSp = create("/api/company/part/", Map.of("part", part, "supplier", otherSupplier, "SKU", prefix + "-2"));
        int supplied = stock(Map.of("part", part, "quantity", 1, "supplier_part", sp)).then().statusCode(201)
                .extract().path("[0].pk");
        int otherSupplied = stock(Map.of("part", part, "quantity", 1, "supplier_part", otherSp)).then().statusCode(201)
                .extract().path("[0].pk");
        Map<String, Object> sold = new HashMap<>(Map.of("part", part, "quantity", 1, "customer", customer));
        int delivered = stock(sold).then().statusCode(201).extract().path("[0].pk");

        Api.asAdmin().get("/api/stock/?supplier=" + supplier).then().body("pk", contains(supplied));
        Api.asAdmin().get("/api/stock/?supplier_part=" + otherSp).then().body("pk", contains(otherSupplied));
        Api.asAdmin().get("/api/stock/?manufacturer=" + maker).then().body("pk", contains(supplied));
        Api.asAdmin().get("/api/stock/?manufacturer_part=" + made).then().body("pk", contains(supplied));
        Api.asAdmin().get("/api/stock/?company=" + customer).then().body("pk", contains(delivered));
        Api.asAdmin().get("/api/stock/?company=" + otherSupplier).then().body("pk", contains(otherSupplied));
        Api.asAdmin().get("/api/stock/?customer=" + customer).then().body("pk", contains(delivered));
        Api.asAdmin().get("/api/stock/?part=" + part + "&ordering=pk").then()
                .body("pk", containsInAnyOrder(supplied, otherSupplied, delivered));
        Api.asAdmin().get("/api/stock/?supplier=999999999").then().statusCode(400).body("supplier", org.hamcrest.Matchers.hasSize(1));
        Api.asAdmin().get("/api/stock/?company=" + List.of().size() + "x").then().statusCode(400);
    }
}
