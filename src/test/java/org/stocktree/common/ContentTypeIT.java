package org.stocktree.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** The content type catalogue over the API: InvenTree's models with ids that never change. */
@Tag("h2")
class ContentTypeIT {

    private static final String USER = "types-reader-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String PASSWORD = "types-reader-pass";

    @BeforeAll
    static void createReader() {
        int id = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", USER)).post("/api/user/")
                .then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
    }

    @Test
    void everyModelIsListedWithItsFixedId() {
        String all = Api.as(USER, PASSWORD).get("/api/contenttype/").then().statusCode(200)
                .body("model", hasItems("user", "group", "projectcode", "stockitem", "part", "purchaseorder",
                        "inventreecustomuserstatemodel", "transferorder"))
                .body("find { it.model == 'projectcode' }.pk", equalTo(35))
                .body("find { it.model == 'stockitem' }.pk", equalTo(130))
                .body("find { it.model == 'stockitem' }.app_labeled_name", equalTo("Stock | Stock Item"))
                .body("find { it.model == 'user' }.app_labeled_name", equalTo("Authentication and Authorization | user"))
                .body("is_plugin", everyItem(equalTo(false)))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/contenttype/", 200, all);
    }

    @Test
    void listsArePagedSearchedAndOrdered() {
        Response page = Api.as(USER, PASSWORD).get("/api/contenttype/?search=order&ordering=-model&limit=2&offset=1");
        page.then().statusCode(200)
                .body("results.size()", equalTo(2))
                .body("results[0].model", equalTo("transferorder"))
                .body("previous", equalTo(Api.server().baseUrl() + "/api/contenttype/?search=order&ordering=-model&limit=2"));
        ApiContract.assertResponse("get", "/api/contenttype/", 200, page.asString());
        int total = page.path("count");
        List<String> models = Api.as(USER, PASSWORD).get("/api/contenttype/?search=order&ordering=-model").path("model");
        org.assertj.core.api.Assertions.assertThat(models).hasSize(total).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Api.as(USER, PASSWORD).get("/api/contenttype/?search=order&limit=100&offset=" + total).then()
                .body("results.size()", equalTo(0)).body("next", nullValue());
    }

    @Test
    void aModelIsFoundByIdOrByName() {
        String byId = Api.as(USER, PASSWORD).get("/api/contenttype/35/").then().statusCode(200)
                .body("app_label", equalTo("common")).body("model", equalTo("projectcode"))
                .body("app_labeled_name", equalTo("Common | Project Code")).extract().asString();
        ApiContract.assertResponse("get", "/api/contenttype/{id}/", 200, byId);
        String byName = Api.as(USER, PASSWORD).get("/api/contenttype/model/stockitem/").then().statusCode(200)
                .body("pk", equalTo(130)).body("app_label", equalTo("stock")).extract().asString();
        ApiContract.assertResponse("get", "/api/contenttype/model/{model}/", 200, byName);
        Api.as(USER, PASSWORD).get("/api/contenttype/999999/").then().statusCode(404).body("detail", equalTo("Not found."));
        Api.as(USER, PASSWORD).get("/api/contenttype/model/nosuchmodel/").then().statusCode(404);
        Api.anonymous().get("/api/contenttype/").then().statusCode(401);
    }
}
