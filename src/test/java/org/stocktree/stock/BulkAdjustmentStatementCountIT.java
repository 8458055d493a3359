package org.stocktree.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stocktree.platform.persistence.StatementCount;
import org.stocktree.testing.Api;

/**
 * The bulk stock actions run the same number of SQL statements for 10 items as for 500: the items
 * are locked and read together, their updates and tracking entries written in batches, so
 * nothing is done once per item. Each action is measured on both sets ({@code X-Stocktree-Statements},
 * the fewest of a few calls, as the list counts are); a statement per item, or per few items,
 * makes the 500-item count larger and the test fail.
 *
 * <p>Each set of items (one part) is inserted with SQL, so this runs on PostgreSQL only. Every call
 * really changes every item (the destination and status alternate), so every item gets its
 * tracking entry each time. Items that a call uses up (removed and deleted, merged away, sent to
 * a customer, returned) each have a parent of their own, so relinking the children of deleted
 * items is measured too.
 */
class BulkAdjustmentStatementCountIT {

    private static final int FEW = 10;
    private static final int MANY = 500;
    private static final List<String> ACTIONS = List.of("transfer", "count", "add", "remove", "change_status");
    /** Actions whose items cannot take them again (deleted, sent away, returned): each call has items of its own. */
    private static final List<String> USED_UP = List.of("remove", "merge", "assign", "return");
    private static final int ATTEMPTS = 3;
    private static final long FIRST_ID = 80_000_000L; // a block no other statement-count IT inserts into
    private static final long FIRST_USED_UP_ID = FIRST_ID + ACTIONS.size() * (FEW + MANY);
    private static final String NAME = "Bulk " + UUID.randomUUID().toString().substring(0, 6);
    private static int here;
    private static int there;
    private static int customer;

    @BeforeAll
    static void twoSetsOfItems() throws SQLException {
        assumeTrue(Api.server().onPostgresql(), "inserts its rows with SQL");
        here = LocationIT.location(NAME + " here", null);
        there = LocationIT.location(NAME + " there", null);
        int part = StockIT.part(Map.of("name", NAME + " part", "salable", true));
        customer = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", NAME + " customer", "is_customer", true))
                .post("/api/company/").then().statusCode(201).extract().path("pk");
        try (Connection sql = Api.server().sql(); Statement statement = sql.createStatement()) {
            // each of these items is of its own part and in its own location, as in a real store: reading
            // an item's part or location must not cost a statement per item
            String ids = "generate_series(" + FIRST_ID + ", " + (FIRST_USED_UP_ID - 1) + ") g";
            statement.executeUpdate("insert into part_part (id, name, tree_path, tree_id, level, creation_date) "
                    + "select g, '" + NAME + " part ' || g, '/' || g || '/', g, 0, current_date from " + ids);
            statement.executeUpdate("insert into stock_stocklocation (id, name, pathstring, tree_path, tree_id, level) "
                    + "select g, '" + NAME + " shelf ' || g, '" + NAME + " shelf ' || g, '/' || g || '/', g, 0 from " + ids);
            statement.executeUpdate("insert into stock_stockitem (id, part_id, quantity, location_id, creation_date, updated) "
                    + "select g, g, 1000, g, current_timestamp, current_timestamp from " + ids);
            statement.executeUpdate("insert into stock_stockitem (id, part_id, quantity, location_id, creation_date, updated, "
                    + "delete_on_deplete, parent_id) select g, " + part + ", 5, " + here + ", current_timestamp, "
                    + "current_timestamp, true, " + FIRST_ID + " + g % " + (FEW + MANY) + " from generate_series("
                    + FIRST_USED_UP_ID + ", " + (FIRST_USED_UP_ID + USED_UP.size() * ATTEMPTS * 2 * (FEW + MANY) - 1) + ") g");
            // the items to return are with the customer
            long returned = FIRST_USED_UP_ID + (long) USED_UP.indexOf("return") * ATTEMPTS * 2 * (FEW + MANY);
            statement.executeUpdate("update stock_stockitem set customer_id = " + customer + ", location_id = null "
                    + "where id between " + returned + " and " + (returned + ATTEMPTS * 2 * (FEW + MANY) - 1));
        }
    }

    /** The ids of the action's small set or large one: each action has its own items. */
    private static List<Long> items(String action, int count) {
        long first = FIRST_ID + ACTIONS.indexOf(action) * (FEW + MANY) + (count == FEW ? 0 : FEW);
        List<Long> ids = new ArrayList<>();
        for (long id = first; id < first + count; id++) {
            ids.add(id);
        }
        return ids;
    }

    /** The ids of a set that the attempt of an action uses up (deleted, or no longer in stock or out of it). */
    private static List<Long> usedUp(String action, int attempt, int count) {
        long first = FIRST_USED_UP_ID + ((long) USED_UP.indexOf(action) * ATTEMPTS * 2 + attempt) * (FEW + MANY)
                + (count == FEW ? 0 : FEW);
        List<Long> ids = new ArrayList<>();
        for (long id = first; id < first + count; id++) {
            ids.add(id);
        }
        return ids;
    }

    private static List<Map<String, Object>> lines(String action, int count, int quantity) {
        return items(action, count).stream().map(id -> Map.<String, Object>of("pk", id, "quantity", quantity)).toList();
    }

    @Test
    void transferCostsTheSameForTenItemsAsForFiveHundred() {
        assertSameCost("transfer", attempt -> count -> Map.of("location", attempt % 2 == 0 ? there : here,
                "items", lines("transfer", count, 1000)));
    }

    @Test
    void countCostsTheSameForTenItemsAsForFiveHundred() {
        assertSameCost("count", attempt -> count -> Map.of("items", lines("count", count, 900 + attempt)));
    }

    @Test
    void addCostsTheSameForTenItemsAsForFiveHundred() {
        assertSameCost("add", attempt -> count -> Map.of("items", lines("add", count, 2)));
    }

    @Test
    void removeCostsTheSameForTenItemsAsForFiveHundred() {
        assertSameCost("remove", attempt -> count -> Map.of("items", lines("remove", count, 1)));
    }

    @Test
    void changeStatusCostsTheSameForTenItemsAsForFiveHundred() {
        assertSameCost("change_status", attempt -> count -> Map.of("items", items("change_status", count),
                "status", attempt % 2 == 0 ? StockStatus.ATTENTION.value() : StockStatus.OK.value()));
    }

    @Test
    void removingEverythingCostsTheSameForTenItemsAsForFiveHundred() {
        // every item runs out and is deleted (delete_on_deplete): tags, installed items, history relinked
        assertSameCost("remove", attempt -> count -> Map.of("items", usedUp("remove", attempt, count).stream()
                .map(id -> Map.<String, Object>of("pk", id, "quantity", 5)).toList()));
    }

    @Test
    void mergeCostsTheSameForTenItemsAsForFiveHundred() {
        assertSameCost("merge", attempt -> count -> Map.of("location", there, "items", usedUp("merge", attempt, count)
                .stream().map(id -> Map.<String, Object>of("item", id)).toList()));
    }

    @Test
    void assignCostsTheSameForTenItemsAsForFiveHundred() {
        assertSameCost("assign", attempt -> count -> Map.of("customer", customer, "items",
                usedUp("assign", attempt, count).stream().map(id -> Map.<String, Object>of("item", id)).toList()));
    }

    @Test
    void returnCostsTheSameForTenItemsAsForFiveHundred() {
        assertSameCost("return", attempt -> count -> Map.of("location", here, "items",
                usedUp("return", attempt, count).stream().map(id -> Map.<String, Object>of("pk", id, "quantity", 5))
                        .toList()));
    }

    /**
     * Runs the action on both sets, attempt after attempt, and compares the fewest statements each
     * took. The body depends on the attempt, so that each call changes what the last one left.
     */
    private static void assertSameCost(String action, IntFunction<IntFunction<Map<String, Object>>> body) {
        Map<Integer, Long> fewest = new LinkedHashMap<>();
        for (int attempt = 0; attempt < ATTEMPTS * 2; attempt++) {
            for (int count : List.of(FEW, MANY)) {
                Response response = Api.asAdmin().contentType(ContentType.JSON).body(body.apply(attempt).apply(count))
                        .post("/api/stock/" + action + "/");
                response.then().statusCode(201);
                String header = response.header(StatementCount.HEADER);
                assertThat(header).as("statement count header").isNotNull();
                fewest.merge(count, Long.parseLong(header), Math::min);
            }
        }
        // in the test report, for docs/performance.md
        System.out.println(action + ": fewest statements by item count " + fewest);
        assertThat(fewest.get(FEW)).as(action + ": statements counted").isPositive();
        assertThat(fewest.get(MANY)).as(action + ": statements for %d and %d items %s", FEW, MANY, fewest)
                .isEqualTo(fewest.get(FEW));
    }
}
