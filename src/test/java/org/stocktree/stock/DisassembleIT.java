package org.stocktree.stock;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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

/** Breaking assembly stock apart into component stock: lines, places, prices, history, refusals, access. */
@Tag("h2")
class DisassembleIT {

    private final String prefix = "D" + UUID.randomUUID().toString().substring(0, 6);

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

    private static Map<String, Object> component(int bomItem, Object quantity, Object... fields) {
        Map<String, Object> line = new HashMap<>(Map.of("bom_item", bomItem, "quantity", quantity));
        for (int i = 0; i < fields.length; i += 2) {
            line.put((String) fields[i], fields[i + 1]);
        }
        return line;
    }

    static Response disassemble(int item, Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/stock/" + item + "/disassemble/");
    }

    private static Response item(int id) {
        return Api.asAdmin().get("/api/stock/" + id + "/");
    }

    private static Response history(int item) {
        return Api.asAdmin().get("/api/stock/track/?item=" + item + "&limit=20");
    }

    @Test
    void assembliesBreakIntoComponentStockWithPlacesStatusPricesAndHistory() {
        int template = part("kit", "assembly", true, "is_template", true);
        int kit = part("kit blue", "assembly", true, "variant_of", template);
        int screw = part("screw");
        int panel = part("panel");
        int manual = part("manual");
        int screwLine = line(kit, screw, "quantity", 2);
        int panelLine = line(kit, panel);
        int manualLine = line(template, manual, "inherited", true);   // inherited from the template
        int shelf = LocationIT.location(prefix + " Shelf", null);
        int depot = LocationIT.location(prefix + " Depot", null);
        int bin = LocationIT.location(prefix + " Bin", null);
        int kits = StockIT.stock(Map.of("part", kit, "quantity", 5, "location", shelf, "purchase_price", "10",
                "purchase_price_currency", "EUR")).get(0);

        Response done = disassemble(kits, Map.of("quantity", 2, "location", depot, "notes", "opened",
                "items", List.of(component(screwLine, 4, "location", bin),
                        component(panelLine, 2, "status", 55, "purchase_price", "3", "purchase_price_currency", "USD"),
                        component(manualLine, "2"))));
        done.then().statusCode(201).body("$", hasSize(3))
                .body("[0].part", equalTo(screw)).body("[0].quantity", equalTo(4f)).body("[0].location", equalTo(bin))
                .body("[0].status", equalTo(10))
                // 2 kits at 10 EUR, less 2 panels at 3: 14 EUR over the 6 unpriced units
                .body("[0].purchase_price", equalTo("2.333333")).body("[0].purchase_price_currency", equalTo("EUR"))
                .body("[1].part", equalTo(panel)).body("[1].location", equalTo(depot)).body("[1].status", equalTo(55))
                .body("[1].purchase_price", equalTo("3.000000")).body("[1].purchase_price_currency", equalTo("USD"))
                .body("[2].part", equalTo(manual)).body("[2].location", equalTo(depot))
                .body("[2].purchase_price", equalTo("2.333333"));
        ApiContract.assertResponse("post", "/api/stock/{id}/disassemble/", 201, done.asString());
        item(kits).then().body("quantity", equalTo(3f)).body("location", equalTo(shelf));
        history(kits).then().body("results[0].tracking_type", equalTo(12))
                .body("results[0].deltas.removed", equalTo(2f)).body("results[0].deltas.quantity", equalTo(3f))
                .body("results[0].notes", equalTo("opened"));
        int screws = done.then().extract().path("[0].pk");
        history(screws).then().body("count", equalTo(1)).body("results[0].tracking_type", equalTo(1))
                .body("results[0].deltas.stockitem", equalTo(kits)).body("results[0].deltas.quantity", equalTo(4f))
                .body("results[0].deltas.location", equalTo(bin)).body("results[0].notes", equalTo("opened"));

        // without a default location the components go where the assembly item is
        disassemble(kits, Map.of("quantity", 1, "items", List.of(component(panelLine, 1)))).then().statusCode(201)
                .body("[0].location", equalTo(shelf)).body("[0].purchase_price", equalTo("10.000000"));
        item(kits).then().body("quantity", equalTo(2f));
    }

    @Test
    void anItemWithoutPriceGivesUnpricedComponentsAndADepletedItemIsDeletedWhenMarked() {
        int kit = part("pack", "assembly", true);
        int nut = part("nut");
        int nutLine = line(kit, nut, "quantity", 10);
        int packs = StockIT.stock(Map.of("part", kit, "quantity", 1, "delete_on_deplete", true)).get(0);
        int kept = StockIT.stock(Map.of("part", kit, "quantity", 1, "delete_on_deplete", false)).get(0);

        disassemble(packs, Map.of("quantity", 1, "items", List.of(component(nutLine, 10)))).then().statusCode(201)
                .body("[0].quantity", equalTo(10f)).body("[0].purchase_price", nullValue())
                .body("[0].location", nullValue());
        item(packs).then().statusCode(404);
        // both items' creation entries and the deleted item's disassembly entry are kept
        Api.asAdmin().get("/api/stock/track/?part=" + kit + "&limit=10").then().body("count", equalTo(3));
        disassemble(kept, Map.of("quantity", "1", "items", List.of(component(nutLine, 10)))).then().statusCode(201);
        item(kept).then().statusCode(200).body("quantity", equalTo(0f));
    }

    @Test
    void aSerializedAssemblyIsDisassembledWhole() {
        int robot = part("robot", "assembly", true, "trackable", true);
        int arm = part("arm");
        int armLine = line(robot, arm, "quantity", 2);
        int unit = StockIT.stock(Map.of("part", robot, "quantity", 1, "serial_numbers", prefix + "-1")).get(0);
        disassemble(unit, Map.of("quantity", 2, "items", List.of(component(armLine, 2)))).then().statusCode(400)
                .body("quantity", contains("Quantity must not exceed available stock quantity (1)"));
        disassemble(unit, Map.of("quantity", 1, "items", List.of(component(armLine, 2)))).then().statusCode(201);
        item(unit).then().statusCode(200).body("quantity", equalTo(0f));
    }

    @Test
    void refusalsChangeNothing() {
        int kit = part("box", "assembly", true);
        int other = part("crate", "assembly", true);
        int plain = part("plank");
        int virtualPart = part("licence", "virtual", true);
        int wheel = part("wheel");
        int wheelLine = line(kit, wheel, "quantity", 4);
        int foreignLine = line(other, wheel);
        int virtualLine = line(kit, virtualPart);
        int structural = LocationIT.location(prefix + " Hall", null, Map.of("structural", true));
        int boxes = StockIT.item(kit, 3, null);
        int planks = StockIT.item(plain, 3, null);
        Map<String, Object> valid = component(wheelLine, 4);

        disassemble(planks, Map.of("quantity", 1, "items", List.of(valid))).then().statusCode(400)
                .body("non_field_errors", contains("Stock item is not an assembly"));
        disassemble(boxes, Map.of("quantity", 0, "items", List.of(valid))).then().statusCode(400)
                .body("quantity", contains("Quantity must be greater than zero"));
        disassemble(boxes, Map.of("quantity", -1, "items", List.of(valid))).then().statusCode(400)
                .body("quantity", contains("Quantity must be greater than zero"));
        disassemble(boxes, Map.of("quantity", 4, "items", List.of(valid))).then().statusCode(400)
                .body("quantity", contains("Quantity must not exceed available stock quantity (3)"));
        disassemble(boxes, Map.of("quantity", "many", "items", List.of(valid))).then().statusCode(400)
                .body("quantity", contains("A valid number is required."));
        disassemble(boxes, Map.of("items", List.of(valid))).then().statusCode(400)
                .body("quantity", contains("This field is required."));
        disassemble(boxes, Map.of("quantity", 1)).then().statusCode(400)
                .body("items", contains("This field is required."));
        disassemble(boxes, Map.of("quantity", 1, "items", List.of())).then().statusCode(400)
                .body("items", contains("At least one component line must be provided"));
        disassemble(boxes, Map.of("quantity", 1, "location", structural, "items", List.of(valid))).then().statusCode(400)
                .body("location", contains("Stock items cannot be located into structural stock locations!"));
        disassemble(boxes, Map.of("quantity", 1, "location", 99_999_999, "items", List.of(valid))).then()
                .statusCode(400).body("location", contains("Invalid pk \"99999999\" - object does not exist."));
        Map<List<Map<String, Object>>, String> badLines = Map.of(
                List.of(component(foreignLine, 1)), "bom_item: BOM item does not belong to the assembly of this stock item",
                List.of(component(99_999_999, 1)), "bom_item: Invalid pk \"99999999\" - object does not exist.",
                List.of(Map.of("quantity", 1)), "bom_item: This field is required.",
                List.of(valid, component(wheelLine, 0)), "quantity: Quantity must be greater than zero",
                List.of(component(wheelLine, "x")), "quantity: A valid number is required.",
                List.of(Map.of("bom_item", wheelLine)), "quantity: This field is required.",
                List.of(component(wheelLine, 1, "location", structural)),
                        "location: Stock items cannot be located into structural stock locations!",
                List.of(component(wheelLine, 1, "location", 99_999_999)),
                        "location: Invalid pk \"99999999\" - object does not exist.",
                List.of(component(wheelLine, 1, "purchase_price", "-1")),
                        "purchase_price: Ensure this value is greater than or equal to 0.",
                List.of(component(virtualLine, 1)), "bom_item: Stock item cannot be created for virtual parts");
        // each refusal stands in the place of its line, under the line's field
        badLines.forEach((lines, message) -> {
            String[] fieldAndText = message.split(": ", 2);
            disassemble(boxes, Map.of("quantity", 1, "items", lines)).then().statusCode(400)
                    .body("items", hasSize(lines.size()))
                    .body("items[" + (lines.size() - 1) + "]." + fieldAndText[0], contains(fieldAndText[1]));
        });
        disassemble(boxes, Map.of("quantity", 1, "items", List.of(valid, component(wheelLine, 0),
                component(wheelLine, 1, "status", 12345)))).then().statusCode(400)
                .body("items[0]", anEmptyMap())
                .body("items[1].quantity", contains("Quantity must be greater than zero"))
                .body("items[2].status", contains("\"12345\" is not a valid choice."));
        disassemble(99_999_999, Map.of("quantity", 1, "items", List.of(valid))).then().statusCode(404);

        item(boxes).then().body("quantity", equalTo(3f));
        history(boxes).then().body("count", equalTo(1));
        Api.asAdmin().get("/api/stock/?part=" + wheel).then().body("$", hasSize(0));

        String viewer = RoleUsers.with("stock", "view");
        RoleUsers.as(viewer).contentType(ContentType.JSON).body(Map.of("quantity", 1, "items", List.of(valid)))
                .post("/api/stock/" + boxes + "/disassemble/").then().statusCode(403);
        Api.anonymous().contentType(ContentType.JSON).body(Map.of("quantity", 1, "items", List.of(valid)))
                .post("/api/stock/" + boxes + "/disassemble/").then().statusCode(401);
        disassemble(boxes, Map.of("quantity", 1, "items", List.of(valid))).then().statusCode(201);
        item(boxes).then().body("quantity", equalTo(2f));
    }
}
