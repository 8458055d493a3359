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
 * The stock item and location lists run the same number of SQL statements for 1, 100 and 1000
 * rows: parts, locations, paths, types, counts and tags are read once per page. 1000 locations,
 * each of a type, tagged and holding one tagged item, are inserted with SQL (PostgreSQL only).
 */
class StockListStatementCountIT {

    private static final int ROWS = 1000;
    private static final long FIRST_ID = 60_000_000L;
    private static final String NAME = "Counted stock " + UUID.randomUUID().toString().substring(0, 6);
    private static int root;

    @BeforeAll
    static void thousandLocationsEachWithATaggedItem() throws SQLException {
        assumeTrue(Api.server().onPostgresql(), "inserts its rows with SQL");
        root = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", NAME)).post("/api/stock/location/")
                .then().statusCode(201).extract().path("pk");
        int type = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", NAME, "icon", "ti:box"))
                .post("/api/stock/location-type/").then().statusCode(201).extract().path("pk");
        int part = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", NAME + " part")).post("/api/part/")
                .then().statusCode(201).extract().path("pk");
        int tagged = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("part", part, "quantity", 1, "tags", List.of("counted"))).post("/api/stock/").then()
                .statusCode(201).extract().path("[0].pk");
        try (Connection sql = Api.server().sql(); Statement statement = sql.createStatement()) {
            String ids = "generate_series(" + FIRST_ID + ", " + (FIRST_ID + ROWS - 1) + ")";
            statement.executeUpdate("insert into stock_stocklocation (id, name, parent_id, pathstring, tree_path, tree_id, "
                    + "level, location_type_id) select g, 'Bin ' || g, " + root + ", '" + NAME + "/Bin ' || g, '/" + root
                    + "/' || g || '/', " + root + ", 1, " + type + " from " + ids + " g");
            statement.executeUpdate("insert into stock_stockitem (id, part_id, quantity, location_id, creation_date, updated) "
                    + "select g, " + part + ", 1, g, current_timestamp, current_timestamp from " + ids + " g");
            for (String model : List.of("stockitem", "stocklocation")) {
                statement.executeUpdate("insert into taggit_taggeditem (id, tag_id, model_type, object_id) "
                        + "select g + " + ("stockitem".equals(model) ? 0 : ROWS) + ", t.tag_id, '" + model + "', g from "
                        + ids + " g, (select tag_id from taggit_taggeditem where model_type = 'stockitem' and object_id = "
                        + tagged + ") t");
            }
        }
    }

    @Test
    void theItemListCostsTheSameWhateverItsPageSize() {
        Map<Integer, Long> statements = new LinkedHashMap<>();
        for (int limit : List.of(1, 100, ROWS)) {
            statements.put(limit, fewest("/api/stock/?location=" + root
                    + "&part_detail=true&location_detail=true&path_detail=true&limit=" + limit, limit));
        }
        assertThat(statements.values()).as("statements per page size %s", statements).containsOnly(statements.get(1));
    }

    @Test
    void theLocationListCostsTheSameWhateverItsPageSize() {
        Map<Integer, Long> statements = new LinkedHashMap<>();
        for (int limit : List.of(1, 100, ROWS)) {
            statements.put(limit, fewest("/api/stock/location/?parent=" + root + "&path_detail=true&limit=" + limit,
                    limit));
        }
        assertThat(statements.values()).as("statements per page size %s", statements).containsOnly(statements.get(1));
    }

    @Test
    void theTrackingListCostsTheSameWhateverItsPageSize() {
        Map<Integer, Long> statements = new LinkedHashMap<>();
        for (int limit : List.of(1, 3)) {
            statements.put(limit, fewestAtMost("/api/stock/track/?item_detail=true&user_detail=true&limit=" + limit));
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

    private static long fewestAtMost(String path) {
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            Response response = Api.asAdmin().get(path);
            response.then().statusCode(200);
            fewest = Math.min(fewest, count(response));
        }
        return fewest;
    }

    private static long count(Response response) {
        String header = response.header(StatementCount.HEADER);
        assertThat(header).as("statement count header").isNotNull();
        return Long.parseLong(header);
    }
}
