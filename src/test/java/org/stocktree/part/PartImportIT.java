package org.stocktree.part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/**
 * What the start-up import made of InvenTree's part and category fixtures: ids kept, the trees
 * rebuilt from parent links (whatever the fixtures' MPTT numbers say), every field carried over.
 */
@Tag("h2")
class PartImportIT {

    @Test
    void categoryOneIsElectronicsWithItsSubtree() {
        Api.asAdmin().get("/api/part/category/1/").then().statusCode(200)
                .body("name", equalTo("Electronics"))
                .body("pathstring", equalTo("Electronics"))
                .body("level", equalTo(0))
                .body("default_location", equalTo(1));
        List<String> children = Api.asAdmin().queryParam("parent", 1).queryParam("ordering", "name")
                .get("/api/part/category/").then().statusCode(200).extract().jsonPath().getList("name");
        assertThat(children).containsExactly("Capacitors", "IC", "Resistors");
        Api.asAdmin().get("/api/part/category/5/").then().statusCode(200)
                .body("pathstring", equalTo("Electronics/IC/MCU"))
                .body("level", equalTo(2))
                .body("parent", equalTo(4));
        List<Integer> subtree = Api.asAdmin().queryParam("parent", 1).queryParam("cascade", true)
                .get("/api/part/category/").then().statusCode(200).extract().jsonPath().getList("pk");
        assertThat(subtree).containsExactlyInAnyOrder(2, 3, 4, 5, 6);
    }

    @Test
    void partsKeepTheirFieldsAndCategories() {
        JsonPath bob = Api.asAdmin().get("/api/part/100/").then().statusCode(200).extract().jsonPath();
        assertThat(bob.getString("name")).isEqualTo("Bob");
        assertThat(bob.getString("IPN")).isEqualTo("BOB");
        assertThat(bob.getString("revision")).isEqualTo("A2");
        assertThat(bob.getString("full_name")).isEqualTo("BOB | Bob | A2");
        assertThat(bob.getBoolean("assembly")).isTrue();
        assertThat(bob.getBoolean("purchaseable")).isFalse();
        assertThat(bob.getBoolean("active")).as("InvenTree's default where the record says nothing").isTrue();
        assertThat(bob.getBoolean("component")).as("model default").isTrue();
        assertThat(bob.getInt("category")).isEqualTo(7);
        assertThat(bob.getString("creation_date")).isEqualTo("2025-08-08");
        assertThat(bob.getString("notes")).isEqualTo("Some notes associated with this part");

        Map<String, Object> widget = Api.asAdmin().get("/api/part/25/").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(widget).containsEntry("default_expiry", 10).containsEntry("trackable", true)
                .containsEntry("category_name", "Mechanical");
        Api.asAdmin().get("/api/part/1/").then().statusCode(200)
                .body("link", equalTo("http://www.acme.com/parts/m2x4lphs"))
                .body("category", equalTo(8));

        List<Integer> fasteners = Api.asAdmin().queryParam("category", 8).queryParam("cascade", false)
                .get("/api/part/").then().statusCode(200).extract().jsonPath().getList("pk");
        assertThat(fasteners).contains(1, 2);
        List<Integer> electronics = Api.asAdmin().queryParam("category", 1).get("/api/part/").then()
                .statusCode(200).extract().jsonPath().getList("pk");
        assertThat(electronics).as("category 1 with its sub-categories").contains(3, 4, 5).doesNotContain(1, 25);
    }

    @Test
    void theChairTemplateHoldsItsVariantTree() {
        Api.asAdmin().get("/api/part/10000/").then().statusCode(200)
                .body("name", equalTo("Chair Template"))
                .body("is_template", equalTo(true));
        List<Integer> below = Api.asAdmin().queryParam("ancestor", 10000).get("/api/part/").then().statusCode(200)
                .extract().jsonPath().getList("pk");
        assertThat(below).as("variants at every depth, rebuilt from variant_of").containsExactlyInAnyOrder(
                10001, 10002, 10003, 10004);
        List<Integer> direct = Api.asAdmin().queryParam("variant_of", 10003).get("/api/part/").then().statusCode(200)
                .extract().jsonPath().getList("pk");
        assertThat(direct).containsExactly(10004);
    }

    @Test
    void newRowsTakeIdsAboveTheImportedOnes() {
        int category = PartIT.category("After import " + System.nanoTime(), 8);
        assertThat(category).isGreaterThan(8);
        int part = PartIT.create(Map.of("name", "After import " + System.nanoTime(), "category", category));
        assertThat(part).isGreaterThan(10004);
        Api.asAdmin().get("/api/part/category/" + category + "/").then().statusCode(200)
                .body("pathstring", equalTo("Mechanical/Fasteners/" + Api.asAdmin()
                        .get("/api/part/category/" + category + "/").then().extract().path("name")));
    }

    private static long idBlock = 30_000_000;

    /**
     * Ids for one test's records, above those of every import before it: a run-time import moves
     * the sequences past its ids and refuses ids below them.
     */
    private static synchronized long freshIds() {
        idBlock += 1_000;
        return idBlock;
    }

    private static io.restassured.response.Response importing(String fixture) {
        return Api.asAdmin().contentType(io.restassured.http.ContentType.JSON).body(fixture)
                .post("/api/system/import/");
    }

    @Test
    void referencesMayPointForwardAndTheTreesFollowThem() {
        long id = freshIds();
        String fixture = """
                [
                  {"model": "part.partcategory", "pk": %1$d, "fields": {"name": "Leaf %1$d", "parent": %2$d}},
                  {"model": "part.partcategory", "pk": %2$d, "fields": {"name": "Root %1$d"}},
                  {"model": "part.part", "pk": %1$d, "fields": {"name": "Variant %1$d", "variant_of": %2$d,
                    "category": %1$d, "minimum_stock": "2.5"}},
                  {"model": "part.part", "pk": %2$d, "fields": {"name": "Template %1$d", "is_template": true}}
                ]
                """.formatted(id, id + 1);
        importing(fixture).then().statusCode(200)
                .body("imported.'part.part'", equalTo(2))
                .body("imported.'part.partcategory'", equalTo(2));

        Api.asAdmin().get("/api/part/category/" + id + "/").then().statusCode(200)
                .body("pathstring", equalTo("Root " + id + "/Leaf " + id))
                .body("level", equalTo(1));
        List<Integer> variants = Api.asAdmin().queryParam("ancestor", id + 1).get("/api/part/").then()
                .statusCode(200).extract().jsonPath().getList("pk");
        assertThat(variants).containsExactly((int) id);
        Api.asAdmin().get("/api/part/" + id + "/").then().statusCode(200)
                .body("variant_of", equalTo((int) id + 1))
                .body("minimum_stock", equalTo(2.5f));
        importing(fixture).then().statusCode(200).body("imported.size()", equalTo(0))
                .body("unchanged.'part.part'", equalTo(2));
    }

    @Test
    void aParentCycleAbortsTheImportWithNothingWritten() {
        long id = freshIds();
        importing("""
                [
                  {"model": "part.partcategory", "pk": %1$d, "fields": {"name": "A %1$d", "parent": %2$d}},
                  {"model": "part.partcategory", "pk": %2$d, "fields": {"name": "B %1$d", "parent": %1$d}}
                ]
                """.formatted(id, id + 1)).then().statusCode(400)
                .body("non_field_errors[0]", org.hamcrest.Matchers.containsString("cycle"));
        Api.asAdmin().get("/api/part/category/" + id + "/").then().statusCode(404);
    }

    @Test
    void aDifferentPartUnderAnImportedIdIsAConflictAndUnknownReferencesAreRefused() {
        importing("""
                [{"model": "part.part", "pk": 1, "fields": {"name": "Not the screw"}}]
                """).then().statusCode(400)
                .body("non_field_errors[0]", org.hamcrest.Matchers.containsString("already the part 'M2x4 LPHS'"));
        long id = freshIds();
        importing("""
                [{"model": "part.part", "pk": %d, "fields": {"name": "Lost", "category": 99999999}}]
                """.formatted(id)).then().statusCode(400)
                .body("non_field_errors[0]", org.hamcrest.Matchers.containsString("'category': pk 99999999 does not exist"));
        Api.asAdmin().get("/api/part/" + id + "/").then().statusCode(404);
        Api.asAdmin().get("/api/part/1/").then().body("name", equalTo("M2x4 LPHS"));
    }
}
