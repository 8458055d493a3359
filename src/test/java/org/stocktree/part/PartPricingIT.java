package org.stocktree.part;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/**
 * Pricing computed from price breaks and variants, its overrides, the price range on part rows,
 * and a part's requirements and serial numbers (nothing to count until stock exists).
 */
@Tag("h2")
class PartPricingIT {

    private final String prefix = "C" + UUID.randomUUID().toString().substring(0, 6);

    private int part(String name, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("name", prefix + " " + name);
        body.put("salable", true);
        return PartIT.create(body);
    }

    private static void setting(String key, Object value) {
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("value", value))
                .patch("/api/settings/global/" + key + "/").then().statusCode(200);
    }

    private static Response patchPricing(int part, Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).patch("/api/part/" + part + "/pricing/");
    }

    @Test
    void aPartWithoutPriceBreaksHasEmptyPricing() {
        int part = part("Unpriced", Map.of());
        Response pricing = Api.asAdmin().get("/api/part/" + part + "/pricing/");
        pricing.then().statusCode(200)
                .body("currency", equalTo("USD")).body("updated", nullValue())
                .body("scheduled_for_update", equalTo(false))
                .body("overall_min", nullValue()).body("overall_max", nullValue())
                .body("bom_cost_min", nullValue()).body("purchase_cost_min", nullValue())
                .body("supplier_price_min", nullValue()).body("variant_cost_min", nullValue())
                .body("sale_history_min", nullValue()).body("override_min", nullValue());
        ApiContract.assertResponse("get", "/api/part/{id}/pricing/", 200, pricing.asString());
        Api.asAdmin().get("/api/part/" + part + "/").then().body("pricing_min", nullValue())
                .body("pricing_updated", nullValue());
        Api.asAdmin().get("/api/part/99999999/pricing/").then().statusCode(404);
    }

    @Test
    void salePriceBreaksGiveTheSaleRangeButNotTheCost() {
        int part = part("Sold", Map.of());
        PriceBreakIT.priceBreak("sale-price", part, 1, "3.50", null);
        PriceBreakIT.priceBreak("sale-price", part, 10, "2.75", null);
        // a price in a currency without an exchange rate cannot be counted
        PriceBreakIT.priceBreak("sale-price", part, 100, "0.10", "EUR");
        Api.asAdmin().get("/api/part/" + part + "/pricing/").then().statusCode(200)
                .body("sale_price_min", equalTo("2.750000")).body("sale_price_max", equalTo("3.500000"))
                .body("overall_min", nullValue()).body("updated", not(nullValue()));
    }

    @Test
    void internalPricesCountOnlyWhenEnabled() {
        int part = part("Internal", Map.of());
        PriceBreakIT.priceBreak("internal-price", part, 1, "4", null);
        int cheaper = PriceBreakIT.priceBreak("internal-price", part, 50, "3", null);
        Api.asAdmin().get("/api/part/" + part + "/pricing/").then()
                .body("internal_cost_min", nullValue()).body("overall_min", nullValue());
        setting("PART_INTERNAL_PRICE", true);
        try {
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("update", true))
                    .patch("/api/part/" + part + "/pricing/").then().statusCode(200)
                    .body("internal_cost_min", equalTo("3.000000")).body("internal_cost_max", equalTo("4.000000"))
                    .body("overall_min", equalTo("3.000000")).body("overall_max", equalTo("4.000000"));
            Response row = Api.asAdmin().get("/api/part/" + part + "/");
            row.then().body("pricing_min", equalTo("3.000000")).body("pricing_max", equalTo("4.000000"))
                    .body("pricing_updated", not(nullValue()));
            ApiContract.assertResponse("get", "/api/part/{id}/", 200, row.asString());
            // changing a price break recalculates at once
            Api.asAdmin().delete("/api/part/internal-price/" + cheaper + "/").then().statusCode(204);
            Api.asAdmin().get("/api/part/" + part + "/pricing/").then().body("overall_min", equalTo("4.000000"));

            int unpriced = part("No price", Map.of());
            String list = "/api/part/?name_regex=^" + prefix;
            Api.asAdmin().get(list + "&has_pricing=true").then().body("pk", contains(part));
            Api.asAdmin().get(list + "&has_pricing=false").then().body("pk", contains(unpriced));
            int pricier = part("Pricier", Map.of());
            PriceBreakIT.priceBreak("internal-price", pricier, 1, "9", null);
            Api.asAdmin().get(list + "&has_pricing=true&ordering=-pricing_min").then()
                    .body("pk", contains(pricier, part));
            Api.asAdmin().get(list + "&has_pricing=true&ordering=pricing_max").then()
                    .body("pk", contains(part, pricier));
        } finally {
            setting("PART_INTERNAL_PRICE", false);
        }
    }

    @Test
    void overridesWinAndAreChecked() {
        int part = part("Overridden", Map.of());
        Response changed = patchPricing(part, Map.of("override_min", "1.5", "override_max", "7"));
        changed.then().statusCode(200)
                .body("override_min", equalTo("1.500000")).body("override_min_currency", equalTo("USD"))
                .body("override_max", equalTo("7.000000")).body("overall_min", equalTo("1.500000"))
                .body("overall_max", equalTo("7.000000"));
        ApiContract.assertResponse("patch", "/api/part/{id}/pricing/", 200, changed.asString());
        Api.asAdmin().get("/api/part/" + part + "/").then().body("pricing_min", equalTo("1.500000"));
        patchPricing(part, Map.of("override_min", "9", "override_max", "2")).then().statusCode(400)
                .body("override_min[0]", equalTo("Minimum price must not be greater than maximum price"))
                .body("override_max[0]", equalTo("Maximum price must not be less than minimum price"));
        patchPricing(part, Map.of("override_min", "1", "override_min_currency", "EUR", "override_max", "2"))
                .then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Could not convert from provided currencies to USD"));
        patchPricing(part, Map.of("override_max_currency", "XYZ")).then().statusCode(400)
                .body("override_max_currency[0]", equalTo("\"XYZ\" is not a valid choice."));
        patchPricing(part, Map.of("override_min", "0.0000001")).then().statusCode(400)
                .body("override_min[0]", equalTo("Ensure that there are no more than 6 decimal places."));
        // an override in another currency cannot be converted, so it leaves the overall value empty
        patchPricing(part, Map.of("override_min_currency", "EUR")).then().statusCode(200)
                .body("override_min", equalTo("1.500000")).body("overall_min", nullValue());
        Map<String, Object> cleared = new HashMap<>();
        cleared.put("override_min", null);
        cleared.put("override_max", null);
        Api.asAdmin().contentType(ContentType.JSON).body(cleared).put("/api/part/" + part + "/pricing/").then()
                .statusCode(200).body("override_min", nullValue()).body("overall_max", nullValue());
    }

    @Test
    void templatesArePricedFromTheirVariants() {
        int template = part("Template", Map.of("is_template", true));
        int small = part("Small", Map.of("variant_of", template));
        int large = part("Large", Map.of("variant_of", template));
        patchPricing(small, Map.of("override_min", "2", "override_max", "3")).then().statusCode(200);
        patchPricing(large, Map.of("override_min", "5", "override_max", "8")).then().statusCode(200);
        patchPricing(template, Map.of("update", true)).then().statusCode(200)
                .body("variant_cost_min", equalTo("2.000000")).body("variant_cost_max", equalTo("8.000000"))
                .body("overall_min", equalTo("2.000000")).body("overall_max", equalTo("8.000000"));
        // a variant's price break updates the template above it too
        PriceBreakIT.priceBreak("sale-price", small, 1, "4", null);
        patchPricing(large, Map.of("override_max", "12", "update", true)).then().statusCode(200);
        Api.asAdmin().get("/api/part/" + template + "/pricing/").then().body("variant_cost_max", equalTo("12.000000"));
        setting("PRICING_USE_VARIANT_PRICING", false);
        try {
            patchPricing(template, Map.of("update", true)).then().statusCode(200)
                    .body("variant_cost_min", equalTo("2.000000")).body("overall_min", nullValue());
        } finally {
            setting("PRICING_USE_VARIANT_PRICING", true);
        }
    }

    @Test
    void requirementsAndSerialNumbersBeforeStockExists() {
        int part = part("Planned", Map.of("trackable", true));
        Response requirements = Api.asAdmin().get("/api/part/" + part + "/requirements/");
        requirements.then().statusCode(200).body("total_stock", equalTo(0.0f)).body("can_build", equalTo(0.0f))
                .body("scheduled_to_build", equalTo(0)).body("allocated_to_sales_orders", equalTo(0.0f));
        ApiContract.assertResponse("get", "/api/part/{id}/requirements/", 200, requirements.asString());
        Response serials = Api.asAdmin().get("/api/part/" + part + "/serial-numbers/");
        serials.then().statusCode(200).body("latest", nullValue()).body("next", equalTo("1"));
        ApiContract.assertResponse("get", "/api/part/{id}/serial-numbers/", 200, serials.asString());
        Api.asAdmin().get("/api/part/99999999/requirements/").then().statusCode(404);
        Api.asAdmin().get("/api/part/99999999/serial-numbers/").then().statusCode(404);
    }

    @Test
    void rolesGuardPricingRequirementsAndSerialNumbers() {
        int part = part("Guarded", Map.of());
        String viewer = RoleUsers.with("part", "view");
        RoleUsers.as(viewer).get("/api/part/" + part + "/pricing/").then().statusCode(200);
        RoleUsers.as(viewer).contentType(ContentType.JSON).body(Map.of("override_min", 1))
                .patch("/api/part/" + part + "/pricing/").then().statusCode(403);
        String builder = RoleUsers.with("build", "view");
        RoleUsers.as(builder).get("/api/part/" + part + "/requirements/").then().statusCode(200);
        RoleUsers.as(builder).get("/api/part/" + part + "/serial-numbers/").then().statusCode(200);
        RoleUsers.as(builder).get("/api/part/" + part + "/pricing/").then().statusCode(403);
        String seller = RoleUsers.with("sales_order", "view");
        RoleUsers.as(seller).get("/api/part/" + part + "/requirements/").then().statusCode(403);
        Api.anonymous().get("/api/part/" + part + "/pricing/").then().statusCode(401);
    }
}
