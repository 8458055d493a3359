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
 * The part and category lists run the same number of SQL statements for 1, 100 and 1000 rows:
 * whatever a row shows from other tables (its category, counts, path, stars, tags) is read once
 * per page, never once per row.
 *
 * <p>The server counts the statements each request prepares (Hibernate's statistics, reported
 * in the {@code X-Stocktree-Statements} header when {@code stocktree.test.count-statements} is
 * on, as on the integration-test server). 1000 categories, each holding one part that is tagged
 * and starred, are inserted with SQL, so this runs on PostgreSQL only.
 */
class ListStatementCountIT {

    private static final int ROWS = 1000;
    private static final long FIRST_ID = 50_000_000L;
    private static final String NAME = "Counted " + UUID.randomUUID().toString().substring(0, 6);
    private static int root;
    private static int assembly;

    @BeforeAll
    static void thousandCategoriesEachWithATaggedStarredPart() throws SQLException {
        assumeTrue(Api.server().onPostgresql(), "inserts its rows with SQL");
        root = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", NAME)).post("/api/part/category/")
                .then().statusCode(201).extract().path("pk");
        int tagged = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", NAME + " tagged", "tags", List.of("counted"))).post("/api/part/").then()
                .statusCode(201).extract().path("pk");
        int admin = Api.asAdmin().get("/api/user/me/").then().statusCode(200).extract().path("pk");
        try (Connection sql = Api.server().sql(); Statement statement = sql.createStatement()) {
            String ids = "generate_series(" + FIRST_ID + ", " + (FIRST_ID + ROWS - 1) + ")";
            statement.executeUpdate("insert into part_partcategory (id, name, parent_id, pathstring, tree_path, tree_id, level) "
                    + "select g, 'Child ' || g, " + root + ", '" + NAME + "/Child ' || g, '/" + root + "/' || g || '/', "
                    + root + ", 1 from " + ids + " g");
            statement.executeUpdate("insert into part_part (id, name, category_id, tree_path, tree_id, level, creation_date) "
                    + "select g, '" + NAME + " part ' || g, g, '/' || g || '/', g, 0, current_date from " + ids + " g");
            statement.executeUpdate("insert into taggit_taggeditem (id, tag_id, model_type, object_id) "
                    + "select g, t.tag_id, 'part', g from " + ids + " g, "
                    + "(select tag_id from taggit_taggeditem where model_type = 'part' and object_id = " + tagged + ") t");
            statement.executeUpdate("insert into part_partstar (id, part_id, user_id) select g, g, " + admin + " from " + ids + " g");
            statement.executeUpdate("insert into part_partcategorystar (id, category_id, user_id) select g, g, " + admin
                    + " from " + ids + " g");
            // one assembly whose BOM holds each of the parts, each line with a substitute
            assembly = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", NAME + " assembly", "assembly", true))
                    .post("/api/part/").then().statusCode(201).extract().path("pk");
            statement.executeUpdate("insert into part_bomitem (id, part_id, sub_part_id, raw_amount, quantity, reference) "
                    + "select g, " + assembly + ", g, '1', 1, 'R' || g from " + ids + " g");
            statement.executeUpdate("insert into part_bomitemsubstitute (id, bom_item_id, part_id) select g, g, " + tagged
                    + " from " + ids + " g");
        }
    }

    @Test
    void thePartListCostsTheSameWhateverItsPageSize() {
        Map<Integer, Long> statements = new LinkedHashMap<>();
        for (int limit : List.of(1, 100, ROWS)) {
            statements.put(limit, fewest("/api/part/?category=" + root + "&category_detail=true&path_detail=true&limit="
                    + limit, limit));
        }
        assertThat(statements.values()).as("statements per page size %s", statements).containsOnly(
                statements.get(1));
    }

    @Test
    void theCategoryListCostsTheSameWhateverItsPageSize() {
        Map<Integer, Long> statements = new LinkedHashMap<>();
        for (int limit : List.of(1, 100, ROWS)) {
            statements.put(limit, fewest("/api/part/category/?parent=" + root + "&path_detail=true&limit=" + limit, limit));
        }
        assertThat(statements.values()).as("statements per page size %s", statements).containsOnly(
                statements.get(1));
    }

    @Test
    void theBomListCostsTheSameWhateverItsPageSize() {
        // each output option and filter on its own first, so that a failure names the one that costs per row
        Map<String, String> perOption = new LinkedHashMap<>();
        for (String option : List.of("", "&part_detail=true", "&sub_part_detail=true", "&category_detail=true",
                "&substitutes=true", "&pricing=true", "&search=R", "&ordering=category")) {
            long one = fewest("/api/bom/?part=" + assembly + option + "&limit=1", 1);
            long hundred = fewest("/api/bom/?part=" + assembly + option + "&limit=100", 100);
            if (one != hundred) {
                perOption.put(option, one + " vs " + hundred);
            }
        }
        assertThat(perOption).as("options whose statements grow with the page (1 vs 100 rows)").isEmpty();
    }

    @Test
    void theSubstituteListCostsTheSameWhateverItsPageSize() {
        Map<Integer, Long> substitutes = new LinkedHashMap<>();
        for (int limit : List.of(1, 100, ROWS)) {
            substitutes.put(limit, fewest("/api/bom/substitute/?limit=" + limit, limit));
        }
        assertThat(substitutes.values()).as("substitute list: statements per page size %s", substitutes).containsOnly(
                substitutes.get(1));
    }

    @Test
    void theBomListWithEveryOptionCostsTheSameWhateverItsPageSize() {
        Map<Integer, Long> statements = new LinkedHashMap<>();
        for (int limit : List.of(1, 100, ROWS)) {
            statements.put(limit, fewest("/api/bom/?part=" + assembly + "&part_detail=true&sub_part_detail=true"
                    + "&category_detail=true&substitutes=true&pricing=true&search=R&ordering=category&limit=" + limit,
                    limit));
        }
        assertThat(statements.values()).as("BOM list with every option: statements per page size %s", statements)
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
