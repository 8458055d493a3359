package org.stocktree.part;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/** {@code /api/part/{id}/requirements/} and {@code serial-numbers/} answer from the stock that exists. */
@Tag("h2")
class PartRequirementsIT {

    private final String prefix = "Req" + UUID.randomUUID().toString().substring(0, 6);

    private static int post(String path, Map<String, ?> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post(path).then().log().ifValidationFails()
                .statusCode(201).extract().path(path.equals("/api/stock/") ? "[0].pk" : "pk");
    }

    @Test
    void stockOnHandAndWhatTheComponentsCanBuild() {
        int screw = post("/api/part/", Map.of("name", prefix + " screw", "initial_stock", Map.of("quantity", 7)));
        int plate = post("/api/part/", Map.of("name", prefix + " plate", "initial_stock", Map.of("quantity", 5)));
        int glue = post("/api/part/", Map.of("name", prefix + " glue", "consumable", true));
        int assembly = post("/api/part/", Map.of("name", prefix + " box", "assembly", true));
        post("/api/bom/", Map.of("part", assembly, "sub_part", screw, "quantity", 2));
        post("/api/bom/", Map.of("part", assembly, "sub_part", plate, "quantity", 1));
        post("/api/bom/", Map.of("part", assembly, "sub_part", glue, "quantity", 1, "consumable", true));

        Api.asAdmin().get("/api/part/" + screw + "/requirements/").then().statusCode(200)
                .body("total_stock", equalTo(7.0f))
                .body("unallocated_stock", equalTo(7.0f))
                .body("can_build", equalTo(0.0f));
        Api.asAdmin().get("/api/part/" + assembly + "/requirements/").then().statusCode(200)
                .body("total_stock", equalTo(0.0f))
                .body("can_build", equalTo(3.0f)); // 7 screws make 3 (two each); the glue is consumable

        int substitute = post("/api/part/", Map.of("name", prefix + " bolt", "initial_stock", Map.of("quantity", 1)));
        int screwLine = Api.asAdmin().queryParam("part", assembly).queryParam("sub_part", screw).get("/api/bom/")
                .then().statusCode(200).extract().path("[0].pk");
        post("/api/bom/substitute/", Map.of("bom_item", screwLine, "part", substitute));
        Api.asAdmin().get("/api/part/" + assembly + "/requirements/").then().statusCode(200)
                .body("can_build", equalTo(4.0f)); // 7 screws and a bolt: 8, two each
    }

    @Test
    void serialNumbersContinueFromTheHighestInUse() {
        int tracked = post("/api/part/", Map.of("name", prefix + " tracked", "trackable", true));
        Api.asAdmin().get("/api/part/" + tracked + "/serial-numbers/").then().statusCode(200)
                .body("latest", nullValue())
                .body("next", equalTo("1"));
        post("/api/stock/", Map.of("part", tracked, "quantity", 3, "serial_numbers", "5-7"));
        Api.asAdmin().get("/api/part/" + tracked + "/serial-numbers/").then().statusCode(200)
                .body("latest", equalTo("7"))
                .body("next", equalTo("8"));
    }
}
