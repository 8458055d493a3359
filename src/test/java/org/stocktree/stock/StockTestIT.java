package org.stocktree.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.part.RoleUsers;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;
import org.stocktree.testing.StocktreeServer;

/**
 * Test results of stock items: templates named by id or (older clients) by test name, the rules
 * a template sets, files, filters, ordering, roles, and the {@code tests} of stock rows.
 */
@Tag("h2")
class StockTestIT {

    private final String prefix = "T" + UUID.randomUUID().toString().substring(0, 6);

    private static int part(Map<String, Object> body) {
        return StockIT.part(body);
    }

    private static int template(int part, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("part", part);
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/test-template/").then()
                .statusCode(201).extract().path("pk");
    }

    private static Response post(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/stock/test/");
    }

    private static int result(Map<String, Object> body) {
        return post(body).then().statusCode(201).extract().path("pk");
    }

    private static Response patch(int id, Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).patch("/api/stock/test/" + id + "/");
    }

    /** A testable template part with a variant, each with one item. */
    private record Setup(int part, int variant, int item, int variantItem) {
    }

    private Setup setup() {
        int part = part(Map.of("name", prefix + " chair", "testable", true, "is_template", true));
        int variant = part(Map.of("name", prefix + " green chair", "testable", true, "variant_of", part));
        return new Setup(part, variant, StockIT.item(part, 1, null), StockIT.item(variant, 1, null));
    }

    /** The stored file behind a download address. */
    private static Path onDisk(String url) {
        return StocktreeServer.shared().mediaRoot().resolve(url.substring("/media/".length()));
    }

    private static void setting(String key, boolean value) {
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("value", value))
                .patch("/api/settings/global/" + key + "/").then().statusCode(200);
    }

    @Test
    void aResultNamesItsTemplateByIdAndAnswersAsTheSchemaSays() {
        Setup setup = setup();
        int template = template(setup.part(), Map.of("test_name", "Sit test"));
        int admin = Api.asAdmin().get("/api/user/me/").then().extract().path("pk");
        Response created = post(Map.of("stock_item", setup.item(), "template", template, "result", true,
                "value", "ok", "notes", "fine", "test_station", "bench 2",
                "started_datetime", "2024-01-02T10:00:00Z", "finished_datetime", "2024-01-02T10:05:00Z"));
        created.then().statusCode(201).body("stock_item", equalTo(setup.item())).body("template", equalTo(template))
                .body("result", equalTo(true)).body("value", equalTo("ok")).body("notes", equalTo("fine"))
                .body("test_station", equalTo("bench 2")).body("attachment", nullValue())
                .body("user", equalTo(admin)).body("date", notNullValue())
                .body("started_datetime", startsWith("2024-01-02T10:00"));
        ApiContract.assertResponse("post", "/api/stock/test/", 201, created.asString());
        int id = created.path("pk");

        Response detail = Api.asAdmin().get("/api/stock/test/" + id + "/?user_detail=true&template_detail=true");
        detail.then().statusCode(200).body("user_detail.pk", equalTo(admin))
                .body("template_detail.test_name", equalTo("Sit test")).body("template_detail.key", equalTo("sittest"))
                .body("template_detail.results", equalTo(1));
        // the template counts its results, and its list filters and sorts by them
        int unused = template(setup.part(), Map.of("test_name", "Unused test"));
        Api.asAdmin().get("/api/part/test-template/" + template + "/").then().body("results", equalTo(1));
        Api.asAdmin().get("/api/part/test-template/?part=" + setup.part() + "&has_results=true").then()
                .body("pk", contains(template));
        Api.asAdmin().get("/api/part/test-template/?part=" + setup.part() + "&has_results=false").then()
                .body("pk", contains(unused));
        Api.asAdmin().get("/api/part/test-template/?part=" + setup.part() + "&ordering=-results").then()
                .body("pk", contains(template, unused));
        ApiContract.assertResponse("get", "/api/stock/test/{id}/", 200, detail.asString());
        Api.asAdmin().get("/api/stock/test/" + id + "/").then().body("$", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasKey("user_detail")));

        Response list = Api.asAdmin().get("/api/stock/test/?stock_item=" + setup.item() + "&limit=10");
        list.then().statusCode(200).body("count", equalTo(1)).body("results[0].pk", equalTo(id));
        ApiContract.assertResponse("get", "/api/stock/test/", 200, list.asString());
        Api.asAdmin().get("/api/stock/test/999999/").then().statusCode(404);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("metadata", Map.of("rig", "A")))
                .patch("/api/metadata/stockitemtestresult/" + id + "/").then().statusCode(200);
        Api.asAdmin().get("/api/metadata/stockitemtestresult/" + id + "/").then().body("metadata.rig", equalTo("A"));
    }

    @Test
    void olderClientsNameTheTestWhichIsMatchedByKeyUpTheVariantTree() {
        Setup setup = setup();
        int firmware = template(setup.part(), Map.of("test_name", "Firmware Version"));
        int colour = template(setup.variant(), Map.of("test_name", "Colour check"));
        // the variant's item finds the template of the part above it, whatever the case and spaces
        post(Map.of("stock_item", setup.variantItem(), "test", " firmware version ", "result", true)).then()
                .statusCode(201).body("template", equalTo(firmware));
        post(Map.of("stock_item", setup.variantItem(), "test", "Colour Check")).then().statusCode(201)
                .body("template", equalTo(colour));
        // the template part's item does not see its variant's templates
        post(Map.of("stock_item", setup.item(), "test", "Colour check")).then().statusCode(400)
                .body("template[0]", equalTo("Test template does not exist"));
        post(Map.of("stock_item", setup.item(), "test", "No such test")).then().statusCode(400)
                .body("template[0]", equalTo("Test template does not exist"));
        post(Map.of("stock_item", setup.item(), "result", true)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Template ID or test name must be provided"));
        post(Map.of("test", "Firmware Version")).then().statusCode(400)
                .body("stock_item[0]", equalTo("This field is required."));
        post(Map.of("stock_item", 999999, "test", "Firmware Version")).then().statusCode(400)
                .body("stock_item[0]", equalTo("Invalid pk \"999999\" - object does not exist."));
        Api.asAdmin().get("/api/stock/test/?stock_item=" + setup.item() + "&limit=1").then().body("count", equalTo(0));
    }

    @Test
    void aTemplateOfAnotherPartIsRefused() {
        Setup setup = setup();
        int other = part(Map.of("name", prefix + " table", "testable", true));
        int foreign = template(other, Map.of("test_name", "Wobble"));
        int below = template(setup.variant(), Map.of("test_name", "Paint"));
        post(Map.of("stock_item", setup.item(), "template", foreign)).then().statusCode(400)
                .body("template[0]", equalTo("Test template does not apply to the part of this stock item"));
        post(Map.of("stock_item", setup.item(), "template", below)).then().statusCode(400)
                .body("template[0]", equalTo("Test template does not apply to the part of this stock item"));
        post(Map.of("stock_item", setup.item(), "template", 999999)).then().statusCode(400)
                .body("template[0]", equalTo("Invalid pk \"999999\" - object does not exist."));
        Api.asAdmin().get("/api/stock/test/?stock_item=" + setup.item() + "&limit=1").then().body("count", equalTo(0));
    }

    @Test
    void anUnknownTestCreatesItsTemplateWhenTheSettingSaysSo() {
        Setup setup = setup();
        setting("TEST_UPLOAD_CREATE_TEMPLATE", true);
        try {
            int id = result(Map.of("stock_item", setup.variantItem(), "test", "Drop Test", "result", false));
            int template = Api.asAdmin().get("/api/stock/test/" + id + "/").then().extract().path("template");
            Api.asAdmin().get("/api/part/test-template/" + template + "/").then().statusCode(200)
                    .body("part", equalTo(setup.variant())).body("test_name", equalTo("Drop Test"))
                    .body("key", equalTo("droptest"));
            // the next result of that test finds the template made for it
            post(Map.of("stock_item", setup.variantItem(), "test", "drop test")).then().statusCode(201)
                    .body("template", equalTo(template));
            post(Map.of("stock_item", setup.variantItem(), "test", "!!!")).then().statusCode(400)
                    .body("test[0]", equalTo("Invalid template name - must include at least one alphanumeric character"));
            int plain = part(Map.of("name", prefix + " untestable"));
            post(Map.of("stock_item", StockIT.item(plain, 1, null), "test", "Anything")).then().statusCode(400)
                    .body("test[0]", equalTo("Test templates can only be created for testable parts"));
        } finally {
            setting("TEST_UPLOAD_CREATE_TEMPLATE", false);
        }
        post(Map.of("stock_item", setup.variantItem(), "test", "Another new test")).then().statusCode(400)
                .body("template[0]", equalTo("Test template does not exist"));
    }

    @Test
    void theTemplateDemandsAValueOneOfItsChoicesAndAFile() {
        Setup setup = setup();
        int valued = template(setup.part(), Map.of("test_name", "Weight", "requires_value", true));
        int choice = template(setup.part(), Map.of("test_name", "Grade", "choices", "A, B ,C"));
        int filed = template(setup.part(), Map.of("test_name", "Photo", "requires_attachment", true));
        post(Map.of("stock_item", setup.item(), "template", valued)).then().statusCode(400)
                .body("value[0]", equalTo("Value must be provided for this test"));
        post(Map.of("stock_item", setup.item(), "template", valued, "value", " ")).then().statusCode(400)
                .body("value[0]", equalTo("Value must be provided for this test"));
        int weighed = result(Map.of("stock_item", setup.item(), "template", valued, "value", "12kg"));
        patch(weighed, Map.of("value", "")).then().statusCode(400)
                .body("value[0]", equalTo("Value must be provided for this test"));
        Api.asAdmin().get("/api/stock/test/" + weighed + "/").then().body("value", equalTo("12kg"));

        post(Map.of("stock_item", setup.item(), "template", choice, "value", "D")).then().statusCode(400)
                .body("value[0]", equalTo("Invalid value for this test"));
        post(Map.of("stock_item", setup.item(), "template", choice, "value", "B")).then().statusCode(201);

        post(Map.of("stock_item", setup.item(), "template", filed, "result", true)).then().statusCode(400)
                .body("attachment[0]", equalTo("Attachment must be uploaded for this test"));
        Api.asAdmin().multiPart("stock_item", String.valueOf(setup.item())).multiPart("template", String.valueOf(filed))
                .multiPart("result", "true")
                .multiPart("attachment", "photo.txt", "a photo".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/stock/test/").then().statusCode(201).body("result", equalTo(true));
    }

    @Test
    void aTestCannotFinishBeforeItStarted() {
        Setup setup = setup();
        int template = template(setup.part(), Map.of("test_name", "Burn in"));
        post(Map.of("stock_item", setup.item(), "template", template, "started_datetime", "2024-01-02T10:00:00Z",
                "finished_datetime", "2024-01-02T09:00:00Z")).then().statusCode(400)
                .body("finished_datetime[0]", equalTo("The test finished time cannot be earlier than the test started time"));
        post(Map.of("stock_item", setup.item(), "template", template, "started_datetime", "yesterday")).then()
                .statusCode(400).body("started_datetime[0]", startsWith("Datetime has wrong format."));
        int id = result(Map.of("stock_item", setup.item(), "template", template,
                "started_datetime", "2024-01-02T10:00:00Z"));
        patch(id, Map.of("finished_datetime", "2024-01-01T10:00:00Z")).then().statusCode(400)
                .body("finished_datetime[0]", equalTo("The test finished time cannot be earlier than the test started time"));
        patch(id, Map.of("finished_datetime", "2024-01-02T12:00:00Z", "result", true)).then().statusCode(200)
                .body("finished_datetime", startsWith("2024-01-02T12:00")).body("result", equalTo(true));
        // PUT needs the item again; the template stays when none is named
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("result", false)).put("/api/stock/test/" + id + "/")
                .then().statusCode(400).body("stock_item[0]", equalTo("This field is required."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("stock_item", setup.item(), "result", false))
                .put("/api/stock/test/" + id + "/").then().statusCode(200).body("template", equalTo(template))
                .body("result", equalTo(false));
    }

    @Test
    void filesAreStoredInTheItemsFolderAndServedToThoseWhoMayViewStock() {
        Setup setup = setup();
        int template = template(setup.part(), Map.of("test_name", "Scope trace"));
        Response uploaded = Api.asAdmin().multiPart("stock_item", String.valueOf(setup.item()))
                .multiPart("template", String.valueOf(template))
                .multiPart("attachment", "../../../etc/trace.txt", "trace data".getBytes(StandardCharsets.UTF_8),
                        "text/plain")
                .post("/api/stock/test/");
        uploaded.then().statusCode(201)
                .body("attachment", equalTo("/media/stock_files/" + setup.item() + "/trace.txt"));
        ApiContract.assertResponse("post", "/api/stock/test/", 201, uploaded.asString());
        int id = uploaded.path("pk");
        String url = uploaded.path("attachment");

        Api.asAdmin().get(url).then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .body(equalTo("trace data"));
        assertThat(onDisk(url)).hasContent("trace data");
        Api.anonymous().get(url).then().statusCode(401);
        String partsOnly = RoleUsers.with("part", "view");
        RoleUsers.as(partsOnly).get(url).then().statusCode(403);
        String viewer = RoleUsers.with("stock", "view");
        RoleUsers.as(viewer).get(url).then().statusCode(200);
        Api.asAdmin().get("/media/stock_files/" + setup.item() + "/other.txt").then().statusCode(404);
        Api.asAdmin().get("/media/stock_files/../attachments/x.txt").then().statusCode(404);

        // a page is sent as a sandboxed download, never shown in Stocktree's origin
        String page = Api.asAdmin().multiPart("attachment", "page.html", "<script>alert(1)</script>".getBytes(
                StandardCharsets.UTF_8), "text/html").patch("/api/stock/test/" + id + "/").then().statusCode(200)
                .extract().path("attachment");
        assertThat(page).isEqualTo("/media/stock_files/" + setup.item() + "/page.html");
        Api.asAdmin().get(page).then().statusCode(200).header("Content-Disposition", startsWith("attachment"))
                .header("Content-Security-Policy", equalTo("sandbox; default-src 'none'"));
        // the replaced file is gone
        Api.asAdmin().get(url).then().statusCode(404);
        assertThat(onDisk(url)).doesNotExist();

        patch(id, Map.of("attachment", "/etc/passwd")).then().statusCode(400).body("attachment[0]",
                equalTo("The submitted data was not a file. Check the encoding type on the form."));
        Map<String, Object> clear = new HashMap<>();
        clear.put("attachment", null);
        patch(id, clear).then().statusCode(200).body("attachment", nullValue());
        Api.asAdmin().get(page).then().statusCode(404);
        assertThat(onDisk(page)).doesNotExist();

        // a refused upload leaves no file behind
        int required = template(setup.part(), Map.of("test_name", "Signed", "requires_value", true));
        Api.asAdmin().multiPart("stock_item", String.valueOf(setup.item())).multiPart("template", String.valueOf(required))
                .multiPart("attachment", "orphan.txt", "x".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/stock/test/").then().statusCode(400);
        assertThat(onDisk("/media/stock_files/" + setup.item() + "/orphan.txt")).doesNotExist();
        int kept = Api.asAdmin().multiPart("stock_item", String.valueOf(setup.item()))
                .multiPart("template", String.valueOf(template))
                .multiPart("attachment", "orphan.txt", "y".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/stock/test/").then().statusCode(201)
                .body("attachment", equalTo("/media/stock_files/" + setup.item() + "/orphan.txt")).extract().path("pk");
        // deleting the result deletes its file
        Api.asAdmin().delete("/api/stock/test/" + kept + "/").then().statusCode(204);
        Api.asAdmin().get("/media/stock_files/" + setup.item() + "/orphan.txt").then().statusCode(404);
        assertThat(onDisk("/media/stock_files/" + setup.item() + "/orphan.txt")).doesNotExist();
    }

    @Test
    void filtersAndOrdering() {
        Setup setup = setup();
        int required = template(setup.part(), Map.of("test_name", "Load"));
        int optional = template(setup.part(), Map.of("test_name", "Polish", "required", false));
        int disabled = template(setup.part(), Map.of("test_name", "Legacy", "enabled", false));
        int installed = StockIT.item(setup.part(), 1, null);
        int deeper = StockIT.item(setup.part(), 1, null);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("belongs_to", setup.item()))
                .patch("/api/stock/" + installed + "/").then().statusCode(200);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("belongs_to", installed))
                .patch("/api/stock/" + deeper + "/").then().statusCode(200);
        int first = result(Map.of("stock_item", setup.item(), "template", required, "result", true, "value", "5"));
        int second = result(Map.of("stock_item", setup.item(), "template", optional, "result", false));
        int third = result(Map.of("stock_item", installed, "template", disabled, "result", true));
        int fourth = result(Map.of("stock_item", deeper, "template", required, "result", false));
        String item = "/api/stock/test/?limit=20&stock_item=" + setup.item();

        Api.asAdmin().get(item).then().body("results.pk", contains(first, second));
        Api.asAdmin().get(item + "&include_installed=true").then()
                .body("results.pk", contains(first, second, third, fourth));
        Api.asAdmin().get(item + "&include_installed=true&result=true").then().body("results.pk", contains(first, third));
        Api.asAdmin().get(item + "&include_installed=true&required=false").then().body("results.pk", contains(second));
        Api.asAdmin().get(item + "&include_installed=true&enabled=false").then().body("results.pk", contains(third));
        Api.asAdmin().get(item + "&include_installed=true&template=" + required).then()
                .body("results.pk", contains(first, fourth));
        Api.asAdmin().get(item + "&include_installed=true&test=LOAD").then().body("results.pk", contains(first, fourth));
        Api.asAdmin().get(item + "&value=5").then().body("results.pk", contains(first));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("build", 424242))
                .patch("/api/stock/" + deeper + "/").then().statusCode(200);
        Api.asAdmin().get("/api/stock/test/?build=424242&limit=20").then().body("results.pk", contains(fourth));
        Api.asAdmin().get(item + "&include_installed=true&ordering=-date").then()
                .body("results.pk", contains(fourth, third, second, first));
        Api.asAdmin().get(item + "&ordering=result").then().body("results.pk", contains(second, first));
        Api.asAdmin().get("/api/stock/test/?limit=20&part=" + setup.part()).then()
                .body("results.pk", containsInAnyOrder(first, second, third, fourth));
        int admin = Api.asAdmin().get("/api/user/me/").then().extract().path("pk");
        Api.asAdmin().get(item + "&user=" + admin).then().body("results.pk", contains(first, second));
        Api.asAdmin().get("/api/stock/test/?stock_item=999999").then().statusCode(400)
                .body("stock_item[0]", equalTo("Stock item with ID 999999 does not exist"));
        Api.asAdmin().get("/api/stock/test/?part=999999").then().statusCode(400)
                .body("part[0]", equalTo("Select a valid choice. That choice is not one of the available choices."));
    }

    @Test
    void stockItemsShowTheirTestsWhenAsked() {
        Setup setup = setup();
        int template = template(setup.part(), Map.of("test_name", "Squeak"));
        int id = result(Map.of("stock_item", setup.item(), "template", template, "result", true));
        Response detail = Api.asAdmin().get("/api/stock/" + setup.item() + "/?tests=true");
        detail.then().statusCode(200).body("tests", hasSize(1)).body("tests[0].pk", equalTo(id))
                .body("tests[0].template", equalTo(template)).body("tests[0].result", equalTo(true));
        ApiContract.assertResponse("get", "/api/stock/{id}/", 200, detail.asString());
        Api.asAdmin().get("/api/stock/" + setup.item() + "/").then().body("$",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("tests")));
        Api.asAdmin().get("/api/stock/?part=" + setup.part() + "&tests=true&limit=10").then()
                .body("results.find { it.pk == " + setup.item() + " }.tests.pk", contains(id))
                .body("results.find { it.pk == " + setup.variantItem() + " }.tests", empty());
    }

    @Test
    void resultsGoWithTheirItemAndTheirTemplateAndCanBeDeletedTogether() {
        Setup setup = setup();
        int template = template(setup.part(), Map.of("test_name", "Spin"));
        int other = template(setup.part(), Map.of("test_name", "Stop"));
        int one = result(Map.of("stock_item", setup.item(), "template", template));
        int two = result(Map.of("stock_item", setup.item(), "template", other));
        int three = result(Map.of("stock_item", setup.variantItem(), "template", other));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("items", List.of(one, two)))
                .delete("/api/stock/test/").then().statusCode(200).body("success", equalTo("Deleted 2 items"));
        Api.asAdmin().get("/api/stock/test/" + one + "/").then().statusCode(404);
        String file = Api.asAdmin().multiPart("stock_item", String.valueOf(setup.variantItem()))
                .multiPart("template", String.valueOf(other))
                .multiPart("attachment", "log.txt", "log".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/stock/test/").then().statusCode(201).extract().path("attachment");
        Api.asAdmin().get(file).then().statusCode(200);
        Api.asAdmin().delete("/api/stock/" + setup.variantItem() + "/").then().statusCode(204);
        Api.asAdmin().get("/api/stock/test/" + three + "/").then().statusCode(404);
        // the deleted item's results take their files with them
        Api.asAdmin().get(file).then().statusCode(404);
        assertThat(onDisk(file)).doesNotExist();
        int four = result(Map.of("stock_item", setup.item(), "template", template));
        Api.asAdmin().delete("/api/part/test-template/" + template + "/").then().statusCode(204);
        Api.asAdmin().get("/api/stock/test/" + four + "/").then().statusCode(404);
    }

    @Test
    void theStockRoleGuardsResults() {
        Setup setup = setup();
        int template = template(setup.part(), Map.of("test_name", "Guarded"));
        int id = result(Map.of("stock_item", setup.item(), "template", template));
        String viewer = RoleUsers.with("stock", "view");
        String adder = RoleUsers.with("stock", "view", "add");
        String partsOnly = RoleUsers.with("part", "view", "add", "change", "delete");
        Map<String, Object> body = Map.of("stock_item", setup.item(), "template", template);
        Api.anonymous().get("/api/stock/test/").then().statusCode(401);
        RoleUsers.as(partsOnly).get("/api/stock/test/").then().statusCode(403);
        RoleUsers.as(viewer).get("/api/stock/test/" + id + "/").then().statusCode(200);
        RoleUsers.as(viewer).contentType(ContentType.JSON).body(body).post("/api/stock/test/").then().statusCode(403);
        RoleUsers.as(adder).contentType(ContentType.JSON).body(body).post("/api/stock/test/").then().statusCode(201);
        RoleUsers.as(viewer).contentType(ContentType.JSON).body(Map.of("result", true))
                .patch("/api/stock/test/" + id + "/").then().statusCode(403);
        RoleUsers.as(viewer).delete("/api/stock/test/" + id + "/").then().statusCode(403);
        RoleUsers.as(adder).delete("/api/stock/test/" + id + "/").then().statusCode(403);
        Api.asAdmin().get("/api/stock/test/" + id + "/").then().statusCode(200);
    }
}
