package org.stocktree.common.parameters;

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
 * The parameter lists (parameters, templates, category templates, and parts with their
 * parameters, filtered and ordered by one) run the same number of SQL statements for 1, 100 and
 * 1000 rows. The rows are inserted with SQL, so this runs on PostgreSQL only.
 */
class ParameterStatementCountIT {

    private static final int ROWS = 1000;
    private static final long FIRST_ID = 61_000_000L;
    /** The content type id of parts in the catalogue (V8). */
    private static final int PART_TYPE = 92;
    private static final String NAME = "PCounted " + UUID.randomUUID().toString().substring(0, 6);
    private static int root;
    private static int template;

    @BeforeAll
    static void thousandsOfParametersTemplatesAndCategoryTemplates() throws SQLException {
        assumeTrue(Api.server().onPostgresql(), "inserts its rows with SQL");
        root = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", NAME)).post("/api/part/category/")
                .then().statusCode(201).extract().path("pk");
        template = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", NAME + " length", "units", "mm"))
                .post("/api/parameter/template/").then().statusCode(201).extract().path("pk");
        int admin = Api.asAdmin().get("/api/user/me/").then().statusCode(200).extract().path("pk");
        try (Connection sql = Api.server().sql(); Statement statement = sql.createStatement()) {
            String ids = "generate_series(" + FIRST_ID + ", " + (FIRST_ID + ROWS - 1) + ")";
            statement.executeUpdate("insert into part_partcategory (id, name, parent_id, pathstring, tree_path, tree_id, level) "
                    + "select g, 'PChild ' || g, " + root + ", '" + NAME + "/PChild ' || g, '/" + root + "/' || g || '/', "
                    + root + ", 1 from " + ids + " g");
            statement.executeUpdate("insert into part_part (id, name, category_id, tree_path, tree_id, level, creation_date) "
                    + "select g, '" + NAME + " part ' || g, " + root + ", '/' || g || '/', g, 0, current_date from " + ids + " g");
            statement.executeUpdate("insert into part_partparameter (id, model_type_id, model_id, template_id, data, "
                    + "data_numeric, note, updated, updated_by_id) select g, " + PART_TYPE + ", g, " + template
                    + ", (g - " + FIRST_ID + ") || ' mm', g - " + FIRST_ID + ", '', current_timestamp, " + admin
                    + " from " + ids + " g");
            statement.executeUpdate("insert into part_partparametertemplate (id, name, units, description, checkbox, "
                    + "choices, enabled, uniqueness) select g, '" + NAME + " template ' || g, 'mm', '', false, '', true, 0 "
                    + "from " + ids + " g");
            statement.executeUpdate("insert into part_partcategoryparametertemplate (id, category_id, template_id, "
                    + "default_value) select g, g, " + template + ", '1' from " + ids + " g");
        }
    }

    @Test
    void theParameterListCostsTheSameWhateverItsPageSize() {
        assertSameCost(limit -> "/api/parameter/?template=" + template + "&ordering=-data&limit=" + limit);
    }

    @Test
    void theTemplateListCostsTheSameWhateverItsPageSize() {
        assertSameCost(limit -> "/api/parameter/template/?search=" + NAME + " template&limit=" + limit);
    }

    @Test
    void theCategoryTemplateListCostsTheSameWhateverItsPageSize() {
        // the last rows by id are this test's own, whatever other tests left before them
        int count = Api.asAdmin().get("/api/part/category/parameters/?limit=1").then().statusCode(200).extract()
                .path("count");
        assertSameCost(limit -> "/api/part/category/parameters/?category_detail=true&limit=" + limit + "&offset="
                + (count - limit));
    }

    @Test
    void partsWithTheirParametersFilteredAndOrderedByOneCostTheSameWhateverTheirPageSize() {
        assertSameCost(limit -> "/api/part/?category=" + root + "&parameters=true&parameter_" + template + "_gte=0"
                + "&ordering=-parameter_" + template + "&limit=" + limit);
    }

    private static void assertSameCost(java.util.function.IntFunction<String> path) {
        Map<Integer, Long> statements = new LinkedHashMap<>();
        for (int limit : List.of(1, 100, ROWS)) {
            statements.put(limit, fewest(path.apply(limit), limit));
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
            String header = response.header(StatementCount.HEADER);
            assertThat(header).as("statement count header").isNotNull();
            fewest = Math.min(fewest, Long.parseLong(header));
        }
        assertThat(fewest).as("statements counted for " + path).isPositive();
        return fewest;
    }
}
