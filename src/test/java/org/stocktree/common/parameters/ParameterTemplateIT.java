package org.stocktree.common.parameters;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Parameter templates: InvenTree's rules for names, units, checkboxes and choices, and every list filter. */
@Tag("h2")
class ParameterTemplateIT {

    private final ParameterFixture fixture = new ParameterFixture();
    private final String prefix = fixture.prefix;

    private Response post(Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/parameter/template/");
    }

    @Test
    void aTemplateIsCreatedReadChangedAndAnswersAsTheSchemaSays() {
        Response created = post(Map.of("name", prefix + " Length", "units", "mm", "description", "How long",
                "model_type", "part.part", "unique", 1));
        created.then().statusCode(201)
                .body("units", equalTo("mm"))
                .body("model_type", equalTo("part.part"))
                .body("checkbox", equalTo(false))
                .body("enabled", equalTo(true))
                .body("choices", equalTo(""))
                .body("selectionlist", nullValue())
                .body("unique", equalTo(1));
        ApiContract.assertResponse("post", "/api/parameter/template/", 201, created.asString());
        int id = created.path("pk");
        Response detail = Api.asAdmin().get("/api/parameter/template/" + id + "/");
        detail.then().statusCode(200).body("name", equalTo(prefix + " Length"));
        ApiContract.assertResponse("get", "/api/parameter/template/{id}/", 200, detail.asString());

        // a blank model type means any model
        Response changed = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("model_type", "", "enabled", false))
                .patch("/api/parameter/template/" + id + "/");
        changed.then().statusCode(200).body("model_type", nullValue()).body("enabled", equalTo(false));
        ApiContract.assertResponse("patch", "/api/parameter/template/{id}/", 200, changed.asString());
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", prefix + " Length", "model_type", "nothing.here"))
                .put("/api/parameter/template/" + id + "/").then().statusCode(400)
                .body("model_type[0]", equalTo("\"nothing.here\" is not a valid choice."));

        Response list = Api.asAdmin().get("/api/parameter/template/?search=" + prefix + "&limit=10");
        list.then().statusCode(200).body("count", equalTo(1));
        ApiContract.assertResponse("get", "/api/parameter/template/", 200, list.asString());

        Api.asAdmin().delete("/api/parameter/template/" + id + "/").then().statusCode(204);
        Api.asAdmin().get("/api/parameter/template/" + id + "/").then().statusCode(404);
        Api.anonymous().get("/api/parameter/template/").then().statusCode(401);
    }

    @Test
    void namesAreUniqueWhateverTheirCase() {
        post(Map.of("name", prefix + " Colour")).then().statusCode(201);
        post(Map.of("name", prefix.toUpperCase() + " COLOUR")).then().statusCode(400)
                .body("name[0]", equalTo("Parameter template name must be unique"));
        post(Map.of("units", "mm")).then().statusCode(400).body("name[0]", equalTo("This field is required."));
    }

    @Test
    void unitsMustBeKnownToTheUnitEngineCustomUnitsIncluded() {
        post(Map.of("name", prefix + " Bogus", "units", "furlongs per bogus")).then().statusCode(400)
                .body("units[0]", equalTo("Invalid physical unit"));
        String custom = "prmunit" + prefix.substring(3).toLowerCase().replaceAll("[^a-z]", "x");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", custom, "definition", "3 * meter"))
                .post("/api/units/").then().statusCode(201);
        post(Map.of("name", prefix + " Custom", "units", custom)).then().statusCode(201).body("units", equalTo(custom));
    }

    @Test
    void checkboxesHaveNeitherUnitsNorChoicesAndChoicesAreUnique() {
        post(Map.of("name", prefix + " Flag", "checkbox", true, "units", "mm")).then().statusCode(400)
                .body("units[0]", equalTo("Checkbox parameters cannot have units"));
        post(Map.of("name", prefix + " Flag", "checkbox", true, "choices", "a,b")).then().statusCode(400)
                .body("choices[0]", equalTo("Checkbox parameters cannot have choices"));
        post(Map.of("name", prefix + " Colours", "choices", "red, green,red")).then().statusCode(400)
                .body("choices[0]", equalTo("Choices must be unique"));
        post(Map.of("name", prefix + " Colours", "choices", " red, green, ")).then().statusCode(201)
                .body("choices", equalTo("red, green,"));
        post(Map.of("name", prefix + " Listed", "selectionlist", 3)).then().statusCode(400)
                .body("selectionlist[0]", equalTo("Invalid pk \"3\" - object does not exist."));
    }

    @Test
    void theListFiltersAsInvenTreesDoes() {
        int length = fixture.template(Map.of("name", "Length", "units", "mm", "model_type", "part.part"));
        int flag = fixture.template(Map.of("name", "Flag", "checkbox", true, "enabled", false));
        int colour = fixture.template(Map.of("name", "Colour", "choices", "red,green", "model_type", "part.partcategory",
                "unique", 2, "description", "findme " + prefix));
        String mine = "/api/parameter/template/?limit=100&search=" + prefix;
        Api.asAdmin().get(mine + "&has_units=true").then().body("results.pk", contains(length));
        Api.asAdmin().get(mine + "&has_units=false").then().body("results.pk", contains(flag, colour));
        Api.asAdmin().get(mine + "&has_choices=true").then().body("results.pk", contains(colour));
        Api.asAdmin().get(mine + "&checkbox=true").then().body("results.pk", contains(flag));
        Api.asAdmin().get(mine + "&enabled=false").then().body("results.pk", contains(flag));
        Api.asAdmin().get(mine + "&units=mm").then().body("results.pk", contains(length));
        Api.asAdmin().get(mine + "&unique=2").then().body("results.pk", contains(colour));
        Api.asAdmin().get(mine + "&unique=7").then().statusCode(400);
        Api.asAdmin().get("/api/parameter/template/?limit=10&name=" + prefix + " Flag").then().body("results.pk", contains(flag));
        // model_type: only templates of that type; for_model: those and templates for any model
        Api.asAdmin().get(mine + "&model_type=part.part").then().body("results.pk", contains(length));
        Api.asAdmin().get(mine + "&model_type=partcategory").then().body("results.pk", contains(colour));
        Api.asAdmin().get(mine + "&for_model=part.part").then().body("results.pk", contains(length, flag));
        Api.asAdmin().get(mine + "&for_model=nonsense").then().statusCode(400);
        // search covers the description; ordering by name, both ways
        Api.asAdmin().get("/api/parameter/template/?limit=10&search=findme " + prefix).then().body("results.pk", contains(colour));
        Api.asAdmin().get(mine + "&ordering=-name").then().body("results.pk", contains(length, flag, colour));
        Api.asAdmin().get(mine + "&ordering=checkbox,name").then().body("results.pk", contains(colour, length, flag));
    }

    @Test
    void existsForModelFindsTemplatesInUseByObjectAndByRelatedCategoryTree() {
        int electronics = fixture.category("Electronics", null);
        int resistors = fixture.category("Resistors", electronics);
        int capacitors = fixture.category("Capacitors", electronics);
        int resistor = fixture.part("R1", resistors, false);
        int capacitor = fixture.part("C1", capacitors, false);
        int resistance = fixture.template(Map.of("name", "Resistance", "units", "ohm"));
        int capacitance = fixture.template(Map.of("name", "Capacitance", "units", "F"));
        int tolerance = fixture.template(Map.of("name", "Tolerance"));
        int unused = fixture.template(Map.of("name", "Unused"));
        ParameterFixture.parameter(resistance, resistor, "10k");
        ParameterFixture.parameter(tolerance, resistor, "5");
        ParameterFixture.parameter(capacitance, capacitor, "10 uF");
        ParameterFixture.parameter(tolerance, capacitor, "10");
        String mine = "/api/parameter/template/?limit=100&search=" + prefix + "&exists_for_model=part.part";
        Api.asAdmin().get(mine).then().body("results.pk", hasItems(resistance, capacitance, tolerance))
                .body("results.pk", not(hasItem(unused)));
        Api.asAdmin().get(mine + "&exists_for_model_id=" + resistor).then()
                .body("results.pk", contains(resistance, tolerance));
        Api.asAdmin().get(mine + "&exists_for_related_model=category&exists_for_related_model_id=" + capacitors).then()
                .body("results.pk", contains(capacitance, tolerance));
        Api.asAdmin().get(mine + "&exists_for_related_model=category&exists_for_related_model_id=" + electronics).then()
                .body("results.pk", contains(resistance, capacitance, tolerance));
        Api.asAdmin().get(mine + "&exists_for_related_model=creationUser.password&exists_for_related_model_id=1")
                .then().statusCode(400);
        Api.asAdmin().get("/api/parameter/template/?limit=100&search=" + prefix + "&exists_for_model=stock.stockitem")
                .then().body("count", equalTo(0));
    }

    @Test
    void changingUnitsRecomputesTheNumbersAndDeletingATemplateDeletesItsParameters() {
        int length = fixture.template(Map.of("name", "Length", "units", "mm"));
        int part = fixture.part("Rod");
        int parameter = ParameterFixture.parameter(length, part, "2.5 cm");
        Api.asAdmin().get("/api/parameter/" + parameter + "/").then().body("data_numeric", equalTo(25.0f));
        Map<String, Object> units = new HashMap<>();
        units.put("units", "cm");
        Api.asAdmin().contentType(ContentType.JSON).body(units).patch("/api/parameter/template/" + length + "/")
                .then().statusCode(200);
        Api.asAdmin().get("/api/parameter/" + parameter + "/").then().body("data_numeric", equalTo(2.5f));
        Api.asAdmin().delete("/api/parameter/template/" + length + "/").then().statusCode(204);
        Api.asAdmin().get("/api/parameter/" + parameter + "/").then().statusCode(404);
        Api.asAdmin().get("/api/parameter/?limit=10&model_id=" + part + "&model_type=part.part").then()
                .body("results.template", everyItem(not(equalTo(length))));
    }
}
