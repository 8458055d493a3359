package org.stocktree.part;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/** {@code convert_from}: the parts a stock item of a part may become, within its template tree. */
@Tag("h2")
class PartConversionIT {

    private final String prefix = "Cv" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void variantsTheTemplateAndSiblingsButNeitherInactiveNorVirtualParts() {
        int template = part("template", null, true, Map.of());
        int variant = part("variant", template, true, Map.of());
        int sibling = part("sibling", template, false, Map.of());
        int inactiveSibling = part("inactive", template, false, Map.of("active", false));
        int virtualSibling = part("virtual", template, false, Map.of("virtual", true));
        int child = part("child", variant, true, Map.of());
        int grandchild = part("grandchild", child, false, Map.of());
        int unrelated = part("unrelated", null, false, Map.of());

        Api.asAdmin().get("/api/part/?convert_from=" + variant).then().statusCode(200)
                .body("pk", containsInAnyOrder(template, sibling, child, grandchild));
        Api.asAdmin().get("/api/part/?convert_from=" + template).then().statusCode(200)
                .body("pk", containsInAnyOrder(variant, sibling, child, grandchild));
        Api.asAdmin().get("/api/part/?convert_from=" + grandchild).then().statusCode(200)
                .body("pk", containsInAnyOrder(child));
        Api.asAdmin().get("/api/part/?convert_from=" + unrelated).then().statusCode(200).body("size()", equalTo(0));
        Api.asAdmin().get("/api/part/?convert_from=" + variant + "&limit=2&ordering=name").then().statusCode(200)
                .body("count", equalTo(4));
        Api.asAdmin().get("/api/part/?convert_from=99999999").then().statusCode(400)
                .body("convert_from[0]", equalTo("Select a valid choice. That choice is not one of the available choices."));
        Api.asAdmin().get("/api/part/?convert_from=" + inactiveSibling).then().statusCode(200)
                .body("pk", containsInAnyOrder(template, variant, sibling));
        Api.asAdmin().get("/api/part/?convert_from=" + virtualSibling).then().statusCode(200)
                .body("pk", containsInAnyOrder(template, variant, sibling));
    }

    private int part(String name, Integer variantOf, boolean template, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("name", prefix + " " + name);
        body.put("is_template", template);
        body.put("variant_of", variantOf);
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/").then().statusCode(201)
                .extract().path("pk");
    }
}
