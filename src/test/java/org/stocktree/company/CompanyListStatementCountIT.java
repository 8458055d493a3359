package org.stocktree.company;

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
 * The company and supplier part lists run the same number of SQL statements for 1, 100 and 1000
 * rows: counts, addresses, tags, stock and details are read once per page. 1000 companies, each
 * with a primary address, a manufacturer part and a tagged supplier part holding stock, are
 * inserted with SQL (PostgreSQL only).
 */
class CompanyListStatementCountIT {

    private static final int ROWS = 1000;
    private static final long FIRST_ID = 70_000_000L;
    private static final String NAME = "Counted-company-" + UUID.randomUUID().toString().substring(0, 6);
    private static int part;

    @BeforeAll
    static void thousandCompaniesEachSupplyingAPart() throws SQLException {
        assumeTrue(Api.server().onPostgresql(), "inserts its rows with SQL");
        part = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", NAME + " part")).post("/api/part/")
                .then().statusCode(201).extract().path("pk");
        int company = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", NAME + " tagged", "tags", List.of("counted"))).post("/api/company/").then()
                .statusCode(201).extract().path("pk");
        try (Connection sql = Api.server().sql(); Statement statement = sql.createStatement()) {
            String ids = "generate_series(" + FIRST_ID + ", " + (FIRST_ID + ROWS - 1) + ")";
            statement.executeUpdate("insert into company_company (id, name, is_manufacturer, currency) "
                    + "select g, '" + NAME + " ' || g, true, 'USD' from " + ids + " g");
            statement.executeUpdate("insert into company_address (id, company_id, title, \"primary\") "
                    + "select g, g, 'HQ', true from " + ids + " g");
            statement.executeUpdate("insert into company_manufacturerpart (id, part_id, manufacturer_id, mpn) "
                    + "select g, " + part + ", g, 'MPN ' || g from " + ids + " g");
            statement.executeUpdate("insert into company_supplierpart (id, part_id, supplier_id, manufacturer_part_id, "
                    + "sku) select g, " + part + ", g, g, 'SKU ' || g from " + ids + " g");
            statement.executeUpdate("insert into company_supplierpricebreak (id, part_id, quantity, price, price_currency) "
                    + "select g, g, 1, 2.5, 'USD' from " + ids + " g");
            statement.executeUpdate("insert into stock_stockitem (id, part_id, quantity, supplier_part_id, creation_date, "
                    + "updated) select g, " + part + ", 1, g, current_timestamp, current_timestamp from " + ids + " g");
            for (String model : List.of("company", "supplierpart")) {
                statement.executeUpdate("insert into taggit_taggeditem (id, tag_id, model_type, object_id) "
                        + "select g + " + ("company".equals(model) ? 0 : ROWS) + ", t.tag_id, '" + model + "', g from "
                        + ids + " g, (select tag_id from taggit_taggeditem where model_type = 'company' and object_id = "
                        + company + ") t");
            }
        }
    }

    @Test
    void theCompanyListCostsTheSameWhateverItsPageSize() {
        assertConstant(limit -> "/api/company/?search=" + NAME + "&is_manufacturer=true&limit=" + limit);
    }

    @Test
    void theSupplierPartListCostsTheSameWhateverItsPageSize() {
        assertConstant(limit -> "/api/company/part/?part=" + part + "&part_detail=true&supplier_detail=true"
                + "&manufacturer_detail=true&manufacturer_part_detail=true&pretty=true&price_breaks=true&limit=" + limit);
    }

    @Test
    void theStockListWithSupplierPartsCostsTheSameWhateverItsPageSize() {
        assertConstant(limit -> "/api/stock/?part=" + part + "&supplier_part_detail=true&limit=" + limit);
        assertConstant(limit -> "/api/stock/?part=" + part + "&limit=" + limit);
    }

    private static void assertConstant(java.util.function.IntFunction<String> path) {
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
        return fewest;
    }
}
