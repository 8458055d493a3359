package org.stocktree.common.barcodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stocktree.platform.persistence.StatementCount;
import org.stocktree.testing.Api;

/**
 * The scan history list runs the same number of SQL statements for 1, 100 and 1000 rows, the
 * users who scanned included. 1000 scans are inserted with SQL (PostgreSQL only).
 */
class ScanHistoryStatementCountIT {

    private static final int ROWS = 1000;
    private static final long FIRST_ID = 70_000_000L;
    private static final String MARKER = "Counted scan " + UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void thousandScansByTheAdministrator() throws SQLException {
        assumeTrue(Api.server().onPostgresql(), "inserts its rows with SQL");
        int admin = Api.asAdmin().get("/api/user/me/").then().statusCode(200).extract().path("pk");
        try (Connection sql = Api.server().sql(); Statement statement = sql.createStatement()) {
            statement.executeUpdate("insert into common_barcodescanresult (id, data, user_id, timestamp, endpoint, "
                    + "context, response, result) select g, '" + MARKER + " ' || g, " + admin
                    + ", current_timestamp - interval '1 day', '/api/barcode/', '{\"note\": \"x\"}', "
                    + "'{\"error\": \"No match found for barcode data\"}', false from generate_series(" + FIRST_ID + ", "
                    + (FIRST_ID + ROWS - 1) + ") g");
        }
    }

    @AfterAll
    static void removeThem() throws SQLException {
        if (!Api.server().onPostgresql()) {
            return;
        }
        try (Connection sql = Api.server().sql(); Statement statement = sql.createStatement()) {
            statement.executeUpdate("delete from common_barcodescanresult where id between " + FIRST_ID + " and "
                    + (FIRST_ID + ROWS - 1));
        }
    }

    @Test
    void theHistoryCostsTheSameWhateverItsPageSize() {
        Map<Integer, Long> statements = new LinkedHashMap<>();
        for (int limit : List.of(1, 100, ROWS)) {
            statements.put(limit, fewest("/api/barcode/history/?ordering=user&search=" + MARKER + "&limit=" + limit,
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
            assertThat(response.<String>path("results[0].user_detail.username")).isNotEmpty();
            String header = response.header(StatementCount.HEADER);
            assertThat(header).as("statement count header").isNotNull();
            fewest = Math.min(fewest, Long.parseLong(header));
        }
        return fewest;
    }
}
