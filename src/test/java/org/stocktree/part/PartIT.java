package org.stocktree.part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Parts: creation with InvenTree's defaults, uniqueness, revisions, variants, deletion, filters. */
@Tag("h2")
class PartIT {

    private final String prefix = "P" + UUID.randomUUID().toString().substring(0, 6);

    static int create(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/").then().statusCode(201)
                .extract().path("pk");
    }

    static int category(String name, Integer parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parent", parent);
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/part/category/").then()
                .statusCode(201).extract().path("pk");
    }

    @Test
    void aNewPartHasInvenTreesDefaultsAndAnswersAsTheSchemaSays() {
        int category = category(prefix + " Resistors", null);
        Response created = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " R10k", "IPN", "R-10K", "revision", "A", "category", category,
                        "units", "ohm", "tags", List.of("smd", "passive"), "minimum_stock", 5))
                .post("/api/part/");
        created.then().statusCode(201)
                .body("name", equalTo(prefix + " R10k"))
                .body("full_name", equalTo("R-10K | " + prefix + " R10k | A"))
                .body("active", equalTo(true))
                .body("component", equalTo(true))
                .body("purchaseable", equalTo(true))
                .body("assembly", equalTo(false))
                .body("virtual", equalTo(false))
                .body("category_name", equalTo(prefix + " Resistors"))
                .body("creation_date", equalTo(LocalDate.now(java.time.ZoneOffset.UTC).toString()))
                .body("tags", contains("passive", "smd"))
                .body("in_stock", equalTo(0.0f))
                .body("minimum_stock", equalTo(5.0f))
                .body("starred", equalTo(false));
        ApiContract.assertResponse("post", "/api/part/", 201, created.asString());
        int id = created.path("pk");

        Response detail = Api.asAdmin().get("/api/part/" + id + "/?category_detail=true&path_detail=true");
        detail.then().statusCode(200)
                .body("category_detail.pk", equalTo(category))
                .body("category_detail.part_count", equalTo(1))
                .body("category_path.name", contains(prefix + " Resistors"));
        ApiContract.assertResponse("get", "/api/part/{id}/", 200, detail.asString());
        Api.asAdmin().get("/api/part/999999/").then().statusCode(404);
    }

    @Test
    void unitsMustBePhysicalUnits() {
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", prefix + " wire", "units", "furlongs per bogus"))
                .post("/api/part/").then().statusCode(400).body("units[0]", equalTo("Invalid physical unit"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("description", "no name")).post("/api/part/").then()
                .statusCode(400).body("name[0]", equalTo("This field is required."));
    }

    @Test
    void nameIpnAndRevisionTogetherAreUnique() {
        create(Map.of("name", prefix + " Widget", "IPN", "W-1"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", prefix + " Widget", "IPN", "W-1"))
                .post("/api/part/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Part with this Name, IPN and Revision already exists."));
        // InvenTree's default (PART_ALLOW_DUPLICATE_IPN) lets other parts share the IPN
        create(Map.of("name", prefix + " Other widget", "IPN", "W-1"));
        create(Map.of("name", prefix + " Widget", "IPN", "W-1", "revision", "B"));
        // without IPN and revision, names may repeat
        create(Map.of("name", prefix + " Plain"));
        create(Map.of("name", prefix + " Plain"));

        // an administrator who turns PART_ALLOW_DUPLICATE_IPN off gets unique IPNs from then on
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("value", false))
                .patch("/api/settings/global/PART_ALLOW_DUPLICATE_IPN/").then().statusCode(200);
        try {
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", prefix + " Third widget", "IPN", "w-1"))
                    .post("/api/part/").then().statusCode(400)
                    .body("IPN[0]", equalTo("Duplicate IPN not allowed in part settings"));
            create(Map.of("name", prefix + " Third widget", "IPN", "W-2"));
        } finally {
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("value", true))
                    .patch("/api/settings/global/PART_ALLOW_DUPLICATE_IPN/").then().statusCode(200);
        }
    }

    @Test
    void revisionsAreOneLevelDeepCodedAndUnique() {
        int original = create(Map.of("name", prefix + " Board"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", prefix + " Board", "revision_of", original))
                .post("/api/part/").then().statusCode(400).body("revision[0]", equalTo("Revision code must be specified"));
        Response revision = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " Board", "revision", "B", "revision_of", original)).post("/api/part/");
        revision.then().statusCode(201).body("revision_of", equalTo(original));
        int revB = revision.path("pk");
        Api.asAdmin().get("/api/part/" + original + "/").then().body("revision_count", equalTo(1));
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " Board", "revision", "C", "revision_of", revB)).post("/api/part/").then()
                .statusCode(400)
                .body("revision_of[0]", equalTo("Cannot make a revision of a part which is already a revision"));
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " Board 2", "revision", "B", "revision_of", original)).post("/api/part/")
                .then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Duplicate part revision already exists."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("revision", "Z", "revision_of", original))
                .patch("/api/part/" + original + "/").then().statusCode(400)
                .body("revision_of[0]", equalTo("Part cannot be a revision of itself"));
        int template = create(Map.of("name", prefix + " Template", "is_template", true));
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " T rev", "revision", "B", "revision_of", template)).post("/api/part/")
                .then().statusCode(400).body("revision_of[0]", equalTo("Cannot make a revision of a template part"));
        int chair = create(Map.of("name", prefix + " Chair", "is_template", true));
        int redChair = create(Map.of("name", prefix + " Red chair", "variant_of", chair));
        create(Map.of("name", prefix + " Red chair", "revision", "2", "revision_of", redChair, "variant_of", chair));
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " Red chair", "revision", "3", "revision_of", redChair)).post("/api/part/")
                .then().statusCode(400).body("revision_of[0]", equalTo("Parent part must point to the same template"));
        Api.asAdmin().get("/api/part/?revision_of=" + original).then().statusCode(200).body("pk", contains(revB));
        Api.asAdmin().get("/api/part/?is_revision=true&search=" + prefix + " Board").then().body("pk", contains(revB));
        Api.asAdmin().get("/api/part/?has_revisions=true&search=" + prefix).then()
                .body("pk", containsInAnyOrder(original, redChair));
    }

    @Test
    void variantTreesHaveNoCyclesAndHangOffTemplates() {
        int chair = create(Map.of("name", prefix + " Chair", "is_template", true));
        int wooden = create(Map.of("name", prefix + " Wooden chair", "is_template", true, "variant_of", chair));
        int oak = create(Map.of("name", prefix + " Oak chair", "variant_of", wooden));
        int plain = create(Map.of("name", prefix + " Stool"));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", prefix + " X", "variant_of", plain))
                .post("/api/part/").then().statusCode(400)
                .body("variant_of[0]", equalTo("Invalid pk \"" + plain + "\" - object does not exist."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("variant_of", wooden))
                .patch("/api/part/" + chair + "/").then().statusCode(400)
                .body("variant_of[0]", equalTo("Part cannot be a variant of itself or of one of its own variants"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("variant_of", chair))
                .patch("/api/part/" + chair + "/").then().statusCode(400);

        Api.asAdmin().get("/api/part/?ancestor=" + chair).then().statusCode(200).body("pk", containsInAnyOrder(wooden, oak));
        Api.asAdmin().get("/api/part/?variant_of=" + chair).then().body("pk", contains(wooden));
        Api.asAdmin().get("/api/part/?exclude_tree=" + wooden + "&search=" + prefix + " ")
                .then().body("pk", containsInAnyOrder(chair, plain));
        Api.asAdmin().get("/api/part/?ancestor=999999").then().statusCode(400);

        // moving a subtree carries its variants along
        int bench = create(Map.of("name", prefix + " Bench", "is_template", true));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("variant_of", bench))
                .patch("/api/part/" + wooden + "/").then().statusCode(200);
        Api.asAdmin().get("/api/part/?ancestor=" + bench).then().body("pk", containsInAnyOrder(wooden, oak));
        Api.asAdmin().get("/api/part/?ancestor=" + chair).then().body("pk", org.hamcrest.Matchers.empty());
    }

    @Test
    void activeAndLockedPartsCannotBeDeleted() {
        int part = create(Map.of("name", prefix + " Bolt"));
        Api.asAdmin().delete("/api/part/" + part + "/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Cannot delete this part as it is still active"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("active", false, "locked", true))
                .patch("/api/part/" + part + "/").then().statusCode(200).body("locked", equalTo(true));
        Api.asAdmin().delete("/api/part/" + part + "/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Cannot delete this part as it is locked"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("locked", false))
                .patch("/api/part/" + part + "/").then().statusCode(200);
        Api.asAdmin().delete("/api/part/" + part + "/").then().statusCode(204);
        Api.asAdmin().get("/api/part/" + part + "/").then().statusCode(404);
    }

    @Test
    void partsCannotBePlacedInStructuralCategories() {
        int structural = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " Structural", "structural", true)).post("/api/part/category/")
                .then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", prefix + " Misplaced", "category", structural))
                .post("/api/part/").then().statusCode(400)
                .body("category[0]", equalTo("Parts cannot be assigned to structural part categories!"));
    }

    @Test
    void listFiltersSearchAndOrdering() {
        int cabinets = category(prefix + " Cabinets", null);
        int drawers = category(prefix + " Drawers", cabinets);
        int small = create(Map.of("name", prefix + " Small drawer", "category", drawers, "IPN", "DR-001",
                "tags", List.of("wood")));
        int large = create(Map.of("name", prefix + " Large cabinet", "category", cabinets, "assembly", true,
                "salable", true));
        int loose = create(Map.of("name", prefix + " Loose screw", "virtual", true));

        String mine = "&search=" + prefix;
        Api.asAdmin().get("/api/part/?category=" + cabinets + mine).then().body("pk", containsInAnyOrder(small, large));
        Api.asAdmin().get("/api/part/?category=" + cabinets + "&cascade=false" + mine).then().body("pk", contains(large));
        Api.asAdmin().get("/api/part/?category=null&cascade=false" + mine).then().body("pk", contains(loose));
        Api.asAdmin().get("/api/part/?category=999999").then().statusCode(400);
        Api.asAdmin().get("/api/part/?category=abc").then().statusCode(400);
        Api.asAdmin().get("/api/part/?assembly=true" + mine).then().body("pk", contains(large));
        Api.asAdmin().get("/api/part/?salable=true&assembly=true" + mine).then().body("pk", contains(large));
        Api.asAdmin().get("/api/part/?virtual=true" + mine).then().body("pk", contains(loose));
        Api.asAdmin().get("/api/part/?virtual=maybe").then().statusCode(400);
        Api.asAdmin().get("/api/part/?has_ipn=true" + mine).then().body("pk", contains(small));
        Api.asAdmin().get("/api/part/?IPN=dr-001").then().body("pk", hasItem(small));
        Api.asAdmin().get("/api/part/?IPN_regex=^DR-0+1$").then().body("pk", contains(small));
        Api.asAdmin().get("/api/part/?IPN_regex=(").then().statusCode(400);
        Api.asAdmin().get("/api/part/?name_regex=" + prefix + " (small|large)").then()
                .body("pk", containsInAnyOrder(small, large));
        Api.asAdmin().get("/api/part/?tag_name=WOOD" + mine).then().body("pk", contains(small));
        Api.asAdmin().get("/api/part/?search=" + prefix + " Drawers").then().body("pk", contains(small));
        Api.asAdmin().get("/api/part/?created_after=2000-01-01" + mine).then().body("pk", hasItem(small));
        Api.asAdmin().get("/api/part/?created_before=2000-01-01" + mine).then().body("pk", org.hamcrest.Matchers.empty());
        Api.asAdmin().get("/api/part/?created_before=yesterday").then().statusCode(400);
        Api.asAdmin().get("/api/part/?ordering=-name" + mine).then().body("pk", contains(small, loose, large));
        Api.asAdmin().get("/api/part/?exclude_id=" + small + "," + loose + mine).then().body("pk", contains(large));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("starred", true))
                .patch("/api/part/" + loose + "/").then().statusCode(200).body("starred", equalTo(true));
        Api.asAdmin().get("/api/part/?starred=true" + mine).then().body("pk", contains(loose));
        Api.asAdmin().get("/api/part/?starred=false" + mine).then().body("pk", not(hasItem(loose)));

        String page = Api.asAdmin().get("/api/part/?limit=2&offset=1&ordering=name" + mine).then().statusCode(200)
                .body("count", equalTo(3)).body("results.pk", contains(loose, small)).extract().asString();
        ApiContract.assertResponse("get", "/api/part/", 200, page);
    }

    @Test
    void bulkUpdateMovesManyPartsToACategory() {
        int target = category(prefix + " Target", null);
        int first = create(Map.of("name", prefix + " First"));
        int second = create(Map.of("name", prefix + " Second"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("items", List.of(first, second), "category", target))
                .patch("/api/part/").then().statusCode(200).body("success", equalTo("Updated 2 items"));
        Api.asAdmin().get("/api/part/?category=" + target).then().body("pk", containsInAnyOrder(first, second));

        int structural = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", prefix + " Shelf", "structural", true)).post("/api/part/category/")
                .then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("items", List.of(first, second), "category", structural))
                .patch("/api/part/").then().statusCode(400);
        Api.asAdmin().get("/api/part/?category=" + target).then().body("pk", containsInAnyOrder(first, second));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("category", target)).patch("/api/part/").then()
                .statusCode(400).body("non_field_errors[0]",
                        equalTo("List of items or filters must be provided for bulk operation"));
    }

    @Test
    void clearingFieldsAndOptionsDescribeTheForm() {
        int part = create(Map.of("name", prefix + " Clearable", "keywords", "a b", "link", "https://example.com/x"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("keywords", null);
        clear.put("link", "");
        Api.asAdmin().contentType(ContentType.JSON).body(clear).patch("/api/part/" + part + "/").then().statusCode(200)
                .body("keywords", nullValue()).body("link", equalTo(""));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("link", "not a url")).patch("/api/part/" + part + "/")
                .then().statusCode(400).body("link[0]", equalTo("Enter a valid URL."));
        Map<String, Object> actions = Api.asAdmin().options("/api/part/").then().statusCode(200)
                .extract().path("actions.POST");
        assertThat(actions).containsKeys("name", "IPN", "category", "variant_of", "units", "tags");
    }
}
