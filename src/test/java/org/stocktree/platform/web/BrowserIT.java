package org.stocktree.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.StocktreeServer;

/**
 * The web interface in a real browser: runs {@code webapp-spa/e2e/browser-tests.mjs} (Chromium
 * driven by playwright-core) against the test server, signed in as the administrator and as a
 * view-only user made here. Screenshots land in {@code target/screenshots}. Needs the web bundle
 * in the WAR, the SPA's node_modules and {@code /usr/bin/chromium} ({@code .ci/run} installs it);
 * without them the test is skipped, unless {@code STOCKTREE_BROWSER_TESTS=required} (set by
 * {@code .ci/run}) says they must run.
 */
class BrowserIT {

    private static final Path SPA = Path.of("webapp-spa");
    private static final Path CHROMIUM = Path.of(System.getProperty("stocktree.chromium", "/usr/bin/chromium"));

    @Test
    void signInBrowseCreateAndViewOnlyUserInTheBrowser() throws IOException, InterruptedException {
        prerequisite(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        prerequisite(Files.isDirectory(SPA.resolve("node_modules/playwright-core")), "webapp-spa has no node_modules");
        prerequisite(Api.anonymous().get("/").asString().contains("/static/assets/"), "the WAR has no web bundle");

        String viewer = "viewer_" + UUID.randomUUID().toString().substring(0, 8);
        String password = "viewer-password-1";
        createViewOnlyUser(viewer, password);
        Map<String, String> stock = createStock("E2E " + UUID.randomUUID().toString().substring(0, 8));
        Map<String, String> bom = createBom("E2E " + UUID.randomUUID().toString().substring(0, 8));

        Path screenshots = Path.of("target/screenshots").toAbsolutePath();
        Path log = Path.of("target/browser-tests.log").toAbsolutePath();
        Files.createDirectories(screenshots);
        ProcessBuilder node = new ProcessBuilder("node", "e2e/browser-tests.mjs").directory(SPA.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        node.environment().putAll(stock);
        node.environment().putAll(bom);
        node.environment().putAll(createAssembly("E2I " + UUID.randomUUID().toString().substring(0, 8)));
        node.environment().putAll(Map.of("STOCKTREE_URL", Api.server().baseUrl(),
                "ADMIN_USER", StocktreeServer.ADMIN_USER, "ADMIN_PASSWORD", StocktreeServer.ADMIN_PASSWORD,
                "VIEWER_USER", viewer, "VIEWER_PASSWORD", password,
                "SCREENSHOTS", screenshots.toString(), "CHROMIUM", CHROMIUM.toString()));
        Process process = node.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(finished).as("browser tests finished in time:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("browser tests:%n%s", output).isZero();
        assertThat(output).contains("PASS view-only user sees no write actions", "PASS add and transfer stock on an item",
                "PASS view-only user sees no stock actions", "PASS scan a barcode in the header",
                "PASS create a part in a category", "PASS validate a BOM",
                "PASS parameters, price breaks, related parts, substitutes and a duplicate with its BOM").doesNotContain("FAIL ");
        assertThat(output).contains("PASS global search finds stock and locations",
                "PASS column choices follow the user to another browser", "PASS install offers only the parts of the BOM",
                "PASS parts move to a category in bulk", "PASS administrator sees a user's groups");
    }

    private static void prerequisite(boolean met, String missing) {
        if ("required".equals(System.getenv("STOCKTREE_BROWSER_TESTS"))) {
            assertThat(met).as(missing).isTrue();
        }
        assumeTrue(met, missing);
    }

    /**
     * A part with ten pieces in a new top-level location, and a second location to transfer to,
     * as the environment the stock scenarios read them from.
     */
    private static Map<String, String> createStock(String prefix) {
        String part = prefix + " stock part";
        int partId = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", part))
                .post("/api/part/").then().statusCode(201).extract().path("pk");
        String store = prefix + " store";
        String destination = prefix + " destination";
        int storeId = location(store);
        location(destination);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("part", partId, "quantity", 10, "location", storeId))
                .post("/api/stock/").then().statusCode(201);
        return Map.of("STOCK_PART", part, "STOCK_LOCATION", String.valueOf(storeId), "STOCK_LOCATION_NAME", store,
                "STOCK_DESTINATION", destination);
    }

    /**
     * A salable assembly with one line of a component, not validated, another component to substitute it
     * and a parameter template, for the part page's scenarios.
     */
    private static Map<String, String> createBom(String prefix) {
        String assembly = prefix + " assembly";
        String component = prefix + " component";
        int assemblyId = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", assembly, "assembly", true, "salable", true))
                .post("/api/part/").then().statusCode(201).extract().path("pk");
        int componentId = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", component, "component", true))
                .post("/api/part/").then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("part", assemblyId, "sub_part", componentId, "quantity", 2, "reference", "R1"))
                .post("/api/bom/").then().statusCode(201);
        String substitute = prefix + " substitute";
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", substitute, "component", true))
                .post("/api/part/").then().statusCode(201);
        String template = prefix + " length";
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", template, "units", "mm"))
                .post("/api/parameter/template/").then().statusCode(201);
        return Map.of("BOM_ASSEMBLY", String.valueOf(assemblyId), "BOM_ASSEMBLY_NAME", assembly,
                "BOM_COMPONENT", component, "BOM_SUBSTITUTE", substitute, "PARAMETER_TEMPLATE", template);
    }

    /**
     * For the install scenario: an item of an assembly whose BOM holds a trackable part with three
     * pieces in stock tracked by a batch, and a trackable part with stock that no BOM holds.
     */
    private static Map<String, String> createAssembly(String prefix) {
        int store = location(prefix + " store");
        int board = part(Map.of("name", prefix + " board", "assembly", true));
        String chip = prefix + " chip";
        String stray = prefix + " stray";
        int chipId = part(Map.of("name", chip, "component", true, "trackable", true));
        int strayId = part(Map.of("name", stray, "component", true, "trackable", true));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("part", board, "sub_part", chipId, "quantity", 2))
                .post("/api/bom/").then().statusCode(201);
        int boardItem = stockItem(Map.of("part", board, "quantity", 1, "location", store));
        stockItem(Map.of("part", chipId, "quantity", 3, "location", store, "batch", prefix + "-B1"));
        stockItem(Map.of("part", strayId, "quantity", 3, "location", store, "batch", prefix + "-B2"));
        return Map.of("INSTALL_ASSEMBLY_ITEM", String.valueOf(boardItem), "INSTALL_COMPONENT", chip,
                "INSTALL_STRAY", stray);
    }

    private static int part(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/").then().statusCode(201)
                .extract().path("pk");
    }

    private static int stockItem(Map<String, Object> body) {
        List<Integer> created = Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/stock/").then()
                .statusCode(201).extract().path("pk");
        return created.get(0);
    }

    private static int location(String name) {
        return Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/stock/location/").then().statusCode(201).extract().path("pk");
    }

    /** A user in a new group that may only view parts, categories, stock and locations. */
    private static void createViewOnlyUser(String username, String password) {
        int group = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", username + "_group"))
                .post("/api/user/group/").then().statusCode(201).extract().path("pk");
        List<Map<String, Object>> ruleSets = Api.asAdmin().get("/api/user/ruleset/?group=" + group).then()
                .statusCode(200).extract().path("");
        for (Map<String, Object> ruleSet : ruleSets) {
            if (Set.of("part", "part_category", "stock", "stock_location").contains(ruleSet.get("name"))) {
                Api.asAdmin().contentType(ContentType.JSON).body(Map.of("can_view", true))
                        .patch("/api/user/ruleset/" + ruleSet.get("pk") + "/").then().statusCode(200);
            }
        }
        int id = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "group_ids", List.of(group)))
                .post("/api/user/").then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", password))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
    }
}
