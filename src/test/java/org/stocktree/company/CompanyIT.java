package org.stocktree.company;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Companies, their addresses and contacts: fields, filters, rules and roles. */
@Tag("h2")
class CompanyIT {

    static final String PASSWORD = "Company-pass-1";

    private final String prefix = "C" + UUID.randomUUID().toString().substring(0, 6);

    static Response post(String path, Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post(path);
    }

    static int company(Map<String, Object> body) {
        return post("/api/company/", body).then().statusCode(201).extract().path("pk");
    }

    @Test
    void aCompanyIsCreatedWithTheDefaultCurrencyAndCleanedNotes() {
        Response created = post("/api/company/", Map.of("name", prefix + " Widgets", "email", "sales@example.com",
                "is_customer", true, "notes", "Call <script>alert(1)</script>**first**", "tags", List.of("vip")));
        created.then().statusCode(201).body("currency", equalTo("USD")).body("is_supplier", equalTo(true))
                .body("is_customer", equalTo(true)).body("is_manufacturer", equalTo(false))
                .body("notes", not(org.hamcrest.Matchers.containsString("<script>")))
                .body("parts_supplied", equalTo(0)).body("primary_address", nullValue())
                .body("tags", contains("vip"));
        ApiContract.assertResponse("post", "/api/company/", 201, created.asString());
        int id = created.then().extract().path("pk");
        Response detail = Api.asAdmin().get("/api/company/" + id + "/");
        ApiContract.assertResponse("get", "/api/company/{id}/", 200, detail.asString());
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("currency", "EUR", "description", "Gears"))
                .patch("/api/company/" + id + "/").then().statusCode(200).body("currency", equalTo("EUR"))
                .body("description", equalTo("Gears"));
    }

    @Test
    void badCompaniesAnswer400() {
        post("/api/company/", Map.of()).then().statusCode(400).body("name[0]", equalTo("This field is required."));
        post("/api/company/", Map.of("name", prefix + " Bad", "currency", "XXX")).then().statusCode(400)
                .body("currency[0]", equalTo("\"XXX\" is not a valid choice."));
        post("/api/company/", Map.of("name", prefix + " Bad", "email", "not an email")).then().statusCode(400)
                .body("email", not(nullValue()));
        company(Map.of("name", prefix + " Twin", "email", "twin@example.com"));
        post("/api/company/", Map.of("name", prefix + " Twin", "email", "twin@example.com")).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("The fields name, email must make a unique set."));
        // the same name with another e-mail is another company
        company(Map.of("name", prefix + " Twin", "email", "other@example.com"));
        Api.asAdmin().get("/api/company/999999999/").then().statusCode(404);
    }

    @Test
    void theListFiltersByKindNameCurrencyAndSearch() {
        int customer = company(Map.of("name", prefix + " Buyer", "is_customer", true, "is_supplier", false));
        int maker = company(Map.of("name", prefix + " Maker", "is_manufacturer", true, "is_supplier", false,
                "currency", "EUR", "tax_id", prefix + "-TAX"));
        Response list = Api.asAdmin().get("/api/company/?search=" + prefix + "&limit=10");
        ApiContract.assertResponse("get", "/api/company/", 200, list.asString());
        Api.asAdmin().get("/api/company/?search=" + prefix + "&is_customer=true").then()
                .body("pk", contains(customer));
        Api.asAdmin().get("/api/company/?search=" + prefix + "&is_manufacturer=true").then()
                .body("pk", contains(maker));
        Api.asAdmin().get("/api/company/?search=" + prefix + "&currency=EUR").then().body("pk", contains(maker));
        Api.asAdmin().get("/api/company/?name=" + prefix + " Buyer").then().body("pk", contains(customer));
        Api.asAdmin().get("/api/company/?search=" + prefix.toLowerCase() + "-tax").then().body("pk", contains(maker));
        Api.asAdmin().get("/api/company/?search=" + prefix + "&ordering=-name").then()
                .body("pk", contains(maker, customer));
        Api.asAdmin().get("/api/company/?is_customer=maybe").then().statusCode(400);
    }

    @Test
    void aCompanyHasOnePrimaryAddress() {
        int id = company(Map.of("name", prefix + " Shipper"));
        Response first = post("/api/company/address/", Map.of("company", id, "title", "Office", "line1", "1 Main St"));
        first.then().statusCode(201).body("primary", equalTo(true));
        ApiContract.assertResponse("post", "/api/company/address/", 201, first.asString());
        int office = first.then().extract().path("pk");
        int depot = post("/api/company/address/", Map.of("company", id, "title", "Depot", "primary", true)).then()
                .statusCode(201).body("primary", equalTo(true)).extract().path("pk");
        Api.asAdmin().get("/api/company/address/" + office + "/").then().body("primary", equalTo(false));
        Api.asAdmin().get("/api/company/" + id + "/").then().body("primary_address.pk", equalTo(depot));
        Api.asAdmin().get("/api/company/address/?company=" + id + "&primary=true").then().body("pk", contains(depot));
        Response list = Api.asAdmin().get("/api/company/address/?company=" + id + "&limit=5");
        ApiContract.assertResponse("get", "/api/company/address/", 200, list.asString());
        post("/api/company/address/", Map.of("company", id)).then().statusCode(400)
                .body("title[0]", equalTo("This field is required."));
        post("/api/company/address/", Map.of("company", 999999999, "title", "Nowhere")).then().statusCode(400)
                .body("company[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
        Api.asAdmin().delete("/api/company/address/" + depot + "/").then().statusCode(204);
    }

    @Test
    void contactsBelongToCompanies() {
        int id = company(Map.of("name", prefix + " People"));
        Response created = post("/api/company/contact/", Map.of("company", id, "name", "Ann", "role", "Buyer",
                "email", "ann@example.com"));
        created.then().statusCode(201).body("company_name", equalTo(prefix + " People"));
        ApiContract.assertResponse("post", "/api/company/contact/", 201, created.asString());
        int contact = created.then().extract().path("pk");
        Api.asAdmin().get("/api/company/contact/?company=" + id).then().body("pk", contains(contact));
        Api.asAdmin().get("/api/company/contact/?search=" + prefix).then().body("pk", hasItem(contact));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("phone", "555")).patch("/api/company/contact/" + contact + "/")
                .then().statusCode(200).body("phone", equalTo("555"));
        post("/api/company/contact/", Map.of("company", id)).then().statusCode(400)
                .body("name[0]", equalTo("This field is required."));
        Api.asAdmin().delete("/api/company/" + id + "/").then().statusCode(204);
        Api.asAdmin().get("/api/company/contact/" + contact + "/").then().statusCode(404);
    }

    @Test
    void anyOrderRoleAdmitsAndOthersAreRefused() {
        int id = company(Map.of("name", prefix + " Guarded"));
        String salesViewer = user(prefix, "sales", "sales_order", Map.of("can_view", true));
        String partsOnly = user(prefix, "parts", "part", Map.of("can_view", true, "can_add", true));
        Api.as(salesViewer, PASSWORD).get("/api/company/" + id + "/").then().statusCode(200);
        Api.as(salesViewer, PASSWORD).contentType(ContentType.JSON).body(Map.of("name", prefix + " Not allowed"))
                .post("/api/company/").then().statusCode(403);
        Api.as(partsOnly, PASSWORD).get("/api/company/").then().statusCode(403);
        Api.anonymous().get("/api/company/").then().statusCode(401);
    }

    /** A user in a new group whose rule set for {@code role} grants {@code permissions}; answers the username. */
    static String user(String prefix, String name, String role, Map<String, Object> permissions) {
        String username = prefix.toLowerCase() + "-" + name;
        int group = post("/api/user/group/", Map.of("name", prefix + " " + name)).then().statusCode(201)
                .extract().path("pk");
        int rules = Api.asAdmin().get("/api/user/ruleset/?group=" + group + "&name=" + role).then().statusCode(200)
                .extract().path("[0].pk");
        Api.asAdmin().contentType(ContentType.JSON).body(permissions).patch("/api/user/ruleset/" + rules + "/").then()
                .statusCode(200);
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "group_ids", List.of(group)));
        int id = post("/api/user/", body).then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
        return username;
    }
}
