package org.stocktree.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/** Assigning stock to a customer: whole items, "Sent to customer", all or none. */
@Tag("h2")
class AssignIT {

    private final String prefix = "G" + UUID.randomUUID().toString().substring(0, 6);

    private static Response assign(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/stock/assign/");
    }

    private static int company(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/company/").then().statusCode(201)
                .extract().path("pk");
    }

    private static List<Map<String, Object>> items(int... ids) {
        return java.util.Arrays.stream(ids).<Map<String, Object>>mapToObj(id -> Map.of("item", id)).toList();
    }

    @Test
    void itemsAreSentToTheCustomerWithHistory() {
        int part = StockIT.part(Map.of("name", prefix + " gadget", "salable", true));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int one = StockIT.item(part, 3, shelf);
        int two = StockIT.item(part, 4, shelf);
        int customer = company(Map.of("name", prefix + " Buyer", "is_customer", true));

        assign(Map.of("items", items(one, two), "customer", customer, "notes", "Sold at the counter")).then()
                .statusCode(201);
        Api.asAdmin().get("/api/stock/" + one + "/").then().body("customer", equalTo(customer))
                .body("location", nullValue()).body("in_stock", equalTo(false)).body("quantity", equalTo(3f));
        Api.asAdmin().get("/api/stock/track/?item=" + two + "&limit=5").then()
                .body("results[0].tracking_type", equalTo(StockHistoryCode.SENT_TO_CUSTOMER.value()))
                .body("results[0].label", equalTo("Sent to customer"))
                .body("results[0].deltas.customer", equalTo(customer))
                .body("results[0].deltas.customer_name", equalTo(prefix + " Buyer"))
                .body("results[0].notes", equalTo("Sold at the counter"));
        Api.asAdmin().get("/api/stock/?customer=" + customer).then().body("pk", contains(one, two));
        Api.asAdmin().get("/api/part/" + part + "/").then().body("in_stock", equalTo(0f));
    }

    @Test
    void badAssignmentsAnswer400AndChangeNothing() {
        int part = StockIT.part(Map.of("name", prefix + " widget", "salable", true));
        int unsalable = StockIT.part(Map.of("name", prefix + " internal"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int good = StockIT.item(part, 2, shelf);
        int empty = StockIT.item(part, 0, shelf);
        int internal = StockIT.item(unsalable, 1, shelf);
        int customer = company(Map.of("name", prefix + " Client", "is_customer", true));
        int supplier = company(Map.of("name", prefix + " Vendor"));

        assign(Map.of("items", items(good))).then().statusCode(400)
                .body("customer[0]", equalTo("This field is required."));
        assign(Map.of("items", items(good), "customer", supplier)).then().statusCode(400)
                .body("customer[0]", equalTo("Selected company is not a customer"));
        assign(Map.of("items", items(good), "customer", 999999999)).then().statusCode(400)
                .body("customer[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
        assign(Map.of("customer", customer)).then().statusCode(400)
                .body("items[0]", equalTo("This field is required."));
        assign(Map.of("items", List.of(), "customer", customer)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("A list of stock items must be provided"));
        assign(Map.of("items", items(good, empty), "customer", customer)).then().statusCode(400)
                .body("items[0]", anEmptyMap()).body("items[1].item[0]", equalTo("Item must be in stock"));
        assign(Map.of("items", items(good, internal), "customer", customer)).then().statusCode(400)
                .body("items[1].item[0]", equalTo("Part must be salable"));
        // every bad line is reported at once, each in its place
        assign(Map.of("items", items(999999999, good, empty), "customer", customer)).then().statusCode(400)
                .body("items[0].item[0]", equalTo("Invalid pk \"999999999\" - object does not exist."))
                .body("items[1]", anEmptyMap()).body("items[2].item[0]", equalTo("Item must be in stock"));
        Api.asAdmin().get("/api/stock/" + good + "/").then().body("customer", nullValue())
                .body("location", equalTo(shelf));
        Api.asAdmin().get("/api/stock/track/?item=" + good + "&limit=5").then().body("count", equalTo(1));

        assign(Map.of("items", items(good), "customer", customer)).then().statusCode(201);
        // an item with a customer is no longer in stock: it cannot be sent again
        assign(Map.of("items", items(good), "customer", customer)).then().statusCode(400)
                .body("items[0].item[0]", equalTo("Item must be in stock"));
    }

    /**
     * Ten requests assign the same item to different customers at once (PostgreSQL): the row lock
     * lets exactly one through; the others see it sent out and are refused, leaving one entry.
     */
    @Test
    void concurrentAssignmentsSendAnItemOnce() throws Exception {
        assumeTrue(Api.server().onPostgresql(), "row locks under real concurrency");
        int part = StockIT.part(Map.of("name", prefix + " race", "salable", true));
        int item = StockIT.item(part, 1, LocationIT.location(prefix + " Race", null));
        List<Integer> customers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            customers.add(company(Map.of("name", prefix + " Racer " + i, "is_customer", true)));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int customer : customers) {
            calls.add(() -> {
                start.await();
                return assign(Map.of("items", items(item), "customer", customer)).statusCode();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            calls.forEach(call -> answers.add(pool.submit(call)));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 400).hasSize(customers.size() - 1);
        } finally {
            pool.shutdownNow();
        }
        Api.asAdmin().get("/api/stock/track/?item=" + item + "&tracking_type=100&limit=20").then()
                .body("results.findAll { it.tracking_type == 100 }.size()", equalTo(1));
    }

    @Test
    void assigningNeedsCredentials() {
        Api.anonymous().contentType(ContentType.JSON).body(Map.of("items", List.of())).post("/api/stock/assign/")
                .then().statusCode(401);
    }
}
