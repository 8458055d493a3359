package org.stocktree.stock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.part.RoleUsers;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Installing stock items into assembled items and taking them out again: rules, splits, history, access. */
@Tag("h2")
class InstallIT {

    private final String prefix = "I" + UUID.randomUUID().toString().substring(0, 6);

    private int part(String name, Object... flags) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", prefix + " " + name);
        body.put("component", true);
        for (int i = 0; i < flags.length; i += 2) {
            body.put((String) flags[i], flags[i + 1]);
        }
        return StockIT.part(body);
    }

    private static int line(int assembly, int component, Object... fields) {
        Map<String, Object> body = new HashMap<>(Map.of("part", assembly, "sub_part", component, "quantity", 1));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/bom/").then().statusCode(201)
                .extract().path("pk");
    }

    static Response install(int assembly, Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/stock/" + assembly + "/install/");
    }

    static Response uninstall(int item, Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/stock/" + item + "/uninstall/");
    }

    private static Response item(int id) {
        return Api.asAdmin().get("/api/stock/" + id + "/");
    }

    private static Response history(int item) {
        return Api.asAdmin().get("/api/stock/track/?item=" + item + "&limit=20");
    }

    private static void setting(String key, boolean value) {
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("value", value))
                .patch("/api/settings/global/" + key + "/").then().statusCode(200);
    }

    @Test
    void aWholeItemIsInstalledWithHistoryOnBothItems() {
        int assemblyPart = part("board", "assembly", true);
        int componentPart = part("chip");
        line(assemblyPart, componentPart);
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int assembly = StockIT.item(assemblyPart, 1, shelf);
        int component = StockIT.item(componentPart, 4, shelf);

        Response installed = install(assembly, Map.of("stock_item", component, "quantity", 4, "note", "fitted"));
        installed.then().statusCode(201).body("stock_item", equalTo(component)).body("quantity", equalTo(4))
                .body("note", equalTo("fitted"));
        ApiContract.assertResponse("post", "/api/stock/{id}/install/", 201, installed.asString());

        item(component).then().statusCode(200).body("belongs_to", equalTo(assembly)).body("location", nullValue())
                .body("quantity", equalTo(4f)).body("in_stock", equalTo(false));
        item(assembly).then().body("installed_items", equalTo(1));
        history(component).then().body("results[0].tracking_type", equalTo(30))
                .body("results[0].label", equalTo("Installed into assembly"))
                .body("results[0].deltas.stockitem", equalTo(assembly)).body("results[0].notes", equalTo("fitted"));
        history(assembly).then().body("results[0].tracking_type", equalTo(35))
                .body("results[0].label", equalTo("Installed component item"))
                .body("results[0].deltas.stockitem", equalTo(component));
        Api.asAdmin().get("/api/stock/?limit=10&belongs_to=" + assembly).then().body("results.pk", contains(component));
    }

    @Test
    void partOfAnItemIsSplitOffAndInstalled() {
        int assemblyPart = part("frame", "assembly", true);
        int componentPart = part("screw");
        line(assemblyPart, componentPart);
        int shelf = LocationIT.location(prefix + " Bin", null);
        int assembly = StockIT.item(assemblyPart, 1, shelf);
        int component = StockIT.item(componentPart, 10, shelf);

        install(assembly, Map.of("stock_item", component, "quantity", 3)).then().statusCode(201)
                .body("quantity", equalTo(3)).body("note", equalTo(""));

        item(component).then().body("quantity", equalTo(7f)).body("location", equalTo(shelf))
                .body("belongs_to", nullValue());
        List<Integer> inside = Api.asAdmin().get("/api/stock/?limit=10&belongs_to=" + assembly).then().extract().path("results.pk");
        int split = inside.get(0);
        item(split).then().body("quantity", equalTo(3f)).body("parent", equalTo(component))
                .body("belongs_to", equalTo(assembly)).body("location", nullValue());
        history(component).then().body("results[0].tracking_type", equalTo(42))
                .body("results[0].deltas.stockitem", equalTo(split)).body("results[0].deltas.quantity", equalTo(7f));
        history(split).then().body("results.tracking_type", contains(30, 40))
                .body("results[0].deltas.stockitem", equalTo(assembly))
                .body("results[1].deltas.stockitem", equalTo(component));
        history(assembly).then().body("results[0].deltas.stockitem", equalTo(split));

        // without a quantity one unit is installed, as InvenTree's default says
        install(assembly, Map.of("stock_item", component)).then().statusCode(201).body("quantity", equalTo(1));
        item(component).then().body("quantity", equalTo(6f));
    }

    @Test
    void variantsAndSubstitutesOfBomComponentsMayBeInstalled() {
        int assemblyPart = part("radio", "assembly", true);
        int template = part("valve", "is_template", true);
        int variant = part("valve v2", "variant_of", template);
        int main = part("knob");
        int substitute = part("knob alt");
        line(assemblyPart, template, "allow_variants", true);
        int knobLine = line(assemblyPart, main);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("bom_item", knobLine, "part", substitute))
                .post("/api/bom/substitute/").then().statusCode(201);
        int assembly = StockIT.item(assemblyPart, 1, null);

        install(assembly, Map.of("stock_item", StockIT.item(variant, 1, null))).then().statusCode(201);
        install(assembly, Map.of("stock_item", StockIT.item(substitute, 1, null))).then().statusCode(201);
        item(assembly).then().body("installed_items", equalTo(2));
    }

    @Test
    void refusedInstallationsChangeNothing() {
        int assemblyPart = part("lamp", "assembly", true);
        int componentPart = part("bulb");
        int strangerPart = part("sock");
        line(assemblyPart, componentPart);
        int assembly = StockIT.item(assemblyPart, 1, null);
        int otherAssembly = StockIT.item(assemblyPart, 1, null);
        int component = StockIT.item(componentPart, 2, null);
        int stranger = StockIT.item(strangerPart, 2, null);

        install(assembly, Map.of("stock_item", stranger)).then().statusCode(400)
                .body("stock_item", contains("Selected part is not in the Bill of Materials"));
        install(assembly, Map.of("stock_item", component, "quantity", 3)).then().statusCode(400)
                .body("quantity", contains("Quantity to install must not exceed available quantity"));
        install(assembly, Map.of("stock_item", component, "quantity", 0)).then().statusCode(400)
                .body("quantity", contains("Ensure this value is greater than or equal to 1."));
        install(assembly, Map.of("quantity", 1)).then().statusCode(400)
                .body("stock_item", contains("This field is required."));
        install(assembly, Map.of("stock_item", 99_999_999)).then().statusCode(400)
                .body("stock_item", contains("Invalid pk \"99999999\" - object does not exist."));
        install(99_999_999, Map.of("stock_item", component)).then().statusCode(404);
        install(assembly, Map.of("stock_item", assembly)).then().statusCode(400)
                .body("stock_item", contains("Stock item cannot be installed into itself"));

        install(otherAssembly, Map.of("stock_item", component, "quantity", 2)).then().statusCode(201);
        install(assembly, Map.of("stock_item", component)).then().statusCode(400)
                .body("stock_item", contains("Stock item is unavailable"));
        int damaged = StockIT.stock(Map.of("part", componentPart, "quantity", 1, "status", 55)).get(0);
        install(assembly, Map.of("stock_item", damaged)).then().statusCode(201);
        int lost = StockIT.stock(Map.of("part", componentPart, "quantity", 1, "status", 70)).get(0);
        install(assembly, Map.of("stock_item", lost)).then().statusCode(400)
                .body("stock_item", contains("Stock item is unavailable"));

        item(stranger).then().body("quantity", equalTo(2f)).body("belongs_to", nullValue());
        item(assembly).then().body("installed_items", equalTo(1));
        history(stranger).then().body("count", equalTo(1));
    }

    @Test
    void withoutBomEnforcementAnyPartMayBeInstalled() {
        int assemblyPart = part("kit", "assembly", true);
        int strangerPart = part("spare");
        int assembly = StockIT.item(assemblyPart, 1, null);
        int stranger = StockIT.item(strangerPart, 1, null);
        setting("STOCK_ENFORCE_BOM_INSTALLATION", false);
        try {
            install(assembly, Map.of("stock_item", stranger)).then().statusCode(201);
            // an item never goes into an item installed in it
            install(stranger, Map.of("stock_item", assembly)).then().statusCode(400)
                    .body("stock_item", contains("Stock item cannot be installed into itself"));
        } finally {
            setting("STOCK_ENFORCE_BOM_INSTALLATION", true);
        }
        item(stranger).then().body("belongs_to", equalTo(assembly));
    }

    @Test
    void anInstalledItemIsUninstalledIntoALocation() {
        int assemblyPart = part("engine", "assembly", true);
        int componentPart = part("piston");
        line(assemblyPart, componentPart);
        int shelf = LocationIT.location(prefix + " Engine shelf", null);
        int structural = LocationIT.location(prefix + " Hall", null, Map.of("structural", true));
        int assembly = StockIT.item(assemblyPart, 1, shelf);
        int component = StockIT.item(componentPart, 1, shelf);
        install(assembly, Map.of("stock_item", component)).then().statusCode(201);

        uninstall(component, Map.of()).then().statusCode(400).body("location", contains("This field is required."));
        uninstall(component, Map.of("location", structural)).then().statusCode(400)
                .body("location", contains("Stock items cannot be located into structural stock locations!"));
        uninstall(99_999_999, Map.of("location", shelf)).then().statusCode(404);
        item(component).then().body("belongs_to", equalTo(assembly));

        Response removed = uninstall(component, Map.of("location", shelf, "note", "worn"));
        removed.then().statusCode(201).body("location", equalTo(shelf)).body("note", equalTo("worn"));
        ApiContract.assertResponse("post", "/api/stock/{id}/uninstall/", 201, removed.asString());
        item(component).then().body("belongs_to", nullValue()).body("location", equalTo(shelf))
                .body("in_stock", equalTo(true));
        item(assembly).then().body("installed_items", equalTo(0));
        history(component).then().body("results[0].tracking_type", equalTo(31))
                .body("results[0].label", equalTo("Removed from assembly"))
                .body("results[0].deltas.stockitem", equalTo(assembly))
                .body("results[0].deltas.location", equalTo(shelf)).body("results[0].notes", equalTo("worn"));
        history(assembly).then().body("results[0].tracking_type", equalTo(36))
                .body("results[0].label", equalTo("Removed component item"))
                .body("results[0].deltas.stockitem", equalTo(component));

        uninstall(component, Map.of("location", shelf)).then().statusCode(400)
                .body("non_field_errors", contains("Stock item is not installed in another item"));
    }

    @Test
    void optionsDescribeTheFormsFields() {
        int item = StockIT.item(part("case"), 1, null);
        Api.asAdmin().options("/api/stock/" + item + "/install/").then().statusCode(200)
                .body("actions.POST.stock_item.required", equalTo(true))
                .body("actions.POST.quantity.default", equalTo(1));
        Api.asAdmin().options("/api/stock/" + item + "/uninstall/").then().statusCode(200)
                .body("actions.POST.location.required", equalTo(true));
    }

    @Test
    void installingNeedsTheStockRolesAddPermission() {
        int assemblyPart = part("cart", "assembly", true);
        int componentPart = part("wheel");
        line(assemblyPart, componentPart);
        int assembly = StockIT.item(assemblyPart, 1, null);
        int component = StockIT.item(componentPart, 1, null);
        String viewer = RoleUsers.with("stock", "view");
        RoleUsers.as(viewer).contentType(ContentType.JSON).body(Map.of("stock_item", component))
                .post("/api/stock/" + assembly + "/install/").then().statusCode(403);
        RoleUsers.as(viewer).contentType(ContentType.JSON).body(Map.of("location", 1))
                .post("/api/stock/" + component + "/uninstall/").then().statusCode(403);
        Api.anonymous().contentType(ContentType.JSON).body(Map.of("stock_item", component))
                .post("/api/stock/" + assembly + "/install/").then().statusCode(401);
        String adder = RoleUsers.with("stock", "view", "add");
        RoleUsers.as(adder).contentType(ContentType.JSON).body(Map.of("stock_item", component))
                .post("/api/stock/" + assembly + "/install/").then().statusCode(201);
    }

    @Test
    void stockFilteredByBomLineListsWhatTheLineMayUse() {
        int assemblyPart = part("panel", "assembly", true);
        int knob = part("knob", "is_template", true);
        int knobVariant = part("knob red", "variant_of", knob);
        int substitute = part("knob spare");
        int unrelated = part("screw");
        int withVariants = line(assemblyPart, knob, "allow_variants", true);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("bom_item", withVariants, "part", substitute))
                .post("/api/bom/substitute/").then().statusCode(201);
        int assemblyTwo = part("cabinet", "assembly", true);
        int exact = line(assemblyTwo, knob, "allow_variants", false);
        int knobItem = StockIT.item(knob, 1, null);
        int variantItem = StockIT.item(knobVariant, 1, null);
        int substituteItem = StockIT.item(substitute, 1, null);
        StockIT.item(unrelated, 1, null);

        Api.asAdmin().get("/api/stock/?bom_item=" + withVariants).then().statusCode(200)
                .body("pk", containsInAnyOrder(knobItem, variantItem, substituteItem));
        Api.asAdmin().get("/api/stock/?bom_item=" + exact).then().statusCode(200)
                .body("pk", contains(knobItem));
        Api.asAdmin().get("/api/stock/?bom_item=999999999").then().statusCode(400)
                .body("bom_item[0]", equalTo("Select a valid choice. That choice is not one of the available choices."));
    }
}
