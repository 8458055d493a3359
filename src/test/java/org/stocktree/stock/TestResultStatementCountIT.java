package org.stocktree.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stocktree.platform.persistence.StatementCount;
import org.stocktree.testing.Api;

/**
 * The test result list, and the stock list with its items' tests, run the same number of SQL
 * statements for 1, 100 and 1000 rows: users, templates and results are read once per page.
 * 1000 items, each with a result of its own template by a user, are inserted with SQL
 * (PostgreSQL only).
 */
class TestResultStatementCountIT {

    private static final int ROWS = 1000;
    private static final long FIRST_ID = 61_000_000L;
    private static final String NAME = "Counted tests " + UUID.randomUUID().toString().substring(0, 6);
    private static int part;

    @BeforeAll
    static void thousandItemsEachWithAResult() throws SQLException {
        assumeTrue(Api.server().onPostgresql(), "inserts its rows with SQL");
        part = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", NAME, "testable", true))
                .post("/api/part/").then().statusCode(201).extract().path("pk");
        int admin = Api.asAdmin().get("/api/user/me/").then().extract().path("pk");
        try (Connection sql = Api.server().sql(); Statement statement = sql.createStatement()) {
            String ids = "generate_series(" + FIRST_ID + ", " + (FIRST_ID + ROWS - 1) + ")";
            statement.executeUpdate("insert into part_parttesttemplate (id, part_id, test_name, \"key\") "
                    + "select g, " + part + ", 'Test ' || g, 'test' || g from " + ids + " g");
            statement.executeUpdate("insert into stock_stockitem (id, part_id, quantity, creation_date, updated) "
                    + "select g, " + part + ", 1, current_timestamp, current_timestamp from " + ids + " g");
            statement.executeUpdate("insert into stock_stockitemtestresult (id, stock_item_id, template_id, result, "
                    + "user_id, date) select g, g, g, true, " + admin + ", current_timestamp from " + ids + " g");
        }
    }

    @Test
    void theResultListCostsTheSameWhateverItsPageSize() {
        Map<Integer, Long> statements = new LinkedHashMap<>();
        for (int limit : List.of(1, 100, ROWS)) {
            statements.put(limit, fewest("/api/stock/test/?part=" + part
                    + "&user_detail=true&template_detail=true&limit=" + limit, limit));
        }
        assertThat(statements.values()).as("statements per page size %s", statements).containsOnly(statements.get(1));
    }

    @Test
    void theStockListWithTestsCostsTheSameWhateverItsPageSize() {
        Map<Integer, Long> statements = new LinkedHashMap<>();
        for (int limit : List.of(1, 100, ROWS)) {
            statements.put(limit, fewest("/api/stock/?part=" + part + "&tests=true&part_detail=true&limit=" + limit,
                    limit));
        }
        assertThat(statements.values()).as("statements per page size %s", statements).containsOnly(statements.get(1));
    }

    /** The lowest count of three calls: other work the server does meanwhile only ever adds. */
    private static long fewest(String path, int rows) {
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            Response response = Api.asAdmin().get(path);
            response.then().statusCode(200);
            assertThat(response.<List<?>>path("results")).hasSize(rows);
            fewest = Math.min(fewest, count(response));
        }
        assertThat(fewest).as("statements counted for " + path).isPositive();
        return fewest;
    }

    private static long count(Response response) {
        String header = response.header(StatementCount.HEADER);
        assertThat(header).as("statement count header").isNotNull();
        return Long.parseLong(header);
    }
}
