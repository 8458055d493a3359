package org.stocktree.common.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.part.RoleUsers;
import org.stocktree.platform.persistence.StatementCount;
import org.stocktree.testing.Api;

/**
 * {@code POST /api/search/}: each kind asked for answers what its own list endpoint answers for
 * the same search, filters, limit and offset; kinds the caller may not view, or whose filters are
 * refused, answer an error; kinds not asked for are absent.
 */
@Tag("h2")
class GlobalSearchIT {

    private static final String T = "gs" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private static final int PARTS = 8;
    private static int inactive;
    private static int supplier;
    private static int manufacturer;
    private static int customer;

    @BeforeAll
    static void objectsOfEveryKind() {
        int category = create("/api/part/category/", Map.of("name", T + " category"));
        int location = create("/api/stock/location/", Map.of("name", T + " location"));
        int first = 0;
        for (int i = 0; i < PARTS; i++) {
            int part = create("/api/part/", Map.of("name", T + " part " + i, "category", category));
            first = i == 0 ? part : first;
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("part", part, "quantity", 2, "location", location))
                    .post("/api/stock/").then().statusCode(201);
        }
        inactive = create("/api/part/", Map.of("name", T + " retired part", "active", false));
        supplier = create("/api/company/", Map.of("name", T + " supplies", "is_supplier", true, "is_customer", false,
                "is_manufacturer", false));
        manufacturer = create("/api/company/", Map.of("name", T + " makes", "is_supplier", false,
                "is_manufacturer", true, "is_customer", false));
        customer = create("/api/company/", Map.of("name", T + " buys", "is_supplier", false, "is_manufacturer", false,
                "is_customer", true));
        create("/api/company/part/manufacturer/", Map.of("part", first, "manufacturer", manufacturer, "MPN", T + "-MPN"));
        create("/api/company/part/", Map.of("part", first, "supplier", supplier, "SKU", T + "-SKU"));
    }

    @Test
    void eachKindAnswersAsItsOwnList() {
        Map<String, String> lists = Map.of("part", "/api/part/", "partcategory", "/api/part/category/",
                "stockitem", "/api/stock/", "stocklocation", "/api/stock/location/", "company", "/api/company/",
                "manufacturerpart", "/api/company/part/manufacturer/", "supplierpart", "/api/company/part/");
        Map<String, Object> body = new HashMap<>(Map.of("search", T, "limit", 5));
        lists.keySet().forEach(kind -> body.put(kind, Map.of()));
        Response answer = search(body);
        answer.then().statusCode(200);
        for (Map.Entry<String, String> kind : lists.entrySet()) {
            Map<String, Object> own = Api.asAdmin().queryParam("search", T).get(kind.getValue() + "?limit=5&offset=0")
                    .then().statusCode(200).extract().path("");
            Map<String, Object> searched = answer.path(kind.getKey());
            assertThat(searched.get("count")).as(kind.getKey()).isEqualTo(own.get("count"));
            assertThat(searched.get("results")).as(kind.getKey()).isEqualTo(own.get("results"));
            assertThat((Integer) searched.get("count")).as(kind.getKey()).isPositive();
        }
        assertThat(answer.<Integer>path("part.count")).isEqualTo(PARTS + 1);
        assertThat(answer.<Integer>path("stockitem.count")).isEqualTo(PARTS);
    }

    @Test
    void limitAndOffsetPassThrough() {
        Response answer = search(Map.of("search", T, "limit", 2, "offset", 2, "part", Map.of()));
        answer.then().statusCode(200).body("part.count", equalTo(PARTS + 1));
        List<Integer> own = Api.asAdmin().queryParam("search", T).get("/api/part/?limit=2&offset=2").then()
                .extract().path("results.pk");
        assertThat(answer.<List<Integer>>path("part.results.pk")).isEqualTo(own).hasSize(2);
        assertThat(answer.<String>path("part.next")).contains("/api/part/").contains("offset=4").contains("limit=2");
        assertThat(answer.<String>path("part.previous")).contains("/api/part/");
        // without a limit, one result per kind, as InvenTree
        search(Map.of("search", T, "part", Map.of())).then().body("part.results.size()", equalTo(1));
    }

    @Test
    void eachKindTakesItsOwnFilters() {
        Response answer = search(Map.of("search", T, "limit", 50, "part", Map.of("active", true),
                "stockitem", Map.of("in_stock", true)));
        assertThat(answer.<List<Integer>>path("part.results.pk")).hasSize(PARTS).doesNotContain(inactive);
        assertThat(answer.<Integer>path("stockitem.count")).isEqualTo(PARTS);
        assertThat(search(Map.of("search", T, "limit", 50, "part", Map.of("active", false)))
                .<List<Integer>>path("part.results.pk")).containsExactly(inactive);
    }

    @Test
    void supplierManufacturerAndCustomerAreCompaniesOfThatRole() {
        Response answer = search(Map.of("search", T, "limit", 50, "company", Map.of(), "supplier", Map.of(),
                "manufacturer", Map.of(), "customer", Map.of()));
        assertThat(answer.<List<Integer>>path("company.results.pk"))
                .containsExactlyInAnyOrder(supplier, manufacturer, customer);
        assertThat(answer.<List<Integer>>path("supplier.results.pk")).containsExactly(supplier);
        assertThat(answer.<List<Integer>>path("manufacturer.results.pk")).containsExactly(manufacturer);
        assertThat(answer.<List<Integer>>path("customer.results.pk")).containsExactly(customer);
        // the kind's role wins over a filter saying otherwise
        assertThat(search(Map.of("search", T, "limit", 50, "supplier", Map.of("is_supplier", false)))
                .<List<Integer>>path("supplier.results.pk")).containsExactly(supplier);
    }

    @Test
    void aKindTheCallerMayNotViewAnswersAnError() {
        String user = RoleUsers.with("part", "view");
        RoleUsers.as(user).contentType(ContentType.JSON).body(Map.of("search", T, "part", Map.of(), "stockitem", Map.of()))
                .post("/api/search/").then().statusCode(200)
                .body("part.count", equalTo(PARTS + 1))
                .body("stockitem.error", equalTo("User does not have permission to view this model"))
                .body("stockitem", not(hasKey("results")));
    }

    @Test
    void aKindWhoseFiltersAreRefusedAnswersAnErrorAndTheOthersStillAnswer() {
        Response answer = search(Map.of("search", T, "part", Map.of("category", "not-a-number"), "stockitem", Map.of()));
        answer.then().statusCode(200).body("part.error", org.hamcrest.Matchers.containsString("category"))
                .body("stockitem.count", equalTo(PARTS));
    }

    @Test
    void kindsNotAskedForAreAbsentUnknownOnesIgnoredUnservedOnesExplained() {
        Response answer = search(Map.of("search", T, "widget", Map.of(), "build", Map.of(), "part", Map.of()));
        answer.then().statusCode(200).body("$", not(hasKey("widget"))).body("$", not(hasKey("stockitem")))
                .body("$", hasKey("part")).body("build", hasKey("error"));
    }

    @Test
    void theSearchIsRequired() {
        search(Map.of("part", Map.of())).then().statusCode(400).body("$", hasKey("search"));
        search(Map.of("search", "([", "search_regex", true, "part", Map.of())).then().statusCode(400)
                .body("$", hasKey("search"));
    }

    @Test
    void aSignedInCallerIsRequired() {
        Api.anonymous().contentType(ContentType.JSON).body(Map.of("search", T, "part", Map.of())).post("/api/search/")
                .then().statusCode(401);
    }

    @Test
    void theSearchOptionsPassThrough() {
        Response answer = search(Map.of("search", T + " part [0-3]$", "search_regex", true, "limit", 50, "part", Map.of()));
        assertThat(answer.<Integer>path("part.count")).isEqualTo(4);
    }

    @Test
    void eachKindCostsTheSameWhateverTheLimit() {
        Map<Integer, Long> statements = new LinkedHashMap<>();
        for (int limit : List.of(5, 50)) {
            long fewest = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 3; attempt++) {
                Response answer = search(Map.of("search", T, "limit", limit, "part", Map.of(), "stockitem", Map.of()));
                answer.then().statusCode(200);
                assertThat(answer.<List<?>>path("stockitem.results")).hasSize(Math.min(limit, PARTS));
                fewest = Math.min(fewest, Long.parseLong(answer.header(StatementCount.HEADER)));
            }
            statements.put(limit, fewest);
        }
        assertThat(statements.values()).as("statements per limit %s", statements).containsOnly(statements.get(5));
    }

    private static Response search(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/search/");
    }

    private static int create(String list, Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post(list).then().statusCode(201)
                .extract().path("pk");
    }
}
