package org.stocktree.platform.persistence;

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
import org.stocktree.testing.Api;

/**
 * Lists whose rows name other rows outside the page by id (a part's template and the part it is a
 * revision of, a category's or location's parent, a location's type, a stock item's parent item)
 * run the same number of SQL statements for small and large pages: showing such an id must not
 * load the row it names. Filtering and ordering the part list by parameter values costs at most
 * one statement more than the plain list, however many templates a request names.
 *
 * <p>Rows are inserted with SQL from the id block starting at 90,000,000, each part, category,
 * location and item referencing a row of its own, so this runs on PostgreSQL only.
 */
class ReferencedRowsStatementCountIT {

    private static final int ROWS = 300;
    private static final long FIRST_ID = 90_000_000L; // a block no other statement-count IT inserts into
    private static final String NAME = "Referenced " + UUID.randomUUID().toString().substring(0, 6);
    private static final List<Integer> LIMITS = List.of(25, 100, 1000);
    private static int category;
    private static int location;
    private static long temperature;
    private static long length;

    @BeforeAll
    static void rowsEachReferencingRowsOfTheirOwn() throws SQLException {
        assumeTrue(Api.server().onPostgresql(), "inserts its rows with SQL");
        category = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", NAME)).post("/api/part/category/")
                .then().statusCode(201).extract().path("pk");
        location = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", NAME)).post("/api/stock/location/")
                .then().statusCode(201).extract().path("pk");
        int admin = Api.asAdmin().get("/api/user/me/").then().statusCode(200).extract().path("pk");
        temperature = FIRST_ID;
        length = FIRST_ID + 1;
        try (Connection sql = Api.server().sql(); Statement statement = sql.createStatement()) {
            String mids = series(0);
            String leaves = series(1_000);
            // categories two levels below the root, each leaf under a middle category of its own
            statement.executeUpdate("insert into part_partcategory (id, name, parent_id, pathstring, tree_path, tree_id, level) "
                    + "select g, '" + NAME + " mid ' || g, " + category + ", '" + NAME + "/mid ' || g, '/" + category
                    + "/' || g || '/', " + category + ", 1 from " + mids + " g");
            statement.executeUpdate("insert into part_partcategory (id, name, parent_id, pathstring, tree_path, tree_id, level) "
                    + "select g, '" + NAME + " leaf ' || g, g - 1000, '" + NAME + "/mid ' || (g - 1000) || '/leaf ' || g, '/"
                    + category + "/' || (g - 1000) || '/' || g || '/', " + category + ", 2 from " + leaves + " g");
            // each listed part is a variant of a template and a revision of a part, both outside its category
            statement.executeUpdate("insert into part_part (id, name, is_template, tree_path, tree_id, level, creation_date) "
                    + "select g, '" + NAME + " template ' || g, true, '/' || g || '/', g, 0, current_date from "
                    + series(2_000) + " g");
            statement.executeUpdate("insert into part_part (id, name, tree_path, tree_id, level, creation_date) "
                    + "select g, '" + NAME + " original ' || g, '/' || g || '/', g, 0, current_date from " + series(3_000) + " g");
            statement.executeUpdate("insert into part_part (id, name, ipn, revision, revision_of_id, variant_of_id, category_id, "
                    + "units, tree_path, tree_id, level, creation_date, creation_user_id, responsible_id) "
                    + "select g, '" + NAME + " part ' || g, 'REF-' || g, 'B', g - 1000, g - 2000, g - 3000, 'mm', '/' || (g - 2000) "
                    + "|| '/' || g || '/', g - 2000, 1, current_date, " + admin + ", (select min(id) from users_owner) from "
                    + series(4_000) + " g");
            // two parameter templates, each part with a value of both
            statement.executeUpdate("insert into part_partparametertemplate (id, name, units) values (" + temperature
                    + ", '" + NAME + " temperature', 'degC'), (" + length + ", '" + NAME + " length', 'mm')");
            String partType = "(select id from common_contenttype where app_label = 'part' and model = 'part')";
            statement.executeUpdate("insert into part_partparameter (id, model_type_id, model_id, template_id, data, data_numeric) "
                    + "select g - 4000, " + partType + ", g, " + temperature + ", '105', 105 from " + series(4_000) + " g");
            statement.executeUpdate("insert into part_partparameter (id, model_type_id, model_id, template_id, data, data_numeric) "
                    + "select g - 3000, " + partType + ", g - 1000, " + length + ", (g % 7) || ' mm', g % 7 from "
                    + series(5_000) + " g");
            // locations two levels below the root, each leaf of a location type of its own
            statement.executeUpdate("insert into stock_stocklocationtype (id, name) select g, '" + NAME + " type ' || g from "
                    + mids + " g");
            statement.executeUpdate("insert into stock_stocklocation (id, name, parent_id, pathstring, tree_path, tree_id, level) "
                    + "select g, '" + NAME + " mid ' || g, " + location + ", '" + NAME + "/mid ' || g, '/" + location
                    + "/' || g || '/', " + location + ", 1 from " + mids + " g");
            statement.executeUpdate("insert into stock_stocklocation (id, name, parent_id, pathstring, tree_path, tree_id, level, "
                    + "location_type_id, owner_id) select g, '" + NAME + " leaf ' || g, g - 1000, '" + NAME + "/mid ' || (g - 1000) "
                    + "|| '/leaf ' || g, '/" + location + "/' || (g - 1000) || '/' || g || '/', " + location + ", 2, g - 1000, "
                    + "(select min(id) from users_owner) from " + leaves + " g");
            // items in the leaves, each split from an item of its own elsewhere
            statement.executeUpdate("insert into stock_stockitem (id, part_id, quantity, creation_date) "
                    + "select g, g + 4000, 5, current_timestamp from " + mids + " g");
            statement.executeUpdate("insert into stock_stockitem (id, part_id, quantity, location_id, parent_id, owner_id, "
                    + "creation_date) select g, g + 3000, 1, g, g - 1000, (select min(id) from users_owner), current_timestamp from "
                    + leaves + " g");
        }
    }

    @Test
    void thePartListCostsTheSameWhateverItsPageSize() {
        assertSameForEveryLimit("/api/part/?category=" + category + "&category_detail=true&path_detail=true", ROWS);
    }

    @Test
    void filteringAndOrderingByParametersCostsOneStatementAtMost() {
        String parts = "/api/part/?category=" + category;
        long plain = fewest(parts + "&limit=100", 100);
        Map<String, Long> statements = new LinkedHashMap<>();
        for (String parameters : List.of("&parameter_" + temperature + "=105",
                "&parameter_" + temperature + "=105&parameter_" + length + "_gte=0&parameter_" + length + "_lt=7 mm",
                "&parameter_" + temperature + "_gte=100 degC&parameter_" + length + "_ne=9",
                "&ordering=parameter_" + length, "&ordering=-parameter_" + temperature + "&parameter_" + length + "_lte=7")) {
            for (int limit : LIMITS) {
                statements.put(parameters + " limit " + limit, fewest(parts + parameters + "&limit=" + limit,
                        Math.min(limit, ROWS)));
            }
        }
        assertThat(statements).as("statements of the parameter filters and orderings against %d of the plain list", plain)
                .allSatisfy((request, count) -> assertThat(count).as(request).isBetween(plain, plain + 1));
    }

    @Test
    void theCategoryListCostsTheSameWhateverItsPageSize() {
        assertSameForEveryLimit("/api/part/category/?search=" + NAME + " leaf&path_detail=true", ROWS);
    }

    @Test
    void theLocationListCostsTheSameWhateverItsPageSize() {
        assertSameForEveryLimit("/api/stock/location/?search=" + NAME + " leaf&path_detail=true", ROWS);
    }

    @Test
    void theStockListCostsTheSameWhateverItsPageSize() {
        assertSameForEveryLimit("/api/stock/?location=" + location + "&cascade=true&part_detail=true&location_detail=true",
                ROWS);
    }

    private static void assertSameForEveryLimit(String list, int rows) {
        Map<Integer, Long> statements = new LinkedHashMap<>();
        for (int limit : LIMITS) {
            statements.put(limit, fewest(list + "&limit=" + limit, Math.min(limit, rows)));
        }
        assertThat(statements.values()).as("%s: statements per page size %s", list, statements)
                .containsOnly(statements.get(LIMITS.get(0)));
    }

    /** The ids {@code FIRST_ID + offset} onwards, one per row. */
    private static String series(long offset) {
        return "generate_series(" + (FIRST_ID + offset) + ", " + (FIRST_ID + offset + ROWS - 1) + ")";
    }

    /** The lowest count of three calls: other work the server does meanwhile only ever adds. */
    private static long fewest(String path, int rows) {
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            Response response = Api.asAdmin().get(path);
            response.then().statusCode(200);
            assertThat(response.<List<?>>path("results")).as(path).hasSize(rows);
            String header = response.header(StatementCount.HEADER);
            assertThat(header).as("statement count header").isNotNull();
            fewest = Math.min(fewest, Long.parseLong(header));
        }
        assertThat(fewest).as("statements counted for " + path).isPositive();
        return fewest;
    }
}
