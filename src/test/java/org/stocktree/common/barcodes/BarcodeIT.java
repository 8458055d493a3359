package org.stocktree.common.barcodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/**
 * Barcodes: scanning the internal JSON and short formats and linked third-party barcodes, their
 * generation, linking (unique across parts, items and locations) and unlinking, what callers
 * without the objects' roles may do, and the scan history with its setting on and off.
 */
@Tag("h2")
class BarcodeIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String PASSWORD = "barcode-pass";
    private static final String STOCK_VIEWER = "bc-viewer-" + SUFFIX;
    private static final String STOCK_EDITOR = "bc-editor-" + SUFFIX;
    private static final String NOBODY = "bc-nobody-" + SUFFIX;
    private static int part;
    private static int item;
    private static int location;

    @BeforeAll
    static void setUp() {
        createUser(STOCK_VIEWER, group("viewers", Map.of("stock", Map.of("can_view", true))));
        createUser(STOCK_EDITOR, group("editors", Map.of("stock", Map.of("can_view", true, "can_change", true),
                "part", Map.of("can_view", true))));
        createUser(NOBODY, null);
        part = newPart("Scanned");
        location = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Shelf " + SUFFIX))
                .post("/api/stock/location/").then().statusCode(201).extract().path("pk");
        item = newItem(part);
    }

    @Test
    void jsonBarcodesNameTheirObject() {
        scan(Api.asAdmin(), "{\"part\": " + part + "}").then().statusCode(200)
                .body("part.pk", equalTo(part))
                .body("part.api_url", equalTo("/api/part/" + part + "/"))
                .body("part.web_url", equalTo("/web/part/" + part))
                .body("plugin", equalTo("InvenTreeBarcode"))
                .body("barcode_data", equalTo("{\"part\": " + part + "}"))
                .body("barcode_hash", equalTo(BarcodeHash.of("{\"part\": " + part + "}")))
                .body("success", equalTo("Match found for barcode data"))
                .body("$", not(hasKey("error")));
        scan(Api.asAdmin(), "{\"stockitem\": \"" + item + "\"}").then().statusCode(200)
                .body("stockitem.pk", equalTo(item))
                .body("stockitem.api_url", equalTo("/api/stock/" + item + "/"))
                .body("stockitem.web_url", equalTo("/web/stock/item/" + item));
        scan(Api.asAdmin(), "  {\"stocklocation\": " + location + "}\n").then().statusCode(200)
                .body("stocklocation.pk", equalTo(location))
                .body("stocklocation.api_url", equalTo("/api/stock/location/" + location + "/"))
                .body("stocklocation.web_url", equalTo("/web/stock/location/" + location))
                .body("barcode_data", equalTo("{\"stocklocation\": " + location + "}"));
        // a model the barcode names that does not exist gives way to the next one it names
        scan(Api.asAdmin(), "{\"part\": 999999999, \"stockitem\": " + item + "}").then().statusCode(200)
                .body("stockitem.pk", equalTo(item)).body("$", not(hasKey("part")));
    }

    @Test
    void shortBarcodesNameTheirObject() {
        scan(Api.asAdmin(), "INV-PA" + part).then().statusCode(200).body("part.pk", equalTo(part));
        scan(Api.asAdmin(), "INV-SI" + item).then().statusCode(200).body("stockitem.pk", equalTo(item));
        scan(Api.asAdmin(), "INV-SL" + location).then().statusCode(200).body("stocklocation.pk", equalTo(location));
    }

    @Test
    void barcodesThatNameNothingAreA400() {
        for (String data : List.of("{\"part\": 999999999}", "{\"stockitem\": 999999999}", "INV-SL999999999",
                "INV-XX" + part, "XYZ-PA" + part, "123456789", "['foo', 'bar']", "nothing-" + SUFFIX)) {
            scan(Api.asAdmin(), data).then().statusCode(400)
                    .body("error", equalTo("No match found for barcode data"))
                    .body("plugin", nullValue())
                    .body("barcode_data", equalTo(data))
                    .body("barcode_hash", equalTo(BarcodeHash.of(data)))
                    .body("$", not(hasKey("success")));
        }
        scan(Api.asAdmin(), "   ").then().statusCode(400).body("barcode[0]", equalTo("This field may not be blank."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of()).post("/api/barcode/").then().statusCode(400)
                .body("barcode[0]", equalTo("This field is required."));
        scan(Api.asAdmin(), "x".repeat(4096)).then().statusCode(400)
                .body("barcode[0]", equalTo("Ensure this field has no more than 4095 characters."));
    }

    @Test
    void generatedBarcodesScanBackToTheirObject() {
        Response generated = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("model", "stockitem", "pk", item))
                .post("/api/barcode/generate/");
        generated.then().statusCode(200).body("barcode", equalTo("{\"stockitem\": " + item + "}"));
        scan(Api.asAdmin(), generated.path("barcode")).then().statusCode(200).body("stockitem.pk", equalTo(item));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("model", "stocklocation", "pk", location))
                .post("/api/barcode/generate/").then().statusCode(200)
                .body("barcode", equalTo("{\"stocklocation\": " + location + "}"));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("model", "projectcode", "pk", 1))
                .post("/api/barcode/generate/").then().statusCode(400).body("model[0]", equalTo("Model is not supported"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("model", "part", "pk", 999999999))
                .post("/api/barcode/generate/").then().statusCode(400).body("error", equalTo("Model instance not found"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("model", "part"))
                .post("/api/barcode/generate/").then().statusCode(400).body("pk[0]", equalTo("This field is required."));
        // generating names the object: it needs the view permission on it
        Api.as(NOBODY, PASSWORD).contentType(ContentType.JSON).body(Map.of("model", "part", "pk", part))
                .post("/api/barcode/generate/").then().statusCode(403).body("error", containsString("Part"));
        Api.as(STOCK_VIEWER, PASSWORD).contentType(ContentType.JSON).body(Map.of("model", "stockitem", "pk", item))
                .post("/api/barcode/generate/").then().statusCode(200);
    }

    @Test
    void linkedBarcodesAreScannedAndUnlinked() {
        int linked = newItem(part);
        String data = "  ACME-\u0004LABEL-" + SUFFIX + " \n";
        String stored = "ACME-\u0004LABEL-" + SUFFIX;
        String hash = BarcodeHash.of(data);
        link(Api.as(STOCK_EDITOR, PASSWORD), data, "stockitem", linked).then().statusCode(200)
                .body("success", equalTo("Assigned barcode to stockitem instance"))
                .body("stockitem.pk", equalTo(linked))
                .body("barcode_data", equalTo(stored))
                .body("barcode_hash", equalTo(hash));
        Api.asAdmin().get("/api/stock/" + linked + "/").then().body("barcode_hash", equalTo(hash));
        // scanners that drop the control character still find it
        scan(Api.asAdmin(), "ACME-LABEL-" + SUFFIX).then().statusCode(200)
                .body("stockitem.pk", equalTo(linked)).body("barcode_hash", equalTo(hash));

        unlink(Api.as(STOCK_EDITOR, PASSWORD), Map.of("stockitem", linked)).then().statusCode(200)
                .body("success", equalTo("Barcode unassigned from stockitem instance"));
        Api.asAdmin().get("/api/stock/" + linked + "/").then().body("barcode_hash", equalTo(""));
        scan(Api.asAdmin(), data).then().statusCode(400);
        // an object without a barcode is unlinked all the same
        unlink(Api.as(STOCK_EDITOR, PASSWORD), Map.of("stockitem", linked)).then().statusCode(200);
        // and once unlinked, the barcode is free for another object
        link(Api.asAdmin(), data, "part", part).then().statusCode(200).body("part.pk", equalTo(part));
        scan(Api.asAdmin(), data).then().statusCode(200).body("part.pk", equalTo(part));
        unlink(Api.asAdmin(), Map.of("part", part)).then().statusCode(200);
    }

    @Test
    void aBarcodeNamesOneObjectOnly() {
        int other = newPart("Other");
        String data = "UNIQUE-" + SUFFIX;
        link(Api.asAdmin(), data, "stocklocation", location).then().statusCode(200);
        try {
            // not on an object of another kind, nor of the same kind, nor again on the same object
            for (Object[] target : new Object[][] {{"part", other}, {"stockitem", item}, {"stocklocation", location}}) {
                link(Api.asAdmin(), data, (String) target[0], (Integer) target[1]).then().statusCode(400)
                        .body("error", equalTo("Barcode matches existing item"))
                        .body("stocklocation.pk", equalTo(location))
                        .body("plugin", equalTo("InvenTreeBarcode"))
                        .body("barcode_data", equalTo(data))
                        .body("$", not(hasKey("success")));
            }
            Api.asAdmin().get("/api/part/" + other + "/").then().body("barcode_hash", equalTo(""));
            // an internal barcode names its object already
            link(Api.asAdmin(), "{\"part\": " + part + "}", "part", other).then().statusCode(400)
                    .body("error", equalTo("Barcode matches existing item")).body("part.pk", equalTo(part));
            link(Api.asAdmin(), "INV-SI" + item, "part", other).then().statusCode(400).body("stockitem.pk", equalTo(item));
            // a caller who may not view the object in the way learns only that the barcode is taken
            link(Api.as(STOCK_EDITOR, PASSWORD), data, "stockitem", item).then().statusCode(400)
                    .body("error", equalTo("Barcode matches existing item")).body("$", not(hasKey("stocklocation")));
        } finally {
            unlink(Api.asAdmin(), Map.of("stocklocation", location)).then().statusCode(200);
        }
    }

    @Test
    void concurrentLinksOfOneBarcodeLeaveItOnOneObject() throws Exception {
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            parts.add(newPart("Race " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(parts.size());
        try {
            // several rounds: the first link of a barcode, and links of a barcode linked and unlinked before
            for (int round = 0; round < 4; round++) {
                String data = "RACE-" + SUFFIX + "-" + (round / 2);
                List<Callable<Integer>> links = parts.stream().<Callable<Integer>>map(target -> () ->
                        link(Api.asAdmin(), data, "part", target).statusCode()).toList();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> status : pool.invokeAll(links)) {
                    statuses.add(status.get());
                }
                assertThat(statuses).as("round %d", round).filteredOn(status -> status == 200).hasSize(1);
                assertThat(statuses).as("round %d", round).filteredOn(status -> status == 400).hasSize(parts.size() - 1);
                long holders = parts.stream().filter(target -> !"".equals(
                        Api.asAdmin().get("/api/part/" + target + "/").path("barcode_hash"))).count();
                assertThat(holders).isEqualTo(1);
                int holder = scan(Api.asAdmin(), data).then().statusCode(200).extract().path("part.pk");
                unlink(Api.asAdmin(), Map.of("part", holder)).then().statusCode(200);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void linkAndUnlinkRefuseBadInput() {
        link(Api.asAdmin(), "TOO-LONG-" + "x".repeat(500), "part", part).then().statusCode(400)
                .body("barcode[0]", equalTo("Ensure this field has no more than 500 characters."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("barcode", "NOTHING-" + SUFFIX))
                .post("/api/barcode/link/").then().statusCode(400)
                .body("error", equalTo("Missing data: provide one of '['part', 'stockitem', 'stocklocation']'"));
        link(Api.asAdmin(), "MISSING-" + SUFFIX, "stockitem", 999999999).then().statusCode(400)
                .body("stockitem[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("barcode", "X-" + SUFFIX, "part", "abc"))
                .post("/api/barcode/link/").then().statusCode(400).body("part[0]", equalTo("A valid integer is required."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("part", part)).post("/api/barcode/link/").then()
                .statusCode(400).body("barcode[0]", equalTo("This field is required."));

        unlink(Api.asAdmin(), Map.of("cat", 1)).then().statusCode(400)
                .body("error", equalTo("Missing data: Provide one of 'part, stockitem, stocklocation'"));
        unlink(Api.asAdmin(), Map.of("part", part, "stockitem", item)).then().statusCode(400)
                .body("error", equalTo("Multiple conflicting fields: 'part, stockitem, stocklocation'"));
        unlink(Api.asAdmin(), Map.of("stockitem", 999999999)).then().statusCode(400)
                .body("stockitem[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
        Map<String, Object> none = new HashMap<>();
        none.put("part", null);
        unlink(Api.asAdmin(), none).then().statusCode(400).body("error", equalTo("Could not unassign barcode"));
    }

    @Test
    void callersSeeAndChangeOnlyWhatTheirRolesAllow() {
        String item = "{\"stockitem\": " + BarcodeIT.item + "}";
        // a scan does not tell a caller about objects they may not view
        scan(Api.as(NOBODY, PASSWORD), item).then().statusCode(400)
                .body("error", equalTo("No match found for barcode data")).body("$", not(hasKey("stockitem")));
        scan(Api.as(NOBODY, PASSWORD), "INV-PA" + part).then().statusCode(400).body("$", not(hasKey("part")));
        scan(Api.as(STOCK_VIEWER, PASSWORD), item).then().statusCode(200).body("stockitem.pk", equalTo(BarcodeIT.item));
        scan(Api.as(STOCK_VIEWER, PASSWORD), "INV-SL" + location).then().statusCode(400);
        // objects the caller may not view are passed over, as if the barcode did not name them
        String both = "{\"part\": " + part + ", \"stockitem\": " + BarcodeIT.item + "}";
        scan(Api.asAdmin(), both).then().statusCode(200).body("part.pk", equalTo(part)).body("$", not(hasKey("stockitem")));
        scan(Api.as(STOCK_VIEWER, PASSWORD), both).then().statusCode(200)
                .body("stockitem.pk", equalTo(BarcodeIT.item)).body("$", not(hasKey("part")));
        scan(Api.as(NOBODY, PASSWORD), both).then().statusCode(400);
        // linking and unlinking need the change permission of the object's role
        int target = newItem(part);
        link(Api.as(STOCK_VIEWER, PASSWORD), "ROLE-" + SUFFIX, "stockitem", target).then().statusCode(403)
                .body("error", equalTo("You do not have the required permissions for Stock | Stock Item"));
        link(Api.as(STOCK_EDITOR, PASSWORD), "ROLE-" + SUFFIX, "part", part).then().statusCode(403);
        Api.asAdmin().get("/api/part/" + part + "/").then().body("barcode_hash", equalTo(""));
        link(Api.as(STOCK_EDITOR, PASSWORD), "ROLE-" + SUFFIX, "stockitem", target).then().statusCode(200);
        unlink(Api.as(STOCK_VIEWER, PASSWORD), Map.of("stockitem", target)).then().statusCode(403);
        Api.asAdmin().get("/api/stock/" + target + "/").then().body("barcode_hash", equalTo(BarcodeHash.of("ROLE-" + SUFFIX)));
        unlink(Api.as(STOCK_EDITOR, PASSWORD), Map.of("stockitem", target)).then().statusCode(200);
        // signing in is needed for all of them
        Api.anonymous().contentType(ContentType.JSON).body(Map.of("barcode", item)).post("/api/barcode/").then()
                .statusCode(401);
        Api.anonymous().contentType(ContentType.JSON).body(Map.of("barcode", "X", "part", part))
                .post("/api/barcode/link/").then().statusCode(401);
        Api.anonymous().get("/api/barcode/history/").then().statusCode(401);
    }

    @Test
    void scansAreRecordedOnlyWhileTheSettingIsOn() {
        String marker = "HISTORY-" + SUFFIX;
        scan(Api.asAdmin(), marker + "-off").then().statusCode(400);
        Api.asAdmin().get("/api/barcode/history/?limit=100&search=" + marker).then().statusCode(200).body("count", equalTo(0));

        setting("BARCODE_STORE_RESULTS", true);
        setting("BARCODE_RESULTS_MAX_NUM", 3);
        try {
            scan(Api.asAdmin(), marker + "-missing").then().statusCode(400);
            scan(Api.as(STOCK_VIEWER, PASSWORD), "{\"stockitem\": " + item + "}").then().statusCode(200);
            Api.as(STOCK_VIEWER, PASSWORD).contentType(ContentType.JSON)
                    .body(Map.of("barcode", marker + "-context", "note", "from the dock")).queryParam("source", "app")
                    .post("/api/barcode/").then().statusCode(400);

            Response page = Api.asAdmin().get("/api/barcode/history/?limit=10");
            page.then().statusCode(200).body("count", equalTo(3))
                    .body("results.data", contains(marker + "-context", "{\"stockitem\": " + item + "}", marker + "-missing"))
                    .body("results.result", contains(false, true, false));
            ApiContract.assertResponse("get", "/api/barcode/history/", 200, page.asString());
            Map<String, Object> newest = page.path("results[0]");
            assertThat(newest).containsEntry("endpoint", "/api/barcode/").containsEntry("user", userId(STOCK_VIEWER));
            assertThat(newest.get("context")).isEqualTo(Map.of("note", "from the dock", "source", "app"));
            assertThat((Map<String, Object>) newest.get("response")).containsEntry("error", "No match found for barcode data");
            assertThat((Map<String, Object>) newest.get("user_detail")).containsEntry("username", STOCK_VIEWER);
            int matched = page.path("results[1].pk");
            String detail = Api.as(NOBODY, PASSWORD).get("/api/barcode/history/" + matched + "/").then().statusCode(200)
                    .body("result", equalTo(true)).body("response.stockitem", containsString("\"pk\":" + item))
                    .extract().asString();
            ApiContract.assertResponse("get", "/api/barcode/history/{id}/", 200, detail);

            // filters, search and ordering
            Api.asAdmin().get("/api/barcode/history/?limit=100&result=true").then().body("count", equalTo(1))
                    .body("results[0].pk", equalTo(matched));
            Api.asAdmin().get("/api/barcode/history/?limit=100&user=" + userId(STOCK_VIEWER)).then().body("count", equalTo(2));
            Api.asAdmin().get("/api/barcode/history/?limit=100&search=" + marker + "-miss").then().body("count", equalTo(1));
            Api.asAdmin().get("/api/barcode/history/?ordering=timestamp").then()
                    .body("data[0]", equalTo(marker + "-missing"));
            Api.asAdmin().get("/api/barcode/history/?ordering=-result").then().body("data[0]", containsString("stockitem"));

            // only the newest BARCODE_RESULTS_MAX_NUM scans are kept
            scan(Api.asAdmin(), marker + "-fourth").then().statusCode(400);
            Api.asAdmin().get("/api/barcode/history/?limit=100").then().body("count", equalTo(3))
                    .body("results.data", contains(marker + "-fourth", marker + "-context", "{\"stockitem\": " + item + "}"));

            // everyone reads the history, staff alone delete from it
            Api.as(STOCK_VIEWER, PASSWORD).delete("/api/barcode/history/" + matched + "/").then().statusCode(403);
            Api.as(STOCK_VIEWER, PASSWORD).contentType(ContentType.JSON).body(Map.of("items", List.of(matched)))
                    .delete("/api/barcode/history/").then().statusCode(403);
            Api.asAdmin().delete("/api/barcode/history/" + matched + "/").then().statusCode(204);
            Api.asAdmin().get("/api/barcode/history/" + matched + "/").then().statusCode(404);
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("filters", Map.of("user", userId(STOCK_VIEWER))))
                    .delete("/api/barcode/history/").then().statusCode(204);
            Api.asAdmin().get("/api/barcode/history/").then().body("data", contains(marker + "-fourth"));
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of()).delete("/api/barcode/history/").then()
                    .statusCode(400);
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of()).delete("/api/barcode/history/?all=true").then().statusCode(204);
            Api.asAdmin().get("/api/barcode/history/?limit=100").then().body("count", equalTo(0));
        } finally {
            setting("BARCODE_STORE_RESULTS", false);
            setting("BARCODE_RESULTS_MAX_NUM", 100);
        }
        scan(Api.asAdmin(), marker + "-off-again").then().statusCode(400);
        Api.asAdmin().get("/api/barcode/history/?limit=100").then().body("count", equalTo(0));
    }

    private static Response scan(RequestSpecification caller, String data) {
        return caller.contentType(ContentType.JSON).body(Map.of("barcode", data)).post("/api/barcode/");
    }

    private static Response link(RequestSpecification caller, String data, String model, int id) {
        return caller.contentType(ContentType.JSON).body(Map.of("barcode", data, model, id)).post("/api/barcode/link/");
    }

    private static Response unlink(RequestSpecification caller, Map<String, Object> body) {
        return caller.contentType(ContentType.JSON).body(body).post("/api/barcode/unlink/");
    }

    private static void setting(String key, Object value) {
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("value", value))
                .patch("/api/settings/global/" + key + "/").then().statusCode(200);
    }

    private static int userId(String username) {
        return Api.as(username, PASSWORD).get("/api/user/me/").then().statusCode(200).extract().path("pk");
    }

    private static int newPart(String name) {
        return Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name + " " + SUFFIX + " " + UUID.randomUUID().toString().substring(0, 4),
                        "description", "A part with barcodes"))
                .post("/api/part/").then().statusCode(201).extract().path("pk");
    }

    private static int newItem(int part) {
        return Api.asAdmin().contentType(ContentType.JSON).body(Map.of("part", part, "quantity", 5, "location", location))
                .post("/api/stock/").then().statusCode(201).extract().path("[0].pk");
    }

    /** A group whose rule sets grant the permissions given per role. */
    private static Integer group(String name, Map<String, Map<String, Object>> permissions) {
        int group = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Barcode " + name + " " + SUFFIX))
                .post("/api/user/group/").then().statusCode(201).extract().path("pk");
        permissions.forEach((role, granted) -> {
            int rules = Api.asAdmin().get("/api/user/ruleset/?group=" + group + "&name=" + role).then().statusCode(200)
                    .extract().path("[0].pk");
            Api.asAdmin().contentType(ContentType.JSON).body(granted).patch("/api/user/ruleset/" + rules + "/")
                    .then().statusCode(200);
        });
        return group;
    }

    private static void createUser(String username, Integer group) {
        Map<String, Object> body = group == null ? Map.of("username", username)
                : Map.of("username", username, "group_ids", List.of(group));
        int id = Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/user/").then().statusCode(201)
                .extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
    }
}
