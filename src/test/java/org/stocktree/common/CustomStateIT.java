package org.stocktree.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Custom states: staff extend a status class with their own values; everyone sees them. */
@Tag("h2")
class CustomStateIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String USER = "states-reader-" + SUFFIX.toLowerCase();
    private static final String PASSWORD = "states-reader-pass";
    private static int stockItemType;
    private static int purchaseOrderType;

    @BeforeAll
    static void setUp() {
        int id = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", USER)).post("/api/user/")
                .then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
        stockItemType = Api.asAdmin().get("/api/contenttype/model/stockitem/").path("pk");
        purchaseOrderType = Api.asAdmin().get("/api/contenttype/model/purchaseorder/").path("pk");
    }

    @Test
    void staffAddAStateThatJoinsItsStatusClass() {
        String name = "TESTING_" + SUFFIX;
        Response created = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("key", 7500 + SUFFIX.hashCode() % 100 + 200, "name", name, "label", "Quarantined for testing",
                        "color", "info", "logical_key", 75, "model", stockItemType, "reference_status", "StockStatus"))
                .post("/api/generic/status/custom/");
        created.then().statusCode(201)
                .body("name", equalTo(name))
                .body("model", equalTo(stockItemType))
                .body("model_name", equalTo("Stock Item"))
                .body("logical_key", equalTo(75));
        ApiContract.assertResponse("post", "/api/generic/status/custom/", 201, created.asString());
        int id = created.path("pk");
        int key = created.path("key");

        String one = Api.as(USER, PASSWORD).get("/api/generic/status/StockStatus/").then().statusCode(200)
                .body("values." + name + ".key", equalTo(key))
                .body("values." + name + ".logical_key", equalTo("75"))
                .body("values." + name + ".custom", equalTo(true))
                .body("values." + name + ".color", equalTo("info"))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/generic/status/{statusmodel}/", 200, one);
        Api.as(USER, PASSWORD).get("/api/generic/status/").then()
                .body("StockStatus.values." + name + ".label", equalTo("Quarantined for testing"))
                .body("BuildStatus.values", not(org.hamcrest.Matchers.hasKey(name)));

        String detail = Api.as(USER, PASSWORD).get("/api/generic/status/custom/" + id + "/").then().statusCode(200)
                .body("reference_status", equalTo("StockStatus")).extract().asString();
        ApiContract.assertResponse("get", "/api/generic/status/custom/{id}/", 200, detail);

        Response patched = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("label", "In test"))
                .patch("/api/generic/status/custom/" + id + "/");
        patched.then().statusCode(200).body("label", equalTo("In test")).body("name", equalTo(name));
        ApiContract.assertResponse("patch", "/api/generic/status/custom/{id}/", 200, patched.asString());

        Map<String, Object> full = new HashMap<>(Map.of("key", key, "name", name, "label", "Tested",
                "logical_key", 50, "model", stockItemType, "reference_status", "StockStatus"));
        Response replaced = Api.asAdmin().contentType(ContentType.JSON).body(full).put("/api/generic/status/custom/" + id + "/");
        replaced.then().statusCode(200).body("logical_key", equalTo(50)).body("color", equalTo("info"));
        ApiContract.assertResponse("put", "/api/generic/status/custom/{id}/", 200, replaced.asString());
        full.remove("label");
        Api.asAdmin().contentType(ContentType.JSON).body(full).put("/api/generic/status/custom/" + id + "/").then()
                .statusCode(400).body("label[0]", equalTo("This field is required."));

        Api.asAdmin().delete("/api/generic/status/custom/" + id + "/").then().statusCode(204);
        Api.asAdmin().get("/api/generic/status/custom/" + id + "/").then().statusCode(404);
        Api.as(USER, PASSWORD).get("/api/generic/status/StockStatus/").then().body("values", not(org.hamcrest.Matchers.hasKey(name)));
    }

    @Test
    void listsAreFilteredSearchedOrderedAndPaged() {
        String name = "LATE_" + SUFFIX;
        int first = create(Map.of("key", 610, "name", name, "label", "Late", "logical_key", 20,
                "model", purchaseOrderType, "reference_status", "PurchaseOrderStatus"));
        int second = create(Map.of("key", 605, "name", "EARLY_" + SUFFIX, "label", "Early", "logical_key", 20,
                "model", purchaseOrderType, "reference_status", "PurchaseOrderStatus"));
        String list = Api.as(USER, PASSWORD)
                .get("/api/generic/status/custom/?reference_status=PurchaseOrderStatus&model=" + purchaseOrderType + "&ordering=-key")
                .then().statusCode(200).body("pk", contains(first, second)).extract().asString();
        ApiContract.assertResponse("get", "/api/generic/status/custom/", 200, list);
        Api.as(USER, PASSWORD).get("/api/generic/status/custom/?reference_status=PurchaseOrderStatus&ordering=key")
                .then().body("pk", contains(second, first));
        Response page = Api.as(USER, PASSWORD).get("/api/generic/status/custom/?search=late_" + SUFFIX.toLowerCase() + "&limit=1");
        page.then().statusCode(200).body("count", equalTo(1)).body("results[0].pk", equalTo(first));
        ApiContract.assertResponse("get", "/api/generic/status/custom/", 200, page.asString());
        Api.as(USER, PASSWORD).get("/api/generic/status/custom/?search=610").then().body("pk", hasItem(first));
        Api.as(USER, PASSWORD).get("/api/generic/status/custom/?model=abc").then().statusCode(400)
                .body("model[0]", equalTo("Select a valid choice. That choice is not one of the available choices."));
        Api.as(USER, PASSWORD).get("/api/generic/status/custom/?model=999999").then().statusCode(400);
        Api.asAdmin().delete("/api/generic/status/custom/" + first + "/").then().statusCode(204);
        Api.asAdmin().delete("/api/generic/status/custom/" + second + "/").then().statusCode(204);
    }

    @Test
    void invalidStatesAreRefusedWithInvenTreesMessages() {
        post(Map.of("label", "No key")).then().statusCode(400)
                .body("key[0]", equalTo("This field is required."))
                .body("name[0]", equalTo("This field is required."))
                .body("logical_key[0]", equalTo("This field is required."))
                .body("reference_status[0]", equalTo("This field is required."));
        post(Map.of("key", "ten", "name", "lower", "label", "x", "logical_key", 10, "reference_status", "StockStatus",
                "model", "abc")).then().statusCode(400)
                .body("key[0]", equalTo("A valid integer is required."))
                .body("name[0]", equalTo("Value must be uppercase"))
                .body("model[0]", equalTo("Incorrect type. Expected pk value, received str."));
        post(Map.of("key", 300, "name", "X_" + SUFFIX, "label", "x", "logical_key", 10, "reference_status", "StockStatus",
                "model", 999999)).then().statusCode(400)
                .body("model[0]", equalTo("Invalid pk \"999999\" - object does not exist."));
        post(Map.of("key", 300, "name", "X_" + SUFFIX, "label", "x", "logical_key", 10, "reference_status", "NoSuchStatus",
                "model", stockItemType)).then().statusCode(400)
                .body("reference_status[0]", equalTo("\"NoSuchStatus\" is not a valid choice."));
        post(Map.of("key", 300, "name", "X_" + SUFFIX, "label", "x", "logical_key", 10, "reference_status", "StockStatus"))
                .then().statusCode(400).body("model[0]", equalTo("Model must be selected"));
        post(Map.of("key", 55, "name", "X_" + SUFFIX, "label", "x", "logical_key", 10, "reference_status", "StockStatus",
                "model", stockItemType)).then().statusCode(400)
                .body("key[0]", equalTo("Key must be different from the logical keys of the reference status"));
        post(Map.of("key", 300, "name", "X_" + SUFFIX, "label", "x", "logical_key", 11, "reference_status", "StockStatus",
                "model", stockItemType)).then().statusCode(400)
                .body("logical_key[0]", equalTo("Logical key must be in the logical keys of the reference status"));

        int id = create(Map.of("key", 301, "name", "DUP_" + SUFFIX, "label", "x", "logical_key", 20,
                "reference_status", "ReturnOrderStatus", "model", stockItemType));
        post(Map.of("key", 301, "name", "OTHER_" + SUFFIX, "label", "x", "logical_key", 20,
                "reference_status", "ReturnOrderStatus", "model", stockItemType)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("The fields reference_status, key must make a unique set."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("key", 20))
                .patch("/api/generic/status/custom/" + id + "/").then().statusCode(400)
                .body("key[0]", equalTo("Key must be different from logical key"));
        Api.as(USER, PASSWORD).get("/api/generic/status/custom/" + id + "/").then().body("key", equalTo(301));
        Api.asAdmin().delete("/api/generic/status/custom/" + id + "/").then().statusCode(204);
    }

    @Test
    void usersWithoutStaffReadButDoNotWrite() {
        Api.as(USER, PASSWORD).get("/api/generic/status/custom/").then().statusCode(200);
        Api.as(USER, PASSWORD).contentType(ContentType.JSON).body(Map.of("key", 400)).post("/api/generic/status/custom/")
                .then().statusCode(403);
        Api.anonymous().get("/api/generic/status/custom/").then().statusCode(401);
    }

    private static Response post(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/generic/status/custom/");
    }

    private static int create(Map<String, Object> body) {
        return post(body).then().statusCode(201).extract().path("pk");
    }
}
