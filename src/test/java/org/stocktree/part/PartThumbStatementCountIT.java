package org.stocktree.part;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stocktree.platform.persistence.StatementCount;
import org.stocktree.testing.Api;

/**
 * The thumbnail list is one grouped statement for the page and one for the count, whatever the
 * page size: 300 parts with 150 images between them are inserted with SQL (PostgreSQL only).
 */
class PartThumbStatementCountIT {

    private static final int IMAGES = 150;
    private static final long FIRST_ID = 51_000_000L;
    private static final String NAME = "Thumbed " + UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void partsSharingImages() throws SQLException {
        assumeTrue(Api.server().onPostgresql(), "inserts its rows with SQL");
        try (Connection sql = Api.server().sql(); Statement statement = sql.createStatement()) {
            statement.executeUpdate("insert into part_part (id, name, image, tree_path, tree_id, level, creation_date) "
                    + "select g, '" + NAME + " part ' || g, 'part_images/" + NAME.replace(' ', '_') + "_' || (g % "
                    + IMAGES + ") || '.png', '/' || g || '/', g, 0, current_date from generate_series(" + FIRST_ID
                    + ", " + (FIRST_ID + 2 * IMAGES - 1) + ") g");
        }
    }

    @Test
    void theThumbnailListCostsTheSameWhateverItsPageSize() {
        Map<Integer, Long> statements = new LinkedHashMap<>();
        for (int limit : List.of(1, 10, IMAGES)) {
            statements.put(limit, fewest("/api/part/thumbs/?search=" + NAME + "&limit=" + limit, limit));
        }
        assertThat(statements.values()).as("statements per page size %s", statements).containsOnly(statements.get(1));
        Api.asAdmin().get("/api/part/thumbs/?search=" + NAME + "&limit=" + IMAGES).then()
                .body("count", org.hamcrest.Matchers.equalTo(IMAGES))
                .body("results.count", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(2)));
    }

    private static long fewest(String path, int rows) {
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            Response response = Api.asAdmin().get(path);
            response.then().statusCode(200);
            assertThat(response.<List<?>>path("results")).hasSize(rows);
            String header = response.header(StatementCount.HEADER);
            assertThat(header).as("statement count header").isNotNull();
            fewest = Math.min(fewest, Long.parseLong(header));
        }
        assertThat(fewest).as("statements counted for " + path).isPositive();
        return fewest;
    }
}
