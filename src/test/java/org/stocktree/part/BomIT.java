package org.stocktree.part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/**
 * Bills of materials: lines and their rules (components only, positive amounts in the component's
 * units, no part in its own BOM at any depth, locked assemblies), inherited lines, validation by
 * checksum, copying, substitutes, the filters, part deletion, and who may do what.
 */
@Tag("h2")
class BomIT {

    private static final String LOCKED = "BOM item cannot be modified - assembly is locked";

    private final String prefix = "B" + UUID.randomUUID().toString().substring(0, 6);

    private int part(String name, Object... flags) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", prefix + " " + name);
        for (int i = 0; i < flags.length; i += 2) {
            body.put((String) flags[i], flags[i + 1]);
        }
        return PartIT.create(body);
    }

    private int assembly(String name, Object... flags) {
        Object[] all = new Object[flags.length + 2];
        all[0] = "assembly";
        all[1] = true;
        System.arraycopy(flags, 0, all, 2, flags.length);
        return part(name, all);
    }

    private static Response post(String path, Map<String, ?> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post(path);
    }

    private static Response patch(String path, Map<String, ?> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).patch(path);
    }

    private static int line(int assembly, int component, Object quantity, Object... fields) {
        Map<String, Object> body = new HashMap<>(Map.of("part", assembly, "sub_part", component, "quantity", quantity));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return post("/api/bom/", body).then().statusCode(201).extract().path("pk");
    }

    private String described(String name) {
        return prefix + " " + name + " - ";
    }

    private static void setting(String key, boolean value) {
        patch("/api/settings/global/" + key + "/", Map.of("value", value)).then().statusCode(200);
    }

    @Test
    void aLineIsCreatedReadChangedAndDeletedAsTheSchemaSays() {
        int category = PartIT.category(prefix + " Fasteners", null);
        int assembly = assembly("Cabinet");
        int screw = part("Screw", "category", category, "IPN", "SCR-1");
        Response created = post("/api/bom/", Map.of("part", assembly, "sub_part", screw, "quantity", 2.5,
                "reference", "S1 S2", "note", "from below", "setup_quantity", 1, "attrition", 5,
                "rounding_multiple", 10, "optional", true, "allow_variants", true));
        created.then().statusCode(201)
                .body("part", equalTo(assembly)).body("sub_part", equalTo(screw))
                .body("quantity", equalTo(2.5f)).body("raw_amount", equalTo("2.5"))
                .body("reference", equalTo("S1 S2")).body("note", equalTo("from below"))
                .body("setup_quantity", equalTo(1.0f)).body("attrition", equalTo(5.0f))
                .body("rounding_multiple", equalTo(10.0f)).body("piece_count", equalTo(1))
                .body("optional", equalTo(true)).body("allow_variants", equalTo(true))
                .body("inherited", equalTo(false)).body("consumable", equalTo(false))
                .body("validated", equalTo(false)).body("can_build", equalTo(0.0f))
                .body("$", not(hasKey("sub_part_detail"))).body("$", not(hasKey("pricing_min")));
        ApiContract.assertResponse("post", "/api/bom/", 201, created.asString());
        int id = created.path("pk");

        Response detail = Api.asAdmin().get("/api/bom/" + id
                + "/?part_detail=true&sub_part_detail=true&substitutes=true&pricing=true&category_detail=true");
        detail.then().statusCode(200)
                .body("part_detail.pk", equalTo(assembly)).body("part_detail.assembly", equalTo(true))
                .body("sub_part_detail.IPN", equalTo("SCR-1")).body("sub_part_detail.full_name", equalTo("SCR-1 | "
                        + prefix + " Screw"))
                .body("category_detail.pk", equalTo(category)).body("substitutes", empty())
                .body("$", hasKey("pricing_min")).body("pricing_min", nullValue());
        ApiContract.assertResponse("get", "/api/bom/{id}/", 200, detail.asString());
        Api.asAdmin().get("/api/bom/" + id + "/?can_build=false").then().body("$", not(hasKey("can_build")));

        patch("/api/bom/" + id + "/", Map.of("raw_amount", "4")).then().statusCode(200)
                .body("quantity", equalTo(4.0f)).body("raw_amount", equalTo("4"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("part", assembly, "sub_part", screw, "quantity", 3))
                .put("/api/bom/" + id + "/").then().statusCode(200).body("quantity", equalTo(3.0f))
                .body("raw_amount", equalTo("3"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("quantity", 3)).put("/api/bom/" + id + "/").then()
                .statusCode(400).body("part[0]", equalTo("This field is required."));

        Api.asAdmin().delete("/api/bom/" + id + "/").then().statusCode(204);
        Api.asAdmin().get("/api/bom/" + id + "/").then().statusCode(404);
        Api.asAdmin().get("/api/bom/999999999/").then().statusCode(404);
        Map<String, Object> actions = Api.asAdmin().options("/api/bom/").then().statusCode(200)
                .extract().path("actions.POST");
        assertThat(actions).containsKeys("part", "sub_part", "quantity", "raw_amount", "attrition");
    }

    @Test
    void aLineNeedsAnAssemblyAComponentAndAPositiveAmount() {
        int assembly = assembly("Frame");
        int notComponent = part("Sticker", "component", false);
        int notAssembly = part("Plank");
        int screw = part("Screw");
        post("/api/bom/", Map.of()).then().statusCode(400)
                .body("part[0]", equalTo("This field is required."))
                .body("sub_part[0]", equalTo("This field is required."));
        post("/api/bom/", Map.of("part", assembly, "sub_part", notComponent, "quantity", 1)).then().statusCode(400)
                .body("sub_part[0]", equalTo("Invalid pk \"" + notComponent + "\" - object does not exist."));
        post("/api/bom/", Map.of("part", notAssembly, "sub_part", screw, "quantity", 1)).then().statusCode(400)
                .body("part[0]", equalTo("Invalid pk \"" + notAssembly + "\" - object does not exist."));
        post("/api/bom/", Map.of("part", assembly, "sub_part", 999999999, "quantity", 1)).then().statusCode(400)
                .body("sub_part[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
        for (Object zeroOrLess : List.of(0, -1, "0")) {
            post("/api/bom/", Map.of("part", assembly, "sub_part", screw, "quantity", zeroOrLess)).then()
                    .statusCode(400).body("raw_amount[0]", equalTo("Quantity must be greater than zero"));
        }
        post("/api/bom/", Map.of("part", assembly, "sub_part", screw, "raw_amount", "#?!")).then().statusCode(400)
                .body("raw_amount[0]", equalTo("Invalid quantity format"));
        post("/api/bom/", Map.of("part", assembly, "sub_part", screw, "quantity", "x")).then().statusCode(400)
                .body("quantity[0]", equalTo("A valid number is required."));
        post("/api/bom/", Map.of("part", assembly, "sub_part", screw, "quantity", 1, "attrition", 101)).then()
                .statusCode(400).body("attrition[0]", equalTo("Ensure this value is less than or equal to 100."));
        post("/api/bom/", Map.of("part", assembly, "sub_part", screw, "quantity", 1, "setup_quantity", -1)).then()
                .statusCode(400).body("setup_quantity[0]", equalTo("Ensure this value is greater than or equal to 0."));
        post("/api/bom/", Map.of("part", assembly, "sub_part", screw, "quantity", 1, "piece_count", 0)).then()
                .statusCode(400).body("piece_count[0]", equalTo("Ensure this value is greater than or equal to 1."));
        post("/api/bom/", Map.of("part", assembly, "sub_part", screw, "quantity", 12345678901L)).then()
                .statusCode(400).body("quantity[0]",
                        equalTo("Ensure that there are no more than 10 digits before the decimal point."));
        Api.asAdmin().get("/api/bom/?part=" + assembly).then().body("size()", equalTo(0));

        // without a quantity a line needs one of each; quantities keep five decimal places
        post("/api/bom/", Map.of("part", assembly, "sub_part", screw)).then().statusCode(201)
                .body("quantity", equalTo(1.0f)).body("raw_amount", equalTo("1"));
        post("/api/bom/", Map.of("part", assembly, "sub_part", screw, "quantity", 0.123456)).then().statusCode(201)
                .body("quantity", equalTo(0.12346f));
        // InvenTree allows the same component on several lines (different references, say)
        Api.asAdmin().get("/api/bom/?part=" + assembly).then().body("sub_part", contains(screw, screw));
    }

    @Test
    void amountsAreReadInTheComponentsUnits() {
        int assembly = assembly("Harness");
        int wire = part("Wire", "units", "mm");
        int connector = part("Connector");
        post("/api/bom/", Map.of("part", assembly, "sub_part", wire, "raw_amount", "1.5 m")).then().statusCode(201)
                .body("quantity", equalTo(1500.0f)).body("raw_amount", equalTo("1.5 m"));
        post("/api/bom/", Map.of("part", assembly, "sub_part", wire, "raw_amount", "3 kg")).then().statusCode(400)
                .body("raw_amount", notNullValue());
        post("/api/bom/", Map.of("part", assembly, "sub_part", connector, "raw_amount", "2 m")).then().statusCode(400)
                .body("raw_amount[0]", equalTo("Invalid quantity - no units specified for part"));
    }

    @Test
    void zeroQuantitiesFollowTheSetting() {
        int assembly = assembly("Jig");
        int glue = part("Glue");
        setting("PART_BOM_ALLOW_ZERO_QUANTITY", true);
        try {
            post("/api/bom/", Map.of("part", assembly, "sub_part", glue, "quantity", 0, "setup_quantity", 5)).then()
                    .statusCode(201).body("quantity", equalTo(0.0f));
            post("/api/bom/", Map.of("part", assembly, "sub_part", glue, "quantity", -1)).then().statusCode(400)
                    .body("raw_amount[0]", equalTo("Quantity must be greater than or equal to zero"));
        } finally {
            setting("PART_BOM_ALLOW_ZERO_QUANTITY", false);
        }
    }

    @Test
    void trackableComponentsNeedWholeQuantitiesAndMakeTheAssemblyTrackable() {
        int assembly = assembly("Controller");
        int chip = part("Chip", "trackable", true);
        post("/api/bom/", Map.of("part", assembly, "sub_part", chip, "quantity", 1.5)).then().statusCode(400)
                .body("quantity[0]", equalTo("Quantity must be integer value for trackable parts"));
        Api.asAdmin().get("/api/part/" + assembly + "/").then().body("trackable", equalTo(false));
        line(assembly, chip, 2);
        Api.asAdmin().get("/api/part/" + assembly + "/").then().body("trackable", equalTo(true));
    }

    @Test
    void noPartIsInItsOwnBomAtAnyDepth() {
        int top = assembly("Top", "component", true);
        int middle = assembly("Middle", "component", true);
        int bottom = assembly("Bottom", "component", true);
        line(top, middle, 1);
        line(middle, bottom, 1);
        post("/api/bom/", Map.of("part", top, "sub_part", top, "quantity", 1)).then().statusCode(400)
                .body("sub_part[0]", equalTo("Part '" + described("Top") + "' cannot be used in BOM for '"
                        + described("Top") + "' (recursive)"));
        post("/api/bom/", Map.of("part", middle, "sub_part", top, "quantity", 1)).then().statusCode(400)
                .body("sub_part[0]", equalTo("Part '" + described("Middle") + "' is  used in BOM for '"
                        + described("Top") + "' (recursive)"));
        // two levels down: the top assembly holds the bottom one through the middle one
        post("/api/bom/", Map.of("part", bottom, "sub_part", top, "quantity", 1)).then().statusCode(400)
                .body("sub_part[0]", equalTo("Part '" + described("Bottom") + "' is  used in BOM for '"
                        + described("Middle") + "' (recursive)"));
        // an edit that would close the loop is refused as well
        int other = assembly("Other", "component", true);
        int edited = line(bottom, other, 1);
        patch("/api/bom/" + edited + "/", Map.of("sub_part", top)).then().statusCode(400)
                .body("sub_part[0]", org.hamcrest.Matchers.endsWith("(recursive)"));
        Api.asAdmin().get("/api/bom/" + edited + "/").then().body("sub_part", equalTo(other));
    }

    @Test
    void variantsAndTemplatesCountForRecursionAndInheritedLinesApplyToVariants() {
        int template = assembly("Chair", "is_template", true, "component", true);
        int variant = assembly("Red chair", "variant_of", template, "component", true);
        post("/api/bom/", Map.of("part", template, "sub_part", variant, "quantity", 1)).then().statusCode(400)
                .body("sub_part[0]", equalTo("Part '" + described("Red chair") + "' cannot be used in BOM for '"
                        + described("Chair") + "' (recursive)"));

        int leg = assembly("Leg", "component", true);
        int seat = part("Seat");
        int cushion = part("Cushion");
        int inherited = line(template, leg, 4, "inherited", true);
        int own = line(template, seat, 1);
        int variantOwn = line(variant, cushion, 1);
        Api.asAdmin().get("/api/bom/?part=" + variant).then().statusCode(200)
                .body("pk", containsInAnyOrder(inherited, variantOwn));
        Api.asAdmin().get("/api/bom/?part=" + template).then().body("pk", containsInAnyOrder(inherited, own));
        // the variant's BOM holds the leg through the inherited line: the leg may not hold the variant
        post("/api/bom/", Map.of("part", leg, "sub_part", variant, "quantity", 1)).then().statusCode(400)
                .body("sub_part[0]", equalTo("Part '" + described("Leg") + "' is  used in BOM for '"
                        + described("Red chair") + "' (recursive)"));
        Api.asAdmin().get("/api/part/?in_bom_for=" + variant).then().statusCode(200)
                .body("pk", containsInAnyOrder(leg, cushion));
    }

    @Test
    void aLockedAssemblyRefusesBomChanges() {
        int assembly = assembly("Safe");
        int bolt = part("Bolt");
        int nut = part("Nut");
        int source = assembly("Source");
        line(source, nut, 1);
        int id = line(assembly, bolt, 4);
        patch("/api/part/" + assembly + "/", Map.of("locked", true)).then().statusCode(200);

        post("/api/bom/", Map.of("part", assembly, "sub_part", nut, "quantity", 1)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo(LOCKED));
        patch("/api/bom/" + id + "/", Map.of("quantity", 5)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo(LOCKED));
        Api.asAdmin().delete("/api/bom/" + id + "/").then().statusCode(400).body("non_field_errors[0]", equalTo(LOCKED));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("items", List.of(id))).delete("/api/bom/").then()
                .statusCode(400).body("non_field_errors[0]", equalTo(LOCKED));
        post("/api/part/" + assembly + "/bom-copy/", Map.of("part", source)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo(LOCKED));
        // nor may a line move out of a locked assembly
        int open = assembly("Open");
        patch("/api/bom/" + id + "/", Map.of("part", open)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo(LOCKED));
        Api.asAdmin().get("/api/bom/" + id + "/").then().body("quantity", equalTo(4.0f)).body("part", equalTo(assembly));
        Api.asAdmin().get("/api/bom/?part=" + assembly).then().body("pk", contains(id));

        // validation signs the BOM off without changing it: InvenTree allows it on locked parts
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("valid", true))
                .put("/api/part/" + assembly + "/bom-validate/").then().statusCode(200)
                .body("bom_validated", equalTo(true));

        setting("PART_ENABLE_LOCKING", false);
        try {
            patch("/api/bom/" + id + "/", Map.of("quantity", 5)).then().statusCode(200);
        } finally {
            setting("PART_ENABLE_LOCKING", true);
        }
        patch("/api/part/" + assembly + "/", Map.of("locked", false)).then().statusCode(200);
        patch("/api/bom/" + id + "/", Map.of("quantity", 6)).then().statusCode(200).body("quantity", equalTo(6.0f));
    }

    @Test
    void aLockedVariantRefusesChangesToTheLinesItInherits() {
        int template = assembly("Table", "is_template", true);
        int variant = assembly("Oak table", "variant_of", template);
        int top = part("Top");
        int inherited = line(template, top, 1, "inherited", true);
        int own = line(template, top, 2);
        patch("/api/part/" + variant + "/", Map.of("locked", true)).then().statusCode(200);
        patch("/api/bom/" + inherited + "/", Map.of("quantity", 3)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("BOM item cannot be modified - variant assembly is locked"));
        patch("/api/bom/" + own + "/", Map.of("quantity", 3)).then().statusCode(200);
        patch("/api/bom/" + own + "/", Map.of("inherited", true)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("BOM item cannot be modified - variant assembly is locked"));
    }

    @Test
    void validationStoresAChecksumThatAnyChangeToALineInvalidates() {
        int assembly = assembly("Lamp");
        int bulb = part("Bulb");
        int shade = part("Shade");
        int first = line(assembly, bulb, 1, "note", "warm white");
        int second = line(assembly, shade, 1);
        String path = "/api/part/" + assembly + "/bom-validate/";
        Response before = Api.asAdmin().get(path);
        before.then().statusCode(200).body("pk", equalTo(assembly)).body("bom_validated", equalTo(false))
                .body("bom_checksum", equalTo("")).body("bom_checked_by", nullValue());
        ApiContract.assertResponse("get", "/api/part/{id}/bom-validate/", 200, before.asString());

        int admin = Api.asAdmin().get("/api/user/me/").then().extract().path("pk");
        Response validated = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("valid", true)).put(path);
        validated.then().statusCode(200).body("bom_validated", equalTo(true))
                .body("bom_checksum", not(equalTo(""))).body("bom_checked_by", equalTo(admin))
                .body("bom_checked_by_detail.pk", equalTo(admin))
                .body("bom_checked_date", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
        ApiContract.assertResponse("put", "/api/part/{id}/bom-validate/", 200, validated.asString());
        String checksum = validated.path("bom_checksum");
        Api.asAdmin().get("/api/bom/?part=" + assembly).then().body("validated", contains(true, true));
        Api.asAdmin().get("/api/bom/?part=" + assembly + "&validated=true").then().body("pk", contains(first, second));
        Api.asAdmin().get("/api/part/?bom_valid=true&search=" + prefix).then().body("pk", contains(assembly));

        // the note is no part of what is built: changing it keeps the validation
        patch("/api/bom/" + first + "/", Map.of("note", "cold white")).then().statusCode(200)
                .body("validated", equalTo(true));
        Api.asAdmin().get(path).then().body("bom_validated", equalTo(true)).body("bom_checksum", equalTo(checksum));

        patch("/api/bom/" + first + "/", Map.of("quantity", 2)).then().statusCode(200).body("validated", equalTo(false));
        Api.asAdmin().get(path).then().body("bom_validated", equalTo(false));
        Api.asAdmin().get("/api/part/?bom_valid=false&search=" + prefix).then().body("pk", hasItem(assembly));
        Api.asAdmin().get("/api/part/?bom_valid=true&search=" + prefix).then().body("pk", empty());

        // a new line, or a deleted one, changes the BOM too
        patch(path, Map.of("valid", true)).then().statusCode(200).body("bom_validated", equalTo(true));
        int third = line(assembly, part("Switch"), 1);
        Api.asAdmin().get(path).then().body("bom_validated", equalTo(false));
        patch(path, Map.of("valid", true)).then().statusCode(200).body("bom_validated", equalTo(true));
        Api.asAdmin().delete("/api/bom/" + third + "/").then().statusCode(204);
        Api.asAdmin().get(path).then().body("bom_validated", equalTo(false));

        // a sign-off withdrawn leaves no checksum
        patch(path, Map.of("valid", true)).then().statusCode(200);
        patch(path, Map.of("valid", false)).then().statusCode(200).body("bom_validated", equalTo(false))
                .body("bom_checksum", equalTo(""));
        Api.asAdmin().get("/api/part/999999999/bom-validate/").then().statusCode(404);
        patch(path, Map.of("valid", "perhaps")).then().statusCode(400).body("valid[0]", equalTo("Must be a valid boolean."));
    }

    @Test
    void singleLinesAreSignedOffAndAnInheritedLineChangeInvalidatesTheVariants() {
        int template = assembly("Desk", "is_template", true);
        int variant = assembly("Standing desk", "variant_of", template);
        int drawer = part("Drawer");
        int id = line(template, drawer, 1, "inherited", true);
        Response signed = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("valid", true))
                .put("/api/bom/" + id + "/validate/");
        signed.then().statusCode(200).body("valid", equalTo(true));
        ApiContract.assertResponse("put", "/api/bom/{id}/validate/", 200, signed.asString());
        Api.asAdmin().get("/api/bom/" + id + "/").then().body("validated", equalTo(true));
        patch("/api/bom/" + id + "/validate/", Map.of("valid", false)).then().statusCode(200).body("valid", equalTo(false));
        Api.asAdmin().get("/api/bom/" + id + "/").then().body("validated", equalTo(false));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("valid", true)).put("/api/bom/999999999/validate/")
                .then().statusCode(404);

        patch("/api/part/" + variant + "/bom-validate/", Map.of("valid", true)).then().body("bom_validated", equalTo(true));
        patch("/api/bom/" + id + "/", Map.of("quantity", 2)).then().statusCode(200);
        Api.asAdmin().get("/api/part/" + variant + "/bom-validate/").then().body("bom_validated", equalTo(false));
    }

    @Test
    void aBomIsCopiedWithItsSubstitutesAsAsked() {
        int source = assembly("Bike");
        int target = assembly("Bike 2");
        int wheel = part("Wheel");
        int spareWheel = part("Spare wheel");
        int bell = part("Bell");
        int basket = part("Basket");
        int wheels = line(source, wheel, 2, "reference", "front back");
        post("/api/bom/substitute/", Map.of("bom_item", wheels, "part", spareWheel)).then().statusCode(201);
        line(source, bell, 1);
        line(target, basket, 1);

        Response copied = post("/api/part/" + target + "/bom-copy/", Map.of("part", source));
        copied.then().statusCode(201).body("part", equalTo(source)).body("remove_existing", equalTo(true))
                .body("copy_substitutes", equalTo(true)).body("skip_invalid", equalTo(false))
                .body("include_inherited", equalTo(false));
        ApiContract.assertResponse("post", "/api/part/{id}/bom-copy/", 201, copied.asString());
        Api.asAdmin().get("/api/bom/?part=" + target + "&substitutes=true&ordering=sub_part").then()
                .body("sub_part", contains(bell, wheel))
                .body("find { it.sub_part == " + wheel + " }.reference", equalTo("front back"))
                .body("find { it.sub_part == " + wheel + " }.quantity", equalTo(2.0f))
                .body("find { it.sub_part == " + wheel + " }.substitutes.part", contains(spareWheel))
                .body("validated", contains(false, false));
        Api.asAdmin().get("/api/bom/?part=" + source).then().body("size()", equalTo(2));

        int third = assembly("Bike 3");
        line(third, basket, 1);
        post("/api/part/" + third + "/bom-copy/", Map.of("part", source, "remove_existing", false,
                "copy_substitutes", false)).then().statusCode(201);
        Api.asAdmin().get("/api/bom/?part=" + third + "&substitutes=true").then()
                .body("sub_part", containsInAnyOrder(basket, wheel, bell))
                .body("find { it.sub_part == " + wheel + " }.substitutes", empty());

        post("/api/part/" + target + "/bom-copy/", Map.of()).then().statusCode(400)
                .body("part[0]", equalTo("This field is required."));
        post("/api/part/999999999/bom-copy/", Map.of("part", source)).then().statusCode(404);
    }

    @Test
    void aCopyThatWouldMakeALoopFailsOrSkipsTheLine() {
        int frame = assembly("Frame", "component", true);
        int source = assembly("Kit");
        int screw = part("Screw");
        line(source, frame, 1);
        line(source, screw, 8);
        int existing = line(frame, part("Tube"), 2);
        post("/api/part/" + frame + "/bom-copy/", Map.of("part", source)).then().statusCode(400)
                .body("sub_part[0]", equalTo("Part '" + described("Frame") + "' cannot be used in BOM for '"
                        + described("Frame") + "' (recursive)"));
        Api.asAdmin().get("/api/bom/?part=" + frame).then().body("pk", contains(existing));
        post("/api/part/" + frame + "/bom-copy/", Map.of("part", source, "skip_invalid", true)).then().statusCode(201);
        Api.asAdmin().get("/api/bom/?part=" + frame).then().body("sub_part", contains(screw));
    }

    @Test
    void inheritedLinesAreCopiedOnlyWhenAsked() {
        int template = assembly("Phone", "is_template", true);
        int variant = assembly("Blue phone", "variant_of", template);
        int battery = part("Battery");
        int cover = part("Blue cover");
        line(template, battery, 1, "inherited", true);
        line(variant, cover, 1);
        int plain = assembly("Clone");
        post("/api/part/" + plain + "/bom-copy/", Map.of("part", variant)).then().statusCode(201);
        Api.asAdmin().get("/api/bom/?part=" + plain).then().body("sub_part", contains(cover));
        post("/api/part/" + plain + "/bom-copy/", Map.of("part", variant, "include_inherited", true)).then()
                .statusCode(201);
        Api.asAdmin().get("/api/bom/?part=" + plain).then().body("sub_part", containsInAnyOrder(cover, battery));
        // a variant does not copy what it inherits already
        int sibling = assembly("Green phone", "variant_of", template);
        post("/api/part/" + sibling + "/bom-copy/", Map.of("part", variant, "include_inherited", true)).then()
                .statusCode(201);
        Api.asAdmin().get("/api/bom/?part=" + sibling).then().body("sub_part", containsInAnyOrder(cover, battery))
                .body("size()", equalTo(2));
    }

    @Test
    void substitutesAreUniqueComponentsOtherThanTheLinesOwn() {
        int assembly = assembly("Radio");
        int capacitor = part("Capacitor");
        int alternative = part("Alternative capacitor");
        int notComponent = part("Label", "component", false);
        int id = line(assembly, capacitor, 2);
        Response created = post("/api/bom/substitute/", Map.of("bom_item", id, "part", alternative));
        created.then().statusCode(201).body("bom_item", equalTo(id)).body("part", equalTo(alternative))
                .body("part_detail.pk", equalTo(alternative));
        ApiContract.assertResponse("post", "/api/bom/substitute/", 201, created.asString());
        int substitute = created.path("pk");

        post("/api/bom/substitute/", Map.of("bom_item", id, "part", alternative)).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("The fields part, bom_item must make a unique set."));
        post("/api/bom/substitute/", Map.of("bom_item", id, "part", capacitor)).then().statusCode(400)
                .body("part[0]", equalTo("Substitute part cannot be the same as the master part"));
        post("/api/bom/substitute/", Map.of("bom_item", id, "part", notComponent)).then().statusCode(400)
                .body("part[0]", equalTo("Invalid pk \"" + notComponent + "\" - object does not exist."));
        post("/api/bom/substitute/", Map.of("bom_item", 999999999, "part", alternative)).then().statusCode(400)
                .body("bom_item[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
        patch("/api/bom/substitute/" + substitute + "/", Map.of("part", capacitor)).then().statusCode(400);

        Response list = Api.asAdmin().get("/api/bom/substitute/?limit=10&bom_item=" + id);
        list.then().statusCode(200).body("count", equalTo(1)).body("results.pk", contains(substitute));
        ApiContract.assertResponse("get", "/api/bom/substitute/", 200, list.asString());
        Api.asAdmin().get("/api/bom/substitute/?part=" + alternative).then().body("pk", contains(substitute));
        Response detail = Api.asAdmin().get("/api/bom/substitute/" + substitute + "/");
        detail.then().statusCode(200).body("part", equalTo(alternative));
        ApiContract.assertResponse("get", "/api/bom/substitute/{id}/", 200, detail.asString());

        // a substitute is a part the line uses
        Api.asAdmin().get("/api/bom/?uses=" + alternative).then().body("pk", contains(id));
        Api.asAdmin().get("/api/part/?in_bom_for=" + assembly).then().body("pk", containsInAnyOrder(capacitor, alternative));
        Api.asAdmin().get("/api/bom/?part=" + assembly + "&substitutes=true").then()
                .body("[0].substitutes.part", contains(alternative));

        int other = part("Other capacitor");
        patch("/api/bom/substitute/" + substitute + "/", Map.of("part", other)).then().statusCode(200)
                .body("part", equalTo(other));
        Api.asAdmin().delete("/api/bom/substitute/" + substitute + "/").then().statusCode(204);
        Api.asAdmin().get("/api/bom/substitute/" + substitute + "/").then().statusCode(404);
    }

    @Test
    void theListFiltersSearchesAndSorts() {
        int cables = PartIT.category(prefix + " Cables", null);
        int assembly = assembly("Console", "locked", false);
        int template = part("Knob", "is_template", true);
        int blueKnob = part("Blue knob", "variant_of", template);
        int cable = part("Cable", "category", cables, "trackable", true);
        int board = assembly("Board", "component", true, "IPN", prefix + "-BRD-7");
        int knobs = line(assembly, template, 4, "allow_variants", true, "optional", true, "reference", prefix + "-K1-K4");
        int cableLine = line(assembly, cable, 1, "consumable", true, "inherited", true);
        int boardLine = line(assembly, board, 2);
        String mine = "part=" + assembly + "&";

        Api.asAdmin().get("/api/bom/?" + mine + "optional=true").then().body("pk", contains(knobs));
        Api.asAdmin().get("/api/bom/?" + mine + "consumable=true").then().body("pk", contains(cableLine));
        Api.asAdmin().get("/api/bom/?" + mine + "inherited=true").then().body("pk", contains(cableLine));
        Api.asAdmin().get("/api/bom/?" + mine + "allow_variants=true").then().body("pk", contains(knobs));
        Api.asAdmin().get("/api/bom/?" + mine + "validated=false").then().body("pk", containsInAnyOrder(knobs, cableLine,
                boardLine));
        Api.asAdmin().get("/api/bom/?" + mine + "sub_part_trackable=true").then().body("pk", contains(cableLine));
        Api.asAdmin().get("/api/bom/?" + mine + "sub_part_assembly=true").then().body("pk", contains(boardLine));
        Api.asAdmin().get("/api/bom/?" + mine + "sub_part_active=false").then().body("pk", empty());
        Api.asAdmin().get("/api/bom/?" + mine + "sub_part_virtual=false").then().body("size()", equalTo(3));
        Api.asAdmin().get("/api/bom/?" + mine + "part_trackable=true").then().body("size()", equalTo(3));
        Api.asAdmin().get("/api/bom/?" + mine + "part_locked=true").then().body("pk", empty());
        Api.asAdmin().get("/api/bom/?" + mine + "part_active=true").then().body("size()", equalTo(3));
        Api.asAdmin().get("/api/bom/?" + mine + "category=" + cables).then().body("pk", contains(cableLine));
        Api.asAdmin().get("/api/bom/?" + mine + "has_pricing=true").then().body("pk", empty());
        Api.asAdmin().get("/api/bom/?" + mine + "has_pricing=false").then().body("size()", equalTo(3));
        Api.asAdmin().get("/api/bom/?" + mine + "available_stock=true").then().body("pk", empty());
        Api.asAdmin().get("/api/bom/?" + mine + "on_order=false").then().body("size()", equalTo(3));
        // a variant of a component whose line allows variants is used there too
        Api.asAdmin().get("/api/bom/?uses=" + blueKnob).then().body("pk", contains(knobs));
        Api.asAdmin().get("/api/bom/?uses=" + board).then().body("pk", contains(boardLine));
        Api.asAdmin().get("/api/bom/?sub_part=" + board).then().body("pk", contains(boardLine));
        Api.asAdmin().get("/api/part/?in_bom_for=" + assembly).then()
                .body("pk", containsInAnyOrder(template, blueKnob, cable, board));

        Api.asAdmin().get("/api/bom/?search=" + prefix + "-k1-k4").then().body("pk", contains(knobs));
        Api.asAdmin().get("/api/bom/?search=" + prefix + "-brd-7").then().body("pk", contains(boardLine));
        Api.asAdmin().get("/api/bom/?search=" + prefix + " Cables").then().body("pk", contains(cableLine));
        Api.asAdmin().get("/api/bom/?search=" + prefix + " Console").then().body("size()", equalTo(3));

        Api.asAdmin().get("/api/bom/?" + mine + "ordering=-quantity").then().body("pk", contains(knobs, boardLine,
                cableLine));
        Api.asAdmin().get("/api/bom/?" + mine + "ordering=sub_part").then().body("pk", contains(boardLine, cableLine,
                knobs));
        // components without a category stay in the list when sorting by category
        Api.asAdmin().get("/api/bom/?" + mine + "ordering=category").then().body("size()", equalTo(3));
        Api.asAdmin().get("/api/bom/?" + mine + "ordering=IPN,pricing_min").then().body("size()", equalTo(3));

        Api.asAdmin().get("/api/bom/?part=999999999").then().statusCode(400);
        Api.asAdmin().get("/api/bom/?part=abc").then().statusCode(400);
        Api.asAdmin().get("/api/bom/?uses=999999999").then().statusCode(400);
        Api.asAdmin().get("/api/bom/?category=999999999").then().statusCode(400);
        Api.asAdmin().get("/api/bom/?optional=maybe").then().statusCode(400);
        Api.asAdmin().get("/api/part/?in_bom_for=999999999").then().statusCode(400);

        String page = Api.asAdmin().get("/api/bom/?limit=2&offset=1&ordering=sub_part&sub_part_detail=true&" + mine)
                .then().statusCode(200).body("count", equalTo(3)).body("results.pk", contains(cableLine, knobs))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/bom/", 200, page);
    }

    @Test
    void bulkUpdatesAndDeletionsChangeManyLines() {
        int assembly = assembly("Drone");
        int rotor = line(assembly, part("Rotor"), 4);
        int arm = line(assembly, part("Arm"), 4);
        patch("/api/bom/", Map.of("items", List.of(rotor, arm), "optional", true)).then().statusCode(200)
                .body("success", equalTo("Updated 2 items"));
        Api.asAdmin().get("/api/bom/?part=" + assembly + "&optional=true").then().body("pk", containsInAnyOrder(rotor, arm));
        patch("/api/bom/", Map.of("items", List.of(rotor, arm), "quantity", 0)).then().statusCode(400);
        Api.asAdmin().get("/api/bom/" + rotor + "/").then().body("quantity", equalTo(4.0f));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("filters", Map.of("part", assembly)))
                .delete("/api/bom/").then().statusCode(200).body("success", equalTo("Deleted 2 items"));
        Api.asAdmin().get("/api/bom/?part=" + assembly).then().body("pk", empty());
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of()).delete("/api/bom/").then().statusCode(400);
    }

    @Test
    void deletingPartsFollowsTheirUseInAssemblies() {
        int assembly = assembly("Robot");
        int motor = part("Motor", "active", false);
        int spare = part("Spare motor", "active", false);
        int id = line(assembly, motor, 2);
        post("/api/bom/substitute/", Map.of("bom_item", id, "part", spare)).then().statusCode(201);
        patch("/api/part/" + assembly + "/bom-validate/", Map.of("valid", true)).then().statusCode(200);

        Api.asAdmin().delete("/api/part/" + motor + "/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Cannot delete this part as it is used in an assembly"));
        // a substitute is not a component of the BOM: it may go, and leaves the line
        Api.asAdmin().delete("/api/part/" + spare + "/").then().statusCode(204);
        Api.asAdmin().get("/api/bom/substitute/?bom_item=" + id).then().body("pk", empty());

        setting("PART_ALLOW_DELETE_FROM_ASSEMBLY", true);
        try {
            Api.asAdmin().delete("/api/part/" + motor + "/").then().statusCode(204);
        } finally {
            setting("PART_ALLOW_DELETE_FROM_ASSEMBLY", false);
        }
        Api.asAdmin().get("/api/bom/" + id + "/").then().statusCode(404);
        Api.asAdmin().get("/api/part/" + assembly + "/bom-validate/").then().body("bom_validated", equalTo(false));

        // an assembly takes its own BOM with it
        int wheel = part("Wheel");
        int own = line(assembly, wheel, 4);
        patch("/api/part/" + assembly + "/", Map.of("active", false)).then().statusCode(200);
        Api.asAdmin().delete("/api/part/" + assembly + "/").then().statusCode(204);
        Api.asAdmin().get("/api/bom/" + own + "/").then().statusCode(404);
        Api.asAdmin().get("/api/part/" + wheel + "/").then().statusCode(200);
    }

    @Test
    void theBomRoleGuardsLinesAndThePartRoleTheValidation() {
        String viewer = user("bom", Map.of("can_view", true));
        String editor = user("bom", Map.of("can_view", true, "can_add", true, "can_change", true));
        String partsOnly = user("part", Map.of("can_view", true, "can_change", true));
        String builder = user("build", Map.of("can_view", true));
        int assembly = assembly("Printer");
        int source = assembly("Printer 2");
        int roller = part("Roller");
        int id = line(source, roller, 1);

        as(viewer).get("/api/bom/?part=" + source).then().statusCode(200).body("pk", contains(id));
        as(builder).get("/api/bom/" + id + "/").then().statusCode(200);
        as(partsOnly).get("/api/bom/").then().statusCode(403);
        as(viewer).contentType(ContentType.JSON).body(Map.of("part", assembly, "sub_part", roller, "quantity", 1))
                .post("/api/bom/").then().statusCode(403);
        as(editor).contentType(ContentType.JSON).body(Map.of("part", assembly, "sub_part", roller, "quantity", 1))
                .post("/api/bom/").then().statusCode(201);
        as(viewer).contentType(ContentType.JSON).body(Map.of("part", source)).post("/api/part/" + assembly + "/bom-copy/")
                .then().statusCode(403);
        as(editor).contentType(ContentType.JSON).body(Map.of("part", source)).post("/api/part/" + assembly + "/bom-copy/")
                .then().statusCode(201);
        as(viewer).contentType(ContentType.JSON).body(Map.of("valid", true)).put("/api/bom/" + id + "/validate/")
                .then().statusCode(403);
        as(editor).contentType(ContentType.JSON).body(Map.of("valid", true)).put("/api/bom/" + id + "/validate/")
                .then().statusCode(200);
        as(editor).contentType(ContentType.JSON).body(Map.of("valid", true))
                .put("/api/part/" + assembly + "/bom-validate/").then().statusCode(403);
        as(partsOnly).contentType(ContentType.JSON).body(Map.of("valid", true))
                .put("/api/part/" + assembly + "/bom-validate/").then().statusCode(200).body("bom_validated", equalTo(true));
        Api.anonymous().get("/api/bom/").then().statusCode(401);
    }

    @Test
    void invenTreesFixtureBomsAreImported() {
        Api.asAdmin().get("/api/bom/1/").then().statusCode(200)
                .body("part", equalTo(100)).body("sub_part", equalTo(1)).body("quantity", equalTo(10.0f))
                .body("raw_amount", equalTo("10")).body("allow_variants", equalTo(true))
                .body("validated", equalTo(false));
        Api.asAdmin().get("/api/bom/3/").then().body("reference", equalTo("ABCDE")).body("quantity", equalTo(25.0f));
        Api.asAdmin().get("/api/bom/?part=100&ordering=reference").then().body("pk", containsInAnyOrder(1, 2, 3, 4));
        Api.asAdmin().get("/api/bom/6/?substitutes=true").then().body("part", equalTo(101))
                .body("sub_part", equalTo(100)).body("substitutes.part", contains(5));
        Api.asAdmin().get("/api/bom/substitute/1/").then().statusCode(200).body("bom_item", equalTo(6))
                .body("part", equalTo(5));
        // part 5 is a component of two BOMs and the substitute on a third line
        Api.asAdmin().get("/api/bom/?uses=5").then().body("pk", org.hamcrest.Matchers.hasItems(3, 5, 6));
        // ids were moved past the imported ones
        int assembly = assembly("After import");
        assertThat(line(assembly, part("New line"), 1)).isGreaterThan(6);
    }

    private static final String PASSWORD = "bom-role-password-1";

    /** A user whose one group grants the given permissions of one role. */
    private String user(String role, Map<String, Boolean> permissions) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        int group = post("/api/user/group/", Map.of("name", prefix + " " + name)).then().statusCode(201)
                .extract().path("pk");
        int ruleSet = Api.asAdmin().get("/api/user/ruleset/?group=" + group + "&name=" + role).then().statusCode(200)
                .extract().path("[0].pk");
        patch("/api/user/ruleset/" + ruleSet + "/", permissions).then().statusCode(200);
        int id = post("/api/user/", Map.of("username", name, "group_ids", List.of(group))).then().statusCode(201)
                .extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
        return name;
    }

    private static RequestSpecification as(String user) {
        return Api.as(user, PASSWORD);
    }
}
