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
     * Transfers merging into stock at their destination while others move and remove the other
     * way: one kind moves part of the source onto the target, one part of the target onto the
     * source, one removes from both named in the opposite order. Targets are locked with the items
     * in id order, so none of them deadlocks and every quantity is exact.
     */
    @Test
    void transfersMergingBothWaysAreExactAndDoNotDeadlock() throws Exception {
        assumeTrue(Api.server().onPostgresql(), "row locks under real concurrency");
        String prefix = "CT" + UUID.randomUUID().toString().substring(0, 6);
        int part = StockIT.part(Map.of("name", prefix + " shim"));
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int bin = LocationIT.location(prefix + " Bin", null);
        int target = StockIT.item(part, 1000, bin);
        int source = StockIT.item(part, 1000, shelf);

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int kind = i % 3;
            calls.add(() -> {
                start.await();
                return switch (kind) {
                    case 0 -> AdjustmentIT.adjust("transfer", Map.of("location", bin, "items", List.of(
                            Map.of("pk", source, "quantity", 2, "merge", true)))).statusCode();
                    case 1 -> AdjustmentIT.adjust("transfer", Map.of("location", shelf, "items", List.of(
                            Map.of("pk", target, "quantity", 1, "merge", true)))).statusCode();
                    default -> AdjustmentIT.adjust("remove", Map.of("items", List.of(
                            Map.of("pk", source, "quantity", 1), Map.of("pk", target, "quantity", 1)))).statusCode();
                };
            });
        }
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
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

        assertThat(statuses).containsOnly(201).hasSize(30);
        // target: +10 x 2 merged in, -10 x 1 split off, -10 x 1 removed; source: -20, +10, -10
        Api.asAdmin().get("/api/stock/" + target + "/").then().body("quantity", org.hamcrest.Matchers.equalTo(1000f));
        Api.asAdmin().get("/api/stock/" + source + "/").then().body("quantity", org.hamcrest.Matchers.equalTo(980f));
        List<Integer> atBin = Api.asAdmin().get("/api/stock/?part=" + part + "&location=" + bin + "&limit=50").then()
                .extract().path("results.pk");
        assertThat(atBin).containsExactly(target);
        List<Integer> atShelf = Api.asAdmin().get("/api/stock/?part=" + part + "&location=" + shelf + "&limit=50")
                .then().extract().path("results.pk");
        assertThat(atShelf).containsExactly(source);
        List<Integer> targetHistory = Api.asAdmin().get("/api/stock/track/?item=" + target + "&limit=200").then()
                .extract().path("results.tracking_type");
        assertThat(targetHistory.stream().filter(code -> code == 45)).hasSize(10);
        assertThat(targetHistory.stream().filter(code -> code == 42)).hasSize(10);
        assertThat(targetHistory.stream().filter(code -> code == 12)).hasSize(10);
    }

    /**
     * A merge racing with removals and transfers of the items it merges: whatever reaches an
     * item first, nothing is lost. Removals from the first item (which survives) all succeed;
     * removals and transfers from merged items succeed only before the merge (after it the items
     * are gone: 400), and the merged quantity is exactly what they left.
     */
    @Test
    void aMergeRacingWithRemovalsAndTransfersIsExact() throws Exception {
        assumeTrue(Api.server().onPostgresql(), "row locks under real concurrency");
        String prefix = "CM" + UUID.randomUUID().toString().substring(0, 6);
        int part = StockIT.part(Map.of("name", prefix + " spacer"));
        int from = LocationIT.location(prefix + " From", null);
        int to = LocationIT.location(prefix + " To", null);
        int base = StockIT.item(part, 100, from);
        int second = StockIT.item(part, 100, from);
        int third = StockIT.item(part, 100, from);

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> fromBase = new ArrayList<>();
        List<Callable<Integer>> fromSecond = new ArrayList<>();
        List<Callable<Integer>> fromThird = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            fromBase.add(() -> {
                start.await();
                return AdjustmentIT.adjust("remove", Map.of("items", List.of(Map.of("pk", base, "quantity", 1))))
                        .statusCode();
            });
            fromSecond.add(() -> {
                start.await();
                return AdjustmentIT.adjust("remove", Map.of("items", List.of(Map.of("pk", second, "quantity", 1))))
                        .statusCode();
            });
        }
        for (int i = 0; i < 10; i++) {
            fromThird.add(() -> {
                start.await();
                return AdjustmentIT.adjust("transfer", Map.of("location", to, "items",
                        List.of(Map.of("pk", third, "quantity", 2)))).statusCode();
            });
        }
        Callable<Integer> merge = () -> {
            start.await();
            return MergeIT.merge(MergeIT.body(from, base, second, third)).statusCode();
        };
        ExecutorService pool = Executors.newFixedThreadPool(41);
        List<Integer> baseStatuses = new ArrayList<>();
        List<Integer> secondStatuses = new ArrayList<>();
        List<Integer> thirdStatuses = new ArrayList<>();
        int mergeStatus;
        try {
            List<Future<Integer>> baseFutures = new ArrayList<>();
            List<Future<Integer>> secondFutures = new ArrayList<>();
            List<Future<Integer>> thirdFutures = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                baseFutures.add(pool.submit(fromBase.get(i)));
                secondFutures.add(pool.submit(fromSecond.get(i)));
                if (i < 10) {
                    thirdFutures.add(pool.submit(fromThird.get(i)));
                }
                if (i == 7) {
                    baseFutures.add(pool.submit(merge));
                }
            }
            start.countDown();
            for (Future<Integer> future : baseFutures) {
                baseStatuses.add(future.get());
            }
            for (Future<Integer> future : secondFutures) {
                secondStatuses.add(future.get());
            }
            for (Future<Integer> future : thirdFutures) {
                thirdStatuses.add(future.get());
            }
            mergeStatus = baseStatuses.remove(8);
        } finally {
            pool.shutdownNow();
        }

        assertThat(mergeStatus).as("the merge").isEqualTo(201);
        assertThat(baseStatuses).as("removals from the item merged into").hasSize(15).containsOnly(201);
        assertThat(secondStatuses).as("removals from a merged item").allMatch(status -> status == 201 || status == 400);
        assertThat(thirdStatuses).as("transfers from a merged item").allMatch(status -> status == 201 || status == 400);
        int removedFromSecond = (int) secondStatuses.stream().filter(status -> status == 201).count();
        int transferredFromThird = (int) thirdStatuses.stream().filter(status -> status == 201).count();

        float left = Api.asAdmin().get("/api/stock/" + base + "/").then().statusCode(200).extract().path("quantity");
        assertThat(left).isEqualTo(300f - 15 - removedFromSecond - 2 * transferredFromThird);
        Api.asAdmin().get("/api/stock/" + second + "/").then().statusCode(404);
        Api.asAdmin().get("/api/stock/" + third + "/").then().statusCode(404);
        List<Float> split = Api.asAdmin().get("/api/stock/?location=" + to + "&limit=100").then().statusCode(200)
                .extract().path("results.quantity");
        assertThat(split).hasSize(transferredFromThird).allMatch(quantity -> quantity == 2f);

        List<Integer> baseHistory = Api.asAdmin().get("/api/stock/track/?item=" + base + "&limit=100").then()
                .extract().path("results.tracking_type");
        assertThat(baseHistory.stream().filter(code -> code == 12)).hasSize(15);
        assertThat(baseHistory.stream().filter(code -> code == 45)).hasSize(1);
        assertThat(baseHistory).hasSize(17);
        Integer entries = Api.asAdmin().get("/api/stock/track/?part=" + part + "&limit=1").then()
                .extract().path("count");
        // created 3, removals 15 + those from the second item, 2 per transfer (split child and parent), the merge
        assertThat(entries).isEqualTo(3 + 15 + removedFromSecond + 2 * transferredFromThird + 1);
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
