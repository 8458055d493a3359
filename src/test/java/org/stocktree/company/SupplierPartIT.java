package org.stocktree.company;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
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

/** Manufacturer parts, supplier parts and supplier price breaks: rules, pack sizes and filters. */
@Tag("h2")
class SupplierPartIT {

    private final String prefix = "S" + UUID.randomUUID().toString().substring(0, 6);

    private static Response post(String path, Map<String, Object> body) {
        return CompanyIT.post(path, body);
    }

    private static int part(Map<String, Object> body) {
        return post("/api/part/", body).then().statusCode(201).extract().path("pk");
    }

    private static int supplierPart(Map<String, Object> body) {
        return post("/api/company/part/", body).then().statusCode(201).extract().path("pk");
    }

    @Test
    void manufacturerPartsNeedAManufacturerAndAreUniquePerMpn() {
        int part = part(Map.of("name", prefix + " chip"));
        int maker = CompanyIT.company(Map.of("name", prefix + " Fab", "is_manufacturer", true));
        int supplierOnly = CompanyIT.company(Map.of("name", prefix + " Shop"));
        Response created = post("/api/company/part/manufacturer/", Map.of("part", part, "manufacturer", maker,
                "MPN", "MPN-1", "tags", List.of("smd")));
        created.then().statusCode(201).body("MPN", equalTo("MPN-1")).body("tags", contains("smd"));
        ApiContract.assertResponse("post", "/api/company/part/manufacturer/", 201, created.asString());
        int id = created.then().extract().path("pk");
        post("/api/company/part/manufacturer/", Map.of("part", part, "manufacturer", maker, "MPN", "MPN-1")).then()
                .statusCode(400).body("non_field_errors[0]",
                        equalTo("The fields part, manufacturer, MPN must make a unique set."));
        post("/api/company/part/manufacturer/", Map.of("part", part, "manufacturer", supplierOnly, "MPN", "X")).then()
                .statusCode(400).body("manufacturer[0]",
                        equalTo("Invalid pk \"" + supplierOnly + "\" - object does not exist."));
        Response list = Api.asAdmin().get("/api/company/part/manufacturer/?part=" + part
                + "&part_detail=true&manufacturer_detail=true&pretty=true&limit=5");
        ApiContract.assertResponse("get", "/api/company/part/manufacturer/", 200, list.asString());
        list.then().body("results.pk", contains(id)).body("results[0].manufacturer_detail.name", equalTo(prefix + " Fab"))
                .body("results[0].pretty_name", equalTo(prefix + " Fab | MPN-1"));
        Api.asAdmin().get("/api/company/" + maker + "/").then().body("parts_manufactured", equalTo(1));
    }

    @Test
    void supplierPartsFollowInventreesRules() {
        int part = part(Map.of("name", prefix + " bolt"));
        int other = part(Map.of("name", prefix + " nut"));
        int unbuyable = part(Map.of("name", prefix + " service", "purchaseable", false));
        int supplier = CompanyIT.company(Map.of("name", prefix + " Supply"));
        int customer = CompanyIT.company(Map.of("name", prefix + " Client", "is_customer", true, "is_supplier", false));
        int maker = CompanyIT.company(Map.of("name", prefix + " Maker", "is_manufacturer", true));
        int otherMade = post("/api/company/part/manufacturer/", Map.of("part", other, "manufacturer", maker,
                "MPN", "N-1")).then().statusCode(201).extract().path("pk");

        Response created = post("/api/company/part/", Map.of("part", part, "supplier", supplier, "SKU", "B-1"));
        created.then().statusCode(201).body("pack_quantity_native", equalTo(1f)).body("in_stock", equalTo(0f))
                .body("MPN", nullValue());
        ApiContract.assertResponse("post", "/api/company/part/", 201, created.asString());
        post("/api/company/part/", Map.of("part", other, "supplier", supplier, "SKU", "B-1")).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("The fields supplier, SKU must make a unique set."));
        post("/api/company/part/", Map.of("part", part, "supplier", customer, "SKU", "C-1")).then().statusCode(400)
                .body("supplier[0]", equalTo("Invalid pk \"" + customer + "\" - object does not exist."));
        post("/api/company/part/", Map.of("part", unbuyable, "supplier", supplier, "SKU", "U-1")).then()
                .statusCode(400).body("part[0]", equalTo("Invalid pk \"" + unbuyable + "\" - object does not exist."));
        post("/api/company/part/", Map.of("part", part, "supplier", supplier, "SKU", "M-1",
                "manufacturer_part", otherMade)).then().statusCode(400)
                .body("manufacturer_part[0]", equalTo("Linked manufacturer part must reference the same base part"));
        post("/api/company/part/", Map.of("part", part, "supplier", supplier, "SKU", "P-0", "pack_quantity", "-2"))
                .then().statusCode(400).body("pack_quantity[0]", equalTo("Pack quantity must be greater than zero"));
        post("/api/company/part/", Map.of("part", part, "supplier", supplier, "SKU", "P-1", "pack_quantity", "ten"))
                .then().statusCode(400).body("pack_quantity", org.hamcrest.Matchers.hasSize(1));
        Api.asAdmin().get("/api/company/part/?supplier=" + supplier).then().body("pk", contains((int) created.path("pk")));
    }

    @Test
    void packSizesAreCountedInThePartsUnits() {
        int wire = part(Map.of("name", prefix + " wire", "units", "m"));
        int supplier = CompanyIT.company(Map.of("name", prefix + " Cables"));
        supplierPart(Map.of("part", wire, "supplier", supplier, "SKU", "W-1", "pack_quantity", "50 cm"));
        Api.asAdmin().get("/api/company/part/?part=" + wire).then().body("[0].pack_quantity_native", equalTo(0.5f))
                .body("[0].pack_quantity", equalTo("50 cm"));
        post("/api/company/part/", Map.of("part", wire, "supplier", supplier, "SKU", "W-2", "pack_quantity", "2 kg"))
                .then().statusCode(400).body("pack_quantity", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void onePrimarySupplierPartPerPart() {
        int part = part(Map.of("name", prefix + " gear"));
        int supplier = CompanyIT.company(Map.of("name", prefix + " Gears"));
        int first = supplierPart(Map.of("part", part, "supplier", supplier, "SKU", "G-1", "primary", true));
        int second = supplierPart(Map.of("part", part, "supplier", supplier, "SKU", "G-2", "primary", true));
        Api.asAdmin().get("/api/company/part/?part=" + part + "&primary=true").then().body("pk", contains(second));
        Api.asAdmin().get("/api/company/part/" + first + "/").then().body("primary", equalTo(false));
    }

    @Test
    void theSupplierPartListFiltersAndShowsDetails() {
        int part = part(Map.of("name", prefix + " resistor", "IPN", prefix + "-R"));
        int supplier = CompanyIT.company(Map.of("name", prefix + " Parts Co"));
        int maker = CompanyIT.company(Map.of("name", prefix + " Ohm", "is_manufacturer", true));
        int made = post("/api/company/part/manufacturer/", Map.of("part", part, "manufacturer", maker,
                "MPN", prefix + "-MPN")).then().statusCode(201).extract().path("pk");
        int linked = supplierPart(Map.of("part", part, "supplier", supplier, "SKU", prefix + "-1",
                "manufacturer_part", made));
        int plain = supplierPart(Map.of("part", part, "supplier", supplier, "SKU", prefix + "-2", "active", false));
        Response list = Api.asAdmin().get("/api/company/part/?part=" + part + "&part_detail=true&supplier_detail=true"
                + "&manufacturer_detail=true&manufacturer_part_detail=true&pretty=true&limit=10&ordering=SKU");
        ApiContract.assertResponse("get", "/api/company/part/", 200, list.asString());
        list.then().body("results.pk", contains(linked, plain))
                .body("results[0].MPN", equalTo(prefix + "-MPN"))
                .body("results[0].manufacturer_detail.pk", equalTo(maker))
                .body("results[0].supplier_detail.name", equalTo(prefix + " Parts Co"))
                .body("results[0].part_detail.IPN", equalTo(prefix + "-R"))
                .body("results[0].pretty_name", equalTo(prefix + " Parts Co | " + prefix + "-1 | " + prefix + "-MPN"));
        Api.asAdmin().get("/api/company/part/?manufacturer=" + maker).then().body("pk", contains(linked));
        Api.asAdmin().get("/api/company/part/?company=" + maker).then().body("pk", contains(linked));
        Api.asAdmin().get("/api/company/part/?company=" + supplier).then().body("pk", containsInAnyOrder(linked, plain));
        Api.asAdmin().get("/api/company/part/?manufacturer_part=" + made).then().body("pk", contains(linked));
        Api.asAdmin().get("/api/company/part/?MPN=" + prefix + "-MPN").then().body("pk", contains(linked));
        Api.asAdmin().get("/api/company/part/?SKU=" + prefix + "-2").then().body("pk", contains(plain));
        Api.asAdmin().get("/api/company/part/?part=" + part + "&active=false").then().body("pk", contains(plain));
        Api.asAdmin().get("/api/company/part/?search=" + prefix + " Ohm").then().body("pk", contains(linked));
        Api.asAdmin().get("/api/company/" + supplier + "/").then().body("parts_supplied", equalTo(2));
    }

    @Test
    void priceBreaksAreUniquePerQuantityAndTakeTheSuppliersCurrency() {
        int part = part(Map.of("name", prefix + " cap"));
        int supplier = CompanyIT.company(Map.of("name", prefix + " Euro", "currency", "EUR"));
        int sp = supplierPart(Map.of("part", part, "supplier", supplier, "SKU", "E-1"));
        Response created = post("/api/company/price-break/", Map.of("part", sp, "quantity", 10, "price", "0.25"));
        created.then().statusCode(201).body("price_currency", equalTo("EUR")).body("price", equalTo("0.250000"))
                .body("supplier", equalTo(supplier));
        ApiContract.assertResponse("post", "/api/company/price-break/", 201, created.asString());
        post("/api/company/price-break/", Map.of("part", sp, "quantity", 10, "price", "0.2")).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("The fields part, quantity must make a unique set."));
        post("/api/company/price-break/", Map.of("part", sp, "quantity", 0, "price", "0.2")).then().statusCode(400)
                .body("quantity", org.hamcrest.Matchers.hasSize(1));
        post("/api/company/price-break/", Map.of("part", sp, "quantity", 100, "price", "0.2",
                "price_currency", "GBP")).then().statusCode(201).body("price_currency", equalTo("GBP"));
        Response list = Api.asAdmin().get("/api/company/price-break/?part=" + sp
                + "&part_detail=true&supplier_detail=true&limit=5");
        ApiContract.assertResponse("get", "/api/company/price-break/", 200, list.asString());
        list.then().body("results.quantity", contains(10f, 100f))
                .body("results[0].part_detail.SKU", equalTo("E-1"));
        Api.asAdmin().get("/api/company/price-break/?base_part=" + part + "&supplier=" + supplier).then()
                .body("size()", equalTo(2));
        Api.asAdmin().get("/api/company/part/" + sp + "/?price_breaks=true").then()
                .body("price_breaks.quantity", contains(10f, 100f));
    }

    @Test
    void supplierPartsNeedThePartOrPurchaseOrderRoleAndPriceBreaksThePurchaseOrderRole() {
        String partViewer = CompanyIT.user(prefix, "parts", "part", Map.of("can_view", true));
        String buyer = CompanyIT.user(prefix, "buyer", "purchase_order", Map.of("can_view", true));
        Api.as(partViewer, CompanyIT.PASSWORD).get("/api/company/part/").then().statusCode(200);
        Api.as(buyer, CompanyIT.PASSWORD).get("/api/company/part/").then().statusCode(200);
        Api.as(partViewer, CompanyIT.PASSWORD).get("/api/company/price-break/").then().statusCode(403);
        Api.as(buyer, CompanyIT.PASSWORD).get("/api/company/price-break/").then().statusCode(200);
        Api.as(buyer, CompanyIT.PASSWORD).contentType(ContentType.JSON).body(Map.of("SKU", "X"))
                .post("/api/company/part/").then().statusCode(403);
        Api.anonymous().get("/api/company/part/").then().statusCode(401);
    }
}
