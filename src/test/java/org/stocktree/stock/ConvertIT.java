package org.stocktree.stock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.part.RoleUsers;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Converting stock to another part of its variant tree: the options, the refusals, history, access. */
@Tag("h2")
class ConvertIT {

    private final String prefix = "V" + UUID.randomUUID().toString().substring(0, 6);

    static Response convert(int item, Object part) {
        return Api.asAdmin().contentType(ContentType.JSON).body(part == null ? Map.of() : Map.of("part", part))
                .post("/api/stock/" + item + "/convert/");
    }

    private int part(String name, Object... flags) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", prefix + " " + name);
        for (int i = 0; i < flags.length; i += 2) {
            body.put((String) flags[i], flags[i + 1]);
        }
        return StockIT.part(body);
    }

    @Test
    void stockBecomesAVariantTheTemplateOrASibling() {
        int template = part("shirt", "is_template", true);
        int red = part("shirt red", "variant_of", template, "is_template", true);
        int blue = part("shirt blue", "variant_of", template);
        int darkRed = part("shirt dark red", "variant_of", red);
        int item = StockIT.item(red, 3, null);

        Response converted = convert(item, darkRed);
        converted.then().statusCode(201).body("part", equalTo(darkRed));
        ApiContract.assertResponse("post", "/api/stock/{id}/convert/", 201, converted.asString());
        Api.asAdmin().get("/api/stock/" + item + "/").then().body("part", equalTo(darkRed)).body("quantity", equalTo(3f));
        Api.asAdmin().get("/api/stock/track/?item=" + item + "&limit=5").then()
                .body("results[0].tracking_type", equalTo(48)).body("results[0].label", equalTo("Converted to variant"))
                .body("results[0].deltas.part", equalTo(darkRed))
                .body("results[0].notes", equalTo("Converted to part: " + prefix + " shirt dark red"));

        convert(item, red).then().statusCode(201);           // its template
        convert(item, blue).then().statusCode(201);          // a sibling of red
        convert(item, template).then().statusCode(201);      // blue's template
        convert(item, darkRed).then().statusCode(201);       // a variant further down
        Api.asAdmin().get("/api/stock/" + item + "/").then().body("part", equalTo(darkRed));
        // converting to its own part changes nothing and records nothing
        int entries = Api.asAdmin().get("/api/stock/track/?item=" + item + "&limit=1").then().extract().path("count");
        convert(item, darkRed).then().statusCode(201);
        Api.asAdmin().get("/api/stock/track/?item=" + item + "&limit=1").then().body("count", equalTo(entries));
    }

    @Test
    void partsOutsideTheOptionsAreRefused() {
        int template = part("cable", "is_template", true);
        int longCable = part("cable long", "variant_of", template, "is_template", true);
        int shortCable = part("cable short", "variant_of", template);
        int longer = part("cable longer", "variant_of", longCable);
        int inactive = part("cable old", "variant_of", template, "active", false);
        int virtualPart = part("cable licence", "variant_of", template, "virtual", true);
        int stranger = part("plug");
        int item = StockIT.item(longer, 2, null);

        for (int refused : new int[] {stranger, inactive, virtualPart, template, shortCable}) {
            // the template's template and the template's siblings are not options
            convert(item, refused).then().statusCode(400)
                    .body("part", contains("Selected part is not a valid option for conversion"));
        }
        convert(item, null).then().statusCode(400).body("part", contains("This field is required."));
        convert(item, 99_999_999).then().statusCode(400)
                .body("part", contains("Invalid pk \"99999999\" - object does not exist."));
        convert(99_999_999, longCable).then().statusCode(404);
        Api.asAdmin().get("/api/stock/" + item + "/").then().body("part", equalTo(longer));
        Api.asAdmin().get("/api/stock/track/?item=" + item + "&limit=1").then().body("count", equalTo(1));

        String viewer = RoleUsers.with("stock", "view");
        RoleUsers.as(viewer).contentType(ContentType.JSON).body(Map.of("part", longCable))
                .post("/api/stock/" + item + "/convert/").then().statusCode(403);
        Api.anonymous().contentType(ContentType.JSON).body(Map.of("part", longCable))
                .post("/api/stock/" + item + "/convert/").then().statusCode(401);
        convert(item, longCable).then().statusCode(201);
    }

    @Test
    void stockFromASupplierPartIsNotConverted() {
        int template = part("fuse", "is_template", true);
        int variant = part("fuse fast", "variant_of", template);
        int supplierPart = StockIT.supplierPart(template);
        int item = StockIT.stock(Map.of("part", template, "quantity", 1, "supplier_part", supplierPart)).get(0);
        convert(item, variant).then().statusCode(400)
                .body("non_field_errors", contains("Cannot convert stock item with assigned SupplierPart"));
    }
}
