package org.stocktree.part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/** What the start-up import made of InvenTree's test-template and related-part fixtures. */
@Tag("h2")
class PartExtrasImportIT {

    @Test
    void theChairTemplateHasItsTestTemplates() {
        List<Map<String, Object>> tests = Api.asAdmin().queryParam("part", 10000).queryParam("ordering", "test_name")
                .get("/api/part/test-template/").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(tests).extracting(test -> test.get("key")).containsExactly(
                "applypaint", "attachlegs", "recordweight", "sewcushion", "teststrengthofchair");
        assertThat(tests).extracting(test -> test.get("pk")).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        Api.asAdmin().get("/api/part/test-template/5/").then().statusCode(200)
                .body("test_name", equalTo("Record weight")).body("required", equalTo(false))
                .body("enabled", equalTo(true)).body("part", equalTo(10000));
        // the green chair inherits the chair's five tests and has one of its own
        List<Integer> green = Api.asAdmin().queryParam("part", 10003).get("/api/part/test-template/").then()
                .statusCode(200).extract().jsonPath().getList("pk");
        assertThat(green).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        List<Integer> widget = Api.asAdmin().queryParam("part", 25).get("/api/part/test-template/").then()
                .statusCode(200).extract().jsonPath().getList("pk");
        assertThat(widget).containsExactlyInAnyOrder(8, 9, 10);
    }

    @Test
    void theFixturesRelatedPartsAreLinked() {
        Api.asAdmin().get("/api/part/related/1/").then().statusCode(200)
                .body("part_1", equalTo(10003)).body("part_2", equalTo(10004))
                .body("part_2_detail.pk", equalTo(10004));
        List<Integer> related = Api.asAdmin().queryParam("related", 10004).get("/api/part/").then().statusCode(200)
                .extract().jsonPath().getList("pk");
        assertThat(related).containsExactly(10003);
    }

    @Test
    void newTemplatesTakeIdsAfterTheImportedOnesAndRespectTheirKeys() {
        int variant = PartTestTemplateIT.testablePart("Chair variant " + System.nanoTime(), 10000);
        int id = PartTestTemplateIT.template(variant, "Imported ids are kept");
        assertThat(id).isGreaterThan(10);
        PartTestTemplateIT.post(Map.of("part", variant, "test_name", "Sew Cushion")).then().statusCode(400)
                .body("test_name[0]", equalTo("Test template with the same key already exists for part"));
    }
}
