package org.stocktree.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** The status classes over the API: every class with its values, or one class by name. */
@Tag("h2")
class StatusIT {

    private static final String USER = "status-reader-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String PASSWORD = "status-reader-pass";

    @BeforeAll
    static void createReader() {
        int id = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", USER)).post("/api/user/")
                .then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
    }

    @Test
    void anyoneSignedInReadsEveryStatusClass() {
        String body = Api.as(USER, PASSWORD).get("/api/generic/status/").then().statusCode(200)
                .body("StockStatus.status_class", equalTo("StockStatus"))
                .body("StockStatus.values.OK.key", equalTo(10))
                .body("StockStatus.values.ATTENTION.label", equalTo("Attention needed"))
                .body("StockStatus.values.QUARANTINED.color", equalTo("info"))
                .body("StockStatus.values.OK", not(hasKey("custom")))
                .body("BuildStatus.values.ON_HOLD.key", equalTo(25))
                .body("SalesOrderStatus.values.SHIPPED.key", equalTo(20))
                .body("TransferOrderStatus.values.PLACED.key", equalTo(20))
                .body("ReturnOrderLineStatus.values.REFUND.color", equalTo("info"))
                .body("StockHistoryCode.values.STOCK_MOVE.key", equalTo(20))
                .body("DataImportStatusCode.values.INITIAL.label", equalTo("Initializing"))
                .body("LabelPrinterStatus.values.DISCONNECTED.key", equalTo(400))
                .body("MachineStatus.values.size()", equalTo(0))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/generic/status/", 200, body);
    }

    @Test
    void oneClassIsReadByItsName() {
        String body = Api.as(USER, PASSWORD).get("/api/generic/status/PurchaseOrderStatus/").then().statusCode(200)
                .body("status_class", equalTo("PurchaseOrderStatus"))
                .body("values.PLACED.key", equalTo(20))
                .body("values.PENDING.key", equalTo(10))
                .body("values.RETURNED.label", equalTo("Returned"))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/generic/status/{statusmodel}/", 200, body);
    }

    @Test
    void anUnknownClassIsNotFoundAndAnonymousCallersAreRefused() {
        Api.as(USER, PASSWORD).get("/api/generic/status/NoSuchStatus/").then().statusCode(404)
                .body("detail", equalTo("Not found."));
        Api.as(USER, PASSWORD).get("/api/generic/status/stockstatus/").then().statusCode(404);
        Api.anonymous().get("/api/generic/status/").then().statusCode(401);
        Api.anonymous().get("/api/generic/status/StockStatus/").then().statusCode(401);
    }
}
