package org.stocktree.part;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Internal and sale price breaks: quantities, currencies, uniqueness per part, filters, access. */
@Tag("h2")
class PriceBreakIT {

    private final String prefix = "B" + UUID.randomUUID().toString().substring(0, 6);

    private int salablePart(String name) {
        return PartIT.create(Map.of("name", prefix + " " + name, "salable", true));
    }

    static Response post(String endpoint, Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/" + endpoint + "/");
    }

    static int priceBreak(String endpoint, int part, Object quantity, Object price, String currency) {
        Map<String, Object> body = new HashMap<>(Map.of("part", part, "quantity", quantity));
        body.put("price", price);
        if (currency != null) {
            body.put("price_currency", currency);
        }
        return post(endpoint, body).then().statusCode(201).extract().path("pk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"internal-price", "sale-price"})
    void aPriceBreakTakesTheDefaultCurrencyAndAnswersAsTheSchemaSays(String endpoint) {
        int part = salablePart("Cable");
        Response created = post(endpoint, Map.of("part", part, "quantity", 10, "price", "1.25"));
        created.then().statusCode(201)
                .body("part", equalTo(part)).body("quantity", equalTo(10.0f))
                .body("price", equalTo("1.250000")).body("price_currency", equalTo("USD"));
        ApiContract.assertResponse("post", "/api/part/" + endpoint + "/", 201, created.asString());
        int id = created.path("pk");
        Response detail = Api.asAdmin().get("/api/part/" + endpoint + "/" + id + "/");
        detail.then().statusCode(200).body("price", equalTo("1.250000"));
        ApiContract.assertResponse("get", "/api/part/" + endpoint + "/{id}/", 200, detail.asString());
        Response list = Api.asAdmin().get("/api/part/" + endpoint + "/?part=" + part);
        list.then().statusCode(200).body("pk", contains(id));
        ApiContract.assertResponse("get", "/api/part/" + endpoint + "/", 200, list.asString());

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("price", "2", "price_currency", "EUR"))
                .patch("/api/part/" + endpoint + "/" + id + "/").then().statusCode(200)
                .body("price", equalTo("2.000000")).body("price_currency", equalTo("EUR")).body("quantity", equalTo(10.0f));
        Map<String, Object> withoutPrice = new HashMap<>(Map.of("part", part, "quantity", 100));
        withoutPrice.put("price", null);
        post(endpoint, withoutPrice).then().statusCode(201).body("price", nullValue());
        Api.asAdmin().delete("/api/part/" + endpoint + "/" + id + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/" + endpoint + "/" + id + "/").then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"internal-price", "sale-price"})
    void quantitiesAreAtLeastOneAndOncePerPart(String endpoint) {
        int part = salablePart("Bolt");
        post(endpoint, Map.of("part", part, "quantity", 0.5, "price", 1)).then().statusCode(400)
                .body("quantity[0]", equalTo("Ensure this value is greater than or equal to 1."));
        post(endpoint, Map.of("part", part, "quantity", "many", "price", 1)).then().statusCode(400)
                .body("quantity[0]", equalTo("A valid number is required."));
        post(endpoint, Map.of("part", part, "price", 1)).then().statusCode(400)
                .body("quantity[0]", equalTo("This field is required."));
        priceBreak(endpoint, part, 5, "1", null);
        String duplicate = endpoint.equals("sale-price") ? "Part Sale Price Break" : "Part internal price break";
        post(endpoint, Map.of("part", part, "quantity", "5.000", "price", 2)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo(duplicate + " with this Part and Quantity already exists."));
        int other = priceBreak(endpoint, part, 6, "1", null);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("quantity", 5))
                .patch("/api/part/" + endpoint + "/" + other + "/").then().statusCode(400);
        // the same quantity for another part is fine
        priceBreak(endpoint, salablePart("Nut"), 5, "1", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"internal-price", "sale-price"})
    void pricesAndCurrenciesAreChecked(String endpoint) {
        int part = salablePart("Washer");
        post(endpoint, Map.of("part", part, "quantity", 1, "price", 1, "price_currency", "XYZ")).then().statusCode(400)
                .body("price_currency[0]", equalTo("\"XYZ\" is not a valid choice."));
        post(endpoint, Map.of("part", part, "quantity", 1, "price", "0.1234567")).then().statusCode(400)
                .body("price[0]", equalTo("Ensure that there are no more than 6 decimal places."));
        post(endpoint, Map.of("part", part, "quantity", 1, "price", "12345678901234")).then().statusCode(400)
                .body("price[0]", equalTo("Ensure that there are no more than 13 digits before the decimal point."));
        post(endpoint, Map.of("part", part, "quantity", 1, "price", "cheap")).then().statusCode(400)
                .body("price[0]", equalTo("A valid number is required."));
        post(endpoint, Map.of("part", 99999999, "quantity", 1, "price", 1)).then().statusCode(400)
                .body("part[0]", equalTo("Invalid pk \"99999999\" - object does not exist."));
        post(endpoint, Map.of("part", part, "quantity", 1, "price", 1, "price_currency", "GBP")).then().statusCode(201)
                .body("price_currency", equalTo("GBP"));
    }

    @Test
    void salePricesAreForSalableParts() {
        int notForSale = PartIT.create(Map.of("name", prefix + " Internal only"));
        post("sale-price", Map.of("part", notForSale, "quantity", 1, "price", 1)).then().statusCode(400)
                .body("part[0]", equalTo("Invalid pk \"" + notForSale + "\" - object does not exist."));
        post("internal-price", Map.of("part", notForSale, "quantity", 1, "price", 1)).then().statusCode(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"internal-price", "sale-price"})
    void listsFilterByPartAndOrderByQuantityOrPrice(String endpoint) {
        int part = salablePart("Sorted");
        int ten = priceBreak(endpoint, part, 10, "0.9", null);
        int one = priceBreak(endpoint, part, 1, "1.5", null);
        int hundred = priceBreak(endpoint, part, 100, "0.95", null);
        String list = "/api/part/" + endpoint + "/?part=" + part;
        Api.asAdmin().get(list).then().body("pk", contains(one, ten, hundred));
        Api.asAdmin().get(list + "&ordering=-quantity").then().body("pk", contains(hundred, ten, one));
        Api.asAdmin().get(list + "&ordering=price").then().body("pk", contains(ten, hundred, one));
        Api.asAdmin().get(list + "&limit=1").then().body("count", equalTo(3)).body("results.pk", contains(one));
        Api.asAdmin().get("/api/part/" + endpoint + "/?part=99999999").then().statusCode(400);
    }

    @Test
    void deletingAPartDeletesItsPriceBreaks() {
        int part = salablePart("Doomed");
        int internal = priceBreak("internal-price", part, 1, "1", null);
        int sale = priceBreak("sale-price", part, 1, "2", null);
        Api.asAdmin().get("/api/part/" + part + "/pricing/").then().statusCode(200);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("active", false)).patch("/api/part/" + part + "/")
                .then().statusCode(200);
        Api.asAdmin().delete("/api/part/" + part + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/internal-price/" + internal + "/").then().statusCode(404);
        Api.asAdmin().get("/api/part/sale-price/" + sale + "/").then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"internal-price", "sale-price"})
    void thePartRoleGuardsPriceBreaks(String endpoint) {
        int part = salablePart("Guarded");
        int id = priceBreak(endpoint, part, 1, "1", null);
        String viewer = RoleUsers.with("part", "view");
        RoleUsers.as(viewer).get("/api/part/" + endpoint + "/" + id + "/").then().statusCode(200);
        RoleUsers.as(viewer).contentType(ContentType.JSON).body(Map.of("part", part, "quantity", 2, "price", 1))
                .post("/api/part/" + endpoint + "/").then().statusCode(403);
        RoleUsers.as(viewer).contentType(ContentType.JSON).body(Map.of("price", 3))
                .patch("/api/part/" + endpoint + "/" + id + "/").then().statusCode(403);
        RoleUsers.as(viewer).delete("/api/part/" + endpoint + "/" + id + "/").then().statusCode(403);
        String seller = RoleUsers.with("sales_order", "view", "add");
        RoleUsers.as(seller).get("/api/part/" + endpoint + "/").then().statusCode(403);
        Api.anonymous().get("/api/part/" + endpoint + "/").then().statusCode(401);
    }
}
