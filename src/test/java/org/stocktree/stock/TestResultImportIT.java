package org.stocktree.stock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/**
 * InvenTree's test result fixtures, imported when the test server starts: each result names its
 * test by text, matched by key to the templates of the item's part and those above it; a name no
 * template has gets a template on the item's part.
 */
@Tag("h2")
class TestResultImportIT {

    @Test
    void resultsNamedByTextFindTheirTemplatesByKey() {
        // item 105 (part 25): Firmware Version, Settings Checksum, Temperature Test twice
        Api.asAdmin().get("/api/stock/test/?stock_item=105&limit=10&ordering=date").then().statusCode(200)
                .body("count", equalTo(4)).body("results.pk", contains(1, 2, 3, 4))
                .body("results.template", contains(10, 9, 8, 8))
                .body("results.result", contains(true, true, false, true));
        Api.asAdmin().get("/api/stock/test/1/").then().body("value", equalTo("0xA1B2C3D4"))
                .body("date", startsWith("2020-02-02"));
        Api.asAdmin().get("/api/stock/test/3/").then().body("notes", equalTo("Got too hot or something"));
        // item 522 (part 10004, a variant of 10003, a variant of 10000) finds the chair's templates
        Api.asAdmin().get("/api/stock/test/5/").then().body("template", equalTo(2));
        Api.asAdmin().get("/api/stock/test/7/").then().body("template", equalTo(4));
        Api.asAdmin().get("/api/stock/test/12345/").then().body("template", equalTo(1)).body("value", equalTo("100kg"))
                .body("result", equalTo(false));
    }

    @Test
    void aTestNoTemplateHasGetsATemplateOnTheItemsPart() {
        Response result = Api.asAdmin().get("/api/stock/test/8/?template_detail=true");
        result.then().statusCode(200).body("stock_item", equalTo(522))
                .body("template_detail.part", equalTo(10004))
                .body("template_detail.test_name", equalTo("Check that chair is GreEn"))
                .body("template_detail.key", equalTo("checkthatchairisgreen"));
    }

    @Test
    void resultsOfInstalledItemsAreIncludedWhenAsked() {
        // item 522 is installed in item 105
        Api.asAdmin().get("/api/stock/test/?stock_item=105&include_installed=true&limit=20").then()
                .body("count", equalTo(9));
        Api.asAdmin().get("/api/stock/test/?test=applypaint&limit=20&ordering=date").then()
                .body("results.pk", contains(5, 6));
    }
}
