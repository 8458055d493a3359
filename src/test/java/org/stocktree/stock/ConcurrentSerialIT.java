package org.stocktree.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/**
 * Many requests creating the same serial at once on PostgreSQL: they all pass the check before
 * the write together, and the unique index over serial scope and serial lets exactly one of them
 * through; the others answer 400 on {@code serial}, never 500.
 */
class ConcurrentSerialIT {

    private static final int REQUESTS = 30;

    private final String prefix = "Q" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void theSameSerialIsCreatedOnceWithinAPartTree() throws Exception {
        assumeTrue(Api.server().onPostgresql(), "real concurrency");
        int template = StockIT.part(Map.of("name", prefix + " router", "trackable", true, "is_template", true));
        int variant = StockIT.part(Map.of("name", prefix + " router v2", "trackable", true, "variant_of", template));
        List<Response> answers = concurrently(i -> Map.of("part", i % 2 == 0 ? template : variant, "quantity", 1,
                "serial", "R-100"));

        assertThat(answers.stream().filter(answer -> answer.statusCode() == 201)).hasSize(1);
        assertThat(answers.stream().filter(answer -> answer.statusCode() == 400)).hasSize(REQUESTS - 1);
        assertThat(answers.stream().filter(answer -> answer.statusCode() == 400)
                .map(answer -> answer.<List<String>>path("serial")))
                .allMatch(messages -> messages.equals(List.of("Serial number already exists")));
        int count = Api.asAdmin().get("/api/stock/?part=" + template + "&serial=R-100&limit=10").then().statusCode(200)
                .extract().path("count");
        assertThat(count).isEqualTo(1);
    }

    @Test
    void globallyUniqueSerialsAreCreatedOnceAcrossPartTrees() throws Exception {
        assumeTrue(Api.server().onPostgresql(), "real concurrency");
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            parts.add(StockIT.part(Map.of("name", prefix + " sensor " + i, "trackable", true)));
        }
        setting(true);
        List<Response> answers;
        try {
            answers = concurrently(i -> Map.of("part", parts.get(i % 3), "quantity", 1, "serial", prefix + "-G1"));
        } finally {
            setting(false);
        }
        assertThat(answers.stream().filter(answer -> answer.statusCode() == 201)).hasSize(1);
        assertThat(answers.stream().filter(answer -> answer.statusCode() == 400)).hasSize(REQUESTS - 1);
    }

    private static void setting(boolean globallyUnique) {
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("value", globallyUnique))
                .patch("/api/settings/global/SERIAL_NUMBER_GLOBALLY_UNIQUE/").then().statusCode(200);
    }

    private static List<Response> concurrently(java.util.function.IntFunction<Map<String, Object>> bodies)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                Map<String, Object> body = bodies.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/stock/");
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
