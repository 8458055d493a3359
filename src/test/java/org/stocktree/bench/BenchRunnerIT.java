package org.stocktree.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stocktree.bench.BenchRun.Result;
import org.stocktree.testing.Api;
import org.stocktree.testing.StocktreeServer;

/**
 * The benchmark runner, with tiny counts, on the integration-test server: every scenario is
 * measured, on the server and on its database floor, with its statement count, and the report
 * is written. It times nothing. The writes move items of this test's own and put them back.
 */
class BenchRunnerIT {

    private static final List<String> SCENARIOS = List.of(Scenarios.HTTP_FLOOR, "part list, limit 25",
            "part list, limit 100", "part list, limit 1000", "part list, category + cascade", "part list, search",
            "part list, ordering -IPN", "part list, parameter filter", "part detail", "category tree",
            "stock list, location + sub-locations", "stock item detail + tracking", "BOM of the deepest assembly",
            "part requirements", "global search", "transfer of 2 items", "count of 2 items", Scenarios.MIXED);

    @Test
    void measuresEveryScenarioAgainstItsFloorsAndPutsTheItemsBack() throws Exception {
        StocktreeServer server = Api.server();
        assumeTrue(server.onPostgresql(), "the database floor runs SQL on PostgreSQL");
        int part = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Benchmark check part"))
                .post("/api/part/").then().statusCode(201).extract().path("pk");
        int home = location("Benchmark check A");
        int other = location("Benchmark check B");
        List<BenchTargets.WriteItem> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int item = Api.asAdmin().contentType(ContentType.JSON)
                    .body(Map.of("part", part, "quantity", 5, "location", home))
                    .post("/api/stock/").then().statusCode(201).extract().path("[0].pk");
            items.add(new BenchTargets.WriteItem(item, (long) home, new BigDecimal("5")));
        }
        // 2 clients, no warm-up, 4 calls each (every 4th call of the mixed scenario is a transfer)
        BenchSettings settings = new BenchSettings(2, 2, Duration.ZERO, 0, Duration.ZERO, 4, 1, Duration.ZERO, 2, 2, 2);
        BenchApi api = BenchApi.signIn(server.baseUrl(), StocktreeServer.ADMIN_USER, StocktreeServer.ADMIN_PASSWORD);

        BenchReport report = BenchRunner.measure(api, server.databaseUrl(), "postgres", "postgres", settings,
                targets -> targets.withWrites(items, home, other));

        for (String name : SCENARIOS) {
            Result result = report.result(name).orElseThrow(() -> new AssertionError("no result for " + name));
            assertEquals(8, result.app().count(), name);
            assertEquals(0, result.app().errors(), name);
            if (name.equals(Scenarios.HTTP_FLOOR)) {
                assertEquals(0, result.statements(), "the HTTP floor runs no SQL");
            } else {
                assertTrue(result.statements() > 0, name + " reports its statements");
                assertEquals(8, result.floor().count(), name);
                assertEquals(0, result.floor().errors(), name);
                assertTrue(result.floorStatements() > 0, name);
            }
        }
        try (Connection sql = server.sql(); ResultSet rows = sql.createStatement().executeQuery(
                "select count(*) filter (where location_id = " + home + "), count(*) from stock_stockitem where part_id = " + part)) {
            rows.next();
            assertEquals(4, rows.getInt(1), "every item is back where it was");
            assertEquals(4, rows.getInt(2));
        }
        Path written = report.write(Path.of(System.getProperty("stocktree.it.workdir", "target/it")).resolve("bench"),
                "check");
        String markdown = Files.readString(written);
        SCENARIOS.forEach(name -> assertTrue(markdown.contains("| " + name + " |"), name));
        assertTrue(Files.size(written.resolveSibling("report.png")) > 0);
    }

    private static int location(String name) {
        return Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/stock/location/").then().statusCode(201).extract().path("pk");
    }
}
