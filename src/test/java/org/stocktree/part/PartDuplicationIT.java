package org.stocktree.part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/** {@code duplicate} of a part's creation: what is copied by default, what on request, and bad options. */
@Tag("h2")
class PartDuplicationIT {

    private final String prefix = "Dup" + UUID.randomUUID().toString().substring(0, 6);

    private static int post(String path, Map<String, ?> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post(path).then().log().ifValidationFails().statusCode(201)
                .extract().path("pk");
    }

    /** An assembly with notes, an image, a BOM line, a test template and a parameter. */
    private int original() {
        int original = post("/api/part/", Map.of("name", prefix + " original", "assembly", true, "testable", true,
                "notes", "Handle with care"));
        Api.asAdmin().multiPart("image", prefix + ".png", PartImageIT.png(40, 20), "image/png")
                .patch("/api/part/" + original + "/").then().statusCode(200);
        int component = post("/api/part/", Map.of("name", prefix + " screw", "component", true));
        post("/api/bom/", Map.of("part", original, "sub_part", component, "quantity", 4));
        post("/api/part/test-template/", Map.of("part", original, "test_name", prefix + " Leak test"));
        int template = post("/api/parameter/template/", Map.of("name", prefix + " Length", "units", "mm"));
        post("/api/parameter/", Map.of("template", template, "model_type", "part.part", "model_id", original,
                "data", "10 mm"));
        return original;
    }

    private static JsonPath part(int id) {
        return Api.asAdmin().get("/api/part/" + id + "/").then().statusCode(200).extract().jsonPath();
    }

    private static List<Object> list(String path, String filter, int id) {
        return Api.asAdmin().queryParam(filter, id).get(path).then().statusCode(200).extract().jsonPath().getList("");
    }

    private static List<Object> parameters(int part) {
        return Api.asAdmin().queryParam("model_type", "part.part").queryParam("model_id", part).get("/api/parameter/")
                .then().statusCode(200).extract().jsonPath().getList("data");
    }

    @Test
    void everythingChosenIsCopied() {
        int original = original();
        Map<String, Object> options = Map.of("original", original, "copy_image", true, "copy_bom", true,
                "copy_tests", true, "copy_parameters", true, "copy_notes", true);
        int copy = post("/api/part/", Map.of("name", prefix + " copy", "assembly", true, "testable", true,
                "duplicate", options));

        JsonPath copied = part(copy);
        assertThat(copied.getString("notes")).isEqualTo("Handle with care");
        assertThat(copied.getString("image")).isNotNull().isEqualTo(part(original).getString("image"));
        List<Map<String, Object>> bom = Api.asAdmin().queryParam("part", copy).get("/api/bom/").then()
                .statusCode(200).extract().jsonPath().getList("");
        assertThat(bom).hasSize(1);
        assertThat(((Number) bom.get(0).get("quantity")).doubleValue()).isEqualTo(4.0);
        List<String> tests = Api.asAdmin().queryParam("part", copy).get("/api/part/test-template/").then()
                .statusCode(200).extract().jsonPath().getList("key");
        assertThat(tests).containsExactly(prefix.toLowerCase(java.util.Locale.ROOT) + "leaktest");
        assertThat(parameters(copy)).containsExactly("10 mm");
        assertThat(list("/api/bom/", "part", original)).as("the original keeps its BOM").hasSize(1);
    }

    @Test
    void byDefaultNotesAndParametersAreCopiedButNotTheBomTestsOrImage() {
        int original = original();
        int copy = post("/api/part/", Map.of("name", prefix + " plain copy", "assembly", true, "testable", true,
                "duplicate", Map.of("original", original)));

        JsonPath copied = part(copy);
        assertThat(copied.getString("notes")).isEqualTo("Handle with care");
        assertThat(copied.getString("image")).isNull();
        assertThat(parameters(copy)).containsExactly("10 mm");
        assertThat(list("/api/bom/", "part", copy)).isEmpty();
        assertThat(list("/api/part/test-template/", "part", copy)).isEmpty();
    }

    @Test
    void aBomIsCopiedOnlyIntoAnAssemblyAndTestsOnlyIntoATestablePart() {
        int original = original();
        int copy = post("/api/part/", Map.of("name", prefix + " bare copy", "duplicate",
                Map.of("original", original, "copy_bom", true, "copy_tests", true, "copy_notes", false)));
        assertThat(list("/api/bom/", "part", copy)).isEmpty();
        // the test-template list refuses a part that is not testable, so look the test up by its name
        List<Integer> owners = Api.asAdmin().queryParam("search", prefix).get("/api/part/test-template/").then()
                .statusCode(200).extract().jsonPath().getList("part");
        assertThat(owners).containsExactly(original);
        Api.asAdmin().get("/api/part/" + copy + "/").then().body("notes", nullValue());
    }

    @Test
    void badOptionsAnswer400OnDuplicateAndCreateNothing() {
        Map<String, Object> unknown = new HashMap<>();
        unknown.put("name", prefix + " orphan copy");
        unknown.put("duplicate", Map.of("original", 99_999_999));
        Api.asAdmin().contentType(ContentType.JSON).body(unknown).post("/api/part/").then().statusCode(400)
                .body("$", hasKey("duplicate"))
                .body("duplicate[0]", equalTo("original: Invalid pk \"99999999\" - object does not exist."));
        unknown.put("duplicate", Map.of("copy_bom", true));
        Api.asAdmin().contentType(ContentType.JSON).body(unknown).post("/api/part/").then().statusCode(400)
                .body("duplicate[0]", equalTo("original: This field is required."));
        unknown.put("duplicate", "not an object");
        Api.asAdmin().contentType(ContentType.JSON).body(unknown).post("/api/part/").then().statusCode(400)
                .body("$", hasKey("duplicate"));
        assertThat(Api.asAdmin().queryParam("search", prefix + " orphan copy").get("/api/part/").then()
                .statusCode(200).extract().jsonPath().getList("")).isEmpty();
    }
}
