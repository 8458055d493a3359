package org.stocktree.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/**
 * 50 concurrent transfers and removals at the same items on PostgreSQL: no update is lost, no
 * item goes negative, requests naming the items in opposite orders do not deadlock, and every
 * change leaves exactly one tracking entry.
 */
class ConcurrentAdjustmentIT {

    private static final int REQUESTS = 50;

    @Test
    void concurrentAdjustmentsAreExact() throws Exception {
        assumeTrue(Api.server().onPostgresql(), "row locks under real concurrency");
        String prefix = "C" + UUID.randomUUID().toString().substring(0, 6);
        int part = StockIT.part(Map.of("name", prefix + " bearing"));
        int from = LocationIT.location(prefix + " From", null);
        int to = LocationIT.location(prefix + " To", null);
        int big = StockIT.item(part, 1000, from);
        int other = StockIT.item(part, 1000, from);
        int scarce = StockIT.stock(Map.of("part", part, "quantity", 6, "location", from, "delete_on_deplete", false))
                .get(0);

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            int kind = i % 5;
            calls.add(() -> {
                start.await();
                return switch (kind) {
                    // removals naming two items in one order ...
                    case 0 -> AdjustmentIT.adjust("remove", Map.of("items", List.of(
                            Map.of("pk", big, "quantity", 3), Map.of("pk", other, "quantity", 1)))).statusCode();
                    // ... and in the other
                    case 1 -> AdjustmentIT.adjust("remove", Map.of("items", List.of(
                            Map.of("pk", other, "quantity", 1), Map.of("pk", big, "quantity", 3)))).statusCode();
                    // partial transfers split 2 off each time
                    case 2, 3 -> AdjustmentIT.adjust("transfer", Map.of("location", to, "items", List.of(
                            Map.of("pk", big, "quantity", 2)))).statusCode();
                    // ten removals from an item holding 6: six succeed, four are refused
                    default -> AdjustmentIT.adjust("remove", Map.of("items", List.of(
                            Map.of("pk", scarce, "quantity", 1)))).statusCode();
                };
            });
        }
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // 20 removals take 3 from big and 1 from other, 20 transfers take 2 from big, 6 of 10 take 1 from scarce
        assertThat(statuses).as("answers").hasSize(REQUESTS);
        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(46);
        assertThat(statuses.stream().filter(status -> status == 400)).as("removals beyond what is there").hasSize(4);
        float bigLeft = Api.asAdmin().get("/api/stock/" + big + "/").then().extract().path("quantity");
        float otherLeft = Api.asAdmin().get("/api/stock/" + other + "/").then().extract().path("quantity");
        float scarceLeft = Api.asAdmin().get("/api/stock/" + scarce + "/").then().extract().path("quantity");
        assertThat(bigLeft).isEqualTo(1000f - 20 * 3 - 20 * 2);
        assertThat(otherLeft).isEqualTo(1000f - 20);
        assertThat(scarceLeft).isEqualTo(0f);
        List<Float> split = Api.asAdmin().get("/api/stock/?location=" + to + "&limit=100").then().statusCode(200)
                .extract().path("results.quantity");
        assertThat(split).hasSize(20).containsOnly(2f);

        List<Integer> bigHistory = Api.asAdmin().get("/api/stock/track/?item=" + big + "&limit=200").then()
                .extract().path("results.tracking_type");
        assertThat(bigHistory.stream().filter(code -> code == 12)).hasSize(20);
        assertThat(bigHistory.stream().filter(code -> code == 42)).hasSize(20);
        assertThat(bigHistory).hasSize(41);
        List<Integer> otherHistory = Api.asAdmin().get("/api/stock/track/?item=" + other + "&limit=200").then()
                .extract().path("results.tracking_type");
        assertThat(otherHistory).hasSize(21);
        List<Integer> scarceHistory = Api.asAdmin().get("/api/stock/track/?item=" + scarce + "&limit=200").then()
                .extract().path("results.tracking_type");
        assertThat(scarceHistory.stream().filter(code -> code == 12)).hasSize(6);
        Integer childEntries = Api.asAdmin().get("/api/stock/track/?part=" + part + "&limit=1").then()
                .extract().path("count");
        // created 3 + big 40 + other 20 + scarce 6 + one "split from parent" on each of the 20 new items
        assertThat(childEntries).isEqualTo(3 + 40 + 20 + 6 + 20);
    }

    /**
     * Concurrent edits of one item: each answers 200 or 409 (a conflicting edit), none is lost
     * silently, and the history holds exactly one entry per edit that succeeded.
     */
    @Test
    void concurrentEditsConflictInsteadOfOverwriting() throws Exception {
        assumeTrue(Api.server().onPostgresql(), "row locks under real concurrency");
        String prefix = "E" + UUID.randomUUID().toString().substring(0, 6);
        int part = StockIT.part(Map.of("name", prefix + " valve"));
        int item = StockIT.item(part, 1, null);
        int edits = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(edits);
        List<Future<Integer>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < edits; i++) {
                String batch = "batch-" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return Api.asAdmin().contentType(ContentType.JSON).body(Map.of("batch", batch))
                            .patch("/api/stock/" + item + "/").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            assertThat(statuses).allMatch(status -> status == 200 || status == 409);
            long succeeded = statuses.stream().filter(status -> status == 200).count();
            List<Integer> history = Api.asAdmin().get("/api/stock/track/?item=" + item + "&limit=100").then()
                    .extract().path("results.tracking_type");
            assertThat(history.stream().filter(code -> code == 5)).hasSize((int) succeeded);
            String last = Api.asAdmin().get("/api/stock/track/?item=" + item + "&limit=1").then()
                    .extract().path("results[0].deltas.batch");
            Api.asAdmin().get("/api/stock/" + item + "/").then().body("batch", org.hamcrest.Matchers.equalTo(last));
        } finally {
            pool.shutdownNow();
        }
    }
}
