package org.stocktree.company;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/**
 * InvenTree's company fixtures, imported when the test server starts, read as InvenTree serves
 * them; a run-time import loads companies before the stock items that name them.
 */
@Tag("h2")
class CompanyImportIT {

    private static long idBlock = 41_000_000;

    /** Ids above those of every import before: a run-time import refuses ids below the sequences. */
    private static synchronized long freshIds() {
        idBlock += 1_000;
        return idBlock;
    }

    private static Response importing(String fixture) {
        return Api.asAdmin().contentType(ContentType.JSON).body(fixture).post("/api/system/import/");
    }

    @Test
    void theFixtureCompaniesKeepTheirFlags() {
        Api.asAdmin().get("/api/company/1/").then().statusCode(200).body("name", equalTo("ACME"))
                .body("is_supplier", equalTo(true)).body("is_customer", equalTo(false))
                .body("currency", equalTo("USD")).body("parts_supplied", equalTo(4));
        Api.asAdmin().get("/api/company/8/").then().body("name", equalTo("Customer only"))
                .body("is_customer", equalTo(true)).body("is_supplier", equalTo(false));
        Api.asAdmin().get("/api/company/6/").then().body("is_manufacturer", equalTo(true));
    }

    @Test
    void theFixtureSupplierPartsAndPriceBreaksAreThere() {
        Api.asAdmin().get("/api/company/part/6/").then().statusCode(200).body("SKU", equalTo("R_4K7_0603.100PCK"))
                .body("pack_quantity", equalTo("100")).body("pack_quantity_native", equalTo(100f))
                .body("supplier", equalTo(2)).body("part", equalTo(4));
        Api.asAdmin().get("/api/company/part/?supplier=1&ordering=SKU").then()
                .body("SKU", contains("ACME-WIDGET", "ACME0001", "ACME0002", "ACME0003"));
        Api.asAdmin().get("/api/company/price-break/?part=1").then().body("quantity", contains(1f, 5f, 25f))
                .body("[1].price", equalTo("7.500000"));
    }

    @Test
    void stockItemsLoadAfterTheCompaniesTheyName() {
        long id = freshIds();
        String fixture = """
                [
                  {"model": "stock.stockitem", "pk": %1$d, "fields": {"part": 1, "quantity": 3,
                    "customer": %2$d, "supplier_part": %3$d}},
                  {"model": "company.supplierpart", "pk": %3$d, "fields": {"part": 1, "supplier": %2$d,
                    "SKU": "IMP-%1$d", "manufacturer_part": %4$d}},
                  {"model": "company.manufacturerpart", "pk": %4$d, "fields": {"part": 1, "manufacturer": %2$d,
                    "MPN": "M-%1$d"}},
                  {"model": "company.address", "pk": %1$d, "fields": {"company": %2$d, "title": "HQ", "primary": true}},
                  {"model": "company.contact", "pk": %1$d, "fields": {"company": %2$d, "name": "Bea"}},
                  {"model": "company.supplierpricebreak", "pk": %1$d, "fields": {"part": %3$d, "quantity": 2,
                    "price": 1.5}},
                  {"model": "company.company", "pk": %2$d, "fields": {"name": "Imported %1$d", "is_customer": true,
                    "is_manufacturer": true, "notes": "<script>x</script>ok"}}
                ]
                """.formatted(id, id + 1, id + 2, id + 3);
        importing(fixture).then().statusCode(200).body("imported.'company.company'", equalTo(1))
                .body("imported.'stock.stockitem'", equalTo(1));
        Api.asAdmin().get("/api/stock/" + id + "/").then().body("customer", equalTo((int) id + 1))
                .body("supplier_part", equalTo((int) id + 2)).body("SKU", equalTo("IMP-" + id))
                .body("MPN", equalTo("M-" + id));
        Api.asAdmin().get("/api/company/" + (id + 1) + "/").then().body("notes", equalTo("ok"))
                .body("primary_address.pk", equalTo((int) id));
        Api.asAdmin().get("/api/company/contact/" + id + "/").then().body("name", equalTo("Bea"));
        Api.asAdmin().get("/api/company/price-break/" + id + "/").then().body("price", equalTo("1.500000"))
                .body("price_currency", equalTo("USD"));
        importing(fixture).then().statusCode(200).body("imported.size()", equalTo(0));
    }

    @Test
    void aStockItemNamingAMissingCompanyAbortsTheImport() {
        long id = freshIds();
        importing("""
                [{"model": "stock.stockitem", "pk": %d, "fields": {"part": 1, "quantity": 1, "customer": 99999999}}]
                """.formatted(id)).then().statusCode(400)
                .body("non_field_errors[0]", containsString("'customer': pk 99999999 does not exist"));
        Api.asAdmin().get("/api/stock/" + id + "/").then().statusCode(404);
        importing("""
                [{"model": "company.supplierpart", "pk": %d, "fields": {"part": 1, "supplier": 1, "SKU": "ACME0001"}}]
                """.formatted(id)).then().statusCode(400)
                .body("non_field_errors[0]", containsString("SKU 'ACME0001'"));
        Api.asAdmin().get("/api/company/part/" + id + "/").then().statusCode(404);
        Api.asAdmin().get("/api/company/part/1/").then().body("manufacturer_part", nullValue());
    }
}
