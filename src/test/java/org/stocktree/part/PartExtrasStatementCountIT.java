package org.stocktree.part;

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
 * The test-template, related-part and price-break lists run the same number of SQL statements
 * for 1, 100 and 1000 rows. 1000 parts, each with a test template, a link to the next part and
 * priced, are inserted with SQL, so this runs on PostgreSQL only.
 */
class PartExtrasStatementCountIT {

    private static final int ROWS = 1000;
    private static final long FIRST_ID = 60_000_000L;
    private static final String NAME = "Extras " + UUID.randomUUID().toString().substring(0, 6);
    private static int priced;

    @BeforeAll
    static void thousandPartsWithTemplatesLinksAndPriceBreaks() throws SQLException {
        assumeTrue(Api.server().onPostgresql(), "inserts its rows with SQL");
        int category = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", NAME)).post("/api/part/category/")
                .then().statusCode(201).extract().path("pk");
        priced = PartIT.create(Map.of("name", NAME + " priced", "salable", true));
        try (Connection sql = Api.server().sql(); Statement statement = sql.createStatement()) {
            String ids = "generate_series(" + FIRST_ID + ", " + (FIRST_ID + ROWS) + ")";
            statement.executeUpdate("insert into part_part (id, name, category_id, testable, tree_path, tree_id, level, "
                    + "creation_date) select g, '" + NAME + " part ' || g, " + category + ", true, '/' || g || '/', g, 0, "
                    + "current_date from " + ids + " g");
            statement.executeUpdate("insert into part_parttesttemplate (id, part_id, test_name, \"key\") "
                    + "select g, g, '" + NAME + " test ' || g, 'extras' || g from " + ids + " g where g < "
                    + (FIRST_ID + ROWS));
            statement.executeUpdate("insert into part_partrelated (id, part_1_id, part_2_id) select g, g, g + 1 from "
                    + ids + " g where g < " + (FIRST_ID + ROWS));
            for (String table : List.of("part_partinternalpricebreak", "part_partsellpricebreak")) {
                statement.executeUpdate("insert into " + table + " (id, part_id, quantity, price, price_currency) "
                        + "select g, " + priced + ", g - " + (FIRST_ID - 1) + ", 1, 'USD' from " + ids + " g where g < "
                        + (FIRST_ID + ROWS));
            }
            statement.executeUpdate("insert into part_partpricing (id, part_id, currency, overall_min, overall_max) "
                    + "select g, g, 'USD', 1, 2 from " + ids + " g");
        }
    }

    @Test
    void theTestTemplateListCostsTheSameWhateverItsPageSize() {
        assertSameForEveryPageSize("/api/part/test-template/?search=" + NAME + "&limit=");
    }

    @Test
    void theRelatedPartListCostsTheSameWhateverItsPageSize() {
        assertSameForEveryPageSize("/api/part/related/?search=" + NAME + "&limit=");
    }

    @Test
    void thePriceBreakListsCostTheSameWhateverTheirPageSize() {
        assertSameForEveryPageSize("/api/part/internal-price/?part=" + priced + "&limit=");
        assertSameForEveryPageSize("/api/part/sale-price/?part=" + priced + "&limit=");
    }

    @Test
    void thePartListWithPriceRangesCostsTheSameWhateverItsPageSize() {
        assertSameForEveryPageSize("/api/part/?name_regex=^" + NAME + " part&has_pricing=true&ordering=pricing_min&limit=");
    }

    private static void assertSameForEveryPageSize(String path) {
        Map<Integer, Long> statements = new LinkedHashMap<>();
        for (int limit : List.of(1, 100, ROWS)) {
            statements.put(limit, fewest(path + limit, limit));
        }
        assertThat(statements.values()).as("statements per page size %s for %s", statements, path)
                .containsOnly(statements.get(1));
    }

    /** The lowest count of three calls: other work the server does meanwhile only ever adds. */
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
