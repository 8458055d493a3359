package org.stocktree.common.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/**
 * Parameters: values checked against their templates and stored with their number, one per
 * template and object, access by the object's role, locked parts, and the part list's parameter
 * filters, ordering and {@code parameters} field.
 */
@Tag("h2")
class ParameterIT {

    private final ParameterFixture fixture = new ParameterFixture();

    private static Response post(int template, String modelType, int modelId, String data) {
        return ParameterFixture.post(Api.asAdmin(), template, modelType, modelId, data);
    }

    private static Response patch(int parameter, Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).patch("/api/parameter/" + parameter + "/");
    }

    @Test
    void aParameterIsStoredWithItsNumberInTheTemplatesUnitsAndAnswersAsTheSchemaSays() {
        int length = fixture.template(Map.of("name", "Length", "units", "mm"));
        int part = fixture.part("Rod");
        int admin = Api.asAdmin().get("/api/user/me/").then().extract().path("pk");
        Response created = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("template", length, "model_type", "part.part", "model_id", part, "data", "2.5 cm",
                        "note", "measured", "data_numeric", 99))
                .post("/api/parameter/");
        created.then().statusCode(201)
                .body("data", equalTo("2.5 cm"))
                .body("data_numeric", equalTo(25.0f))
                .body("model_type", equalTo("part.part"))
                .body("model_id", equalTo(part))
                .body("note", equalTo("measured"))
                .body("updated", notNullValue())
                .body("updated_by", equalTo(admin))
                .body("updated_by_detail.pk", equalTo(admin))
                .body("template_detail.pk", equalTo(length))
                .body("template_detail.units", equalTo("mm"));
        ApiContract.assertResponse("post", "/api/parameter/", 201, created.asString());
        int id = created.path("pk");

        // a plain number is in the template's units
        Response changed = patch(id, Map.of("data", "10"));
        changed.then().statusCode(200).body("data", equalTo("10")).body("data_numeric", equalTo(10.0f))
                .body("note", equalTo("measured"));
        ApiContract.assertResponse("patch", "/api/parameter/{id}/", 200, changed.asString());
        Response detail = Api.asAdmin().get("/api/parameter/" + id + "/");
        ApiContract.assertResponse("get", "/api/parameter/{id}/", 200, detail.asString());
        Response list = Api.asAdmin().get("/api/parameter/?limit=5&model_type=part.part&model_id=" + part);
        list.then().body("count", equalTo(1));
        ApiContract.assertResponse("get", "/api/parameter/", 200, list.asString());

        patch(id, Map.of("data", "three metres")).then().statusCode(400)
                .body("data[0]", equalTo("Could not convert three metres to mm"));
        patch(id, Map.of("data", "")).then().statusCode(400).body("data[0]", equalTo("This field may not be blank."));
        Api.asAdmin().delete("/api/parameter/" + id + "/").then().statusCode(204);
        Api.asAdmin().get("/api/parameter/" + id + "/").then().statusCode(404);
    }

    @Test
    void withoutUnitEnforcementAnyTextGoesAndHasNoNumber() {
        int length = fixture.template(Map.of("name", "Length", "units", "mm"));
        int part = fixture.part("Loose");
        ParameterFixture.setting("PARAMETER_ENFORCE_UNITS", false);
        try {
            post(length, "part.part", part, "about a hand").then().statusCode(201).body("data_numeric", nullValue());
        } finally {
            ParameterFixture.setting("PARAMETER_ENFORCE_UNITS", true);
        }
    }

    @Test
    void choicesCheckboxesAndPlainNumbersFollowTheirTemplates() {
        int colour = fixture.template(Map.of("name", "Colour", "choices", "red, green"));
        int flag = fixture.template(Map.of("name", "Flag", "checkbox", true));
        int count = fixture.template(Map.of("name", "Count"));
        int part = fixture.part("Chosen");
        post(colour, "part.part", part, "blue").then().statusCode(400)
                .body("data[0]", equalTo("Invalid choice for parameter value"));
        post(colour, "part.part", part, "green").then().statusCode(201).body("data_numeric", nullValue());
        post(flag, "part.part", part, "banana").then().statusCode(400).body("data[0]", equalTo("Must be a valid boolean."));
        int flagged = post(flag, "part.part", part, "yes").then().statusCode(201).body("data", equalTo("True"))
                .body("data_numeric", equalTo(1.0f)).extract().path("pk");
        patch(flagged, Map.of("data", "0")).then().statusCode(200).body("data", equalTo("False"))
                .body("data_numeric", equalTo(0.0f));
        post(count, "part.part", part, "12").then().statusCode(201).body("data_numeric", equalTo(12.0f));
    }

    @Test
    void oneValuePerTemplateAndObjectOnObjectsThatTakeParameters() {
        int length = fixture.template(Map.of("name", "Length", "units", "mm"));
        int forCategories = fixture.template(Map.of("name", "Shelf", "model_type", "part.partcategory"));
        int part = fixture.part("Single");
        int category = fixture.category("Holder", null);
        post(length, "part.part", part, "4").then().statusCode(201);
        post(length, "part.part", part, "5").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("The fields model_type, model_id, template must make a unique set."));
        post(length, "company.company", 1, "5").then().statusCode(400)
                .body("model_type[0]", equalTo("Model type does not support parameters"));
        post(length, "part.nothing", part, "5").then().statusCode(400)
                .body("model_type[0]", equalTo("\"part.nothing\" is not a valid choice."));
        post(length, "part.part", 99_999_999, "5").then().statusCode(400)
                .body("model_id[0]", equalTo("Invalid pk \"99999999\" - object does not exist."));
        post(999_999_999, "part.part", part, "5").then().statusCode(400)
                .body("template[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
        post(forCategories, "part.part", part, "A").then().statusCode(400)
                .body("template[0]", equalTo("Parameter template does not apply to this model type"));
        post(forCategories, "part.partcategory", category, "A").then().statusCode(201)
                .body("model_type", equalTo("part.partcategory"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("model_type", "part.part"))
                .post("/api/parameter/").then().statusCode(400)
                .body("template[0]", equalTo("This field is required."))
                .body("data[0]", equalTo("This field is required."));
    }

    @Test
    void deletingACategoryDeletesItsParametersAndThoseOfTheCategoriesDeletedWithIt() {
        int shelf = fixture.template(Map.of("name", "Shelf"));
        int kept = fixture.category("Kept", null);
        int doomed = fixture.category("Doomed", kept);
        int below = fixture.category("Below", doomed);
        int onKept = post(shelf, "part.partcategory", kept, "A").then().statusCode(201).extract().path("pk");
        int onDoomed = post(shelf, "part.partcategory", doomed, "B").then().statusCode(201).extract().path("pk");
        int onBelow = post(shelf, "part.partcategory", below, "C").then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("delete_child_categories", true))
                .delete("/api/part/category/" + doomed + "/").then().statusCode(204);
        Api.asAdmin().get("/api/parameter/" + onDoomed + "/").then().statusCode(404);
        Api.asAdmin().get("/api/parameter/" + onBelow + "/").then().statusCode(404);
        Api.asAdmin().get("/api/parameter/" + onKept + "/").then().statusCode(200);
    }

    @Test
    void uniqueTemplatesRefuseTheSameValueAsTextOrAsQuantity() {
        int serial = fixture.template(Map.of("name", "Serial", "unique", 1));
        int pitch = fixture.template(Map.of("name", "Pitch", "units", "mm", "unique", 2));
        int free = fixture.template(Map.of("name", "Free"));
        int first = fixture.part("First");
        int second = fixture.part("Second");
        int category = fixture.category("Unique", null);
        post(serial, "part.part", first, "ABC123").then().statusCode(201);
        post(serial, "part.part", second, "abc123").then().statusCode(400)
                .body("data[0]", equalTo("Parameter value must be unique"));
        // unique per model type: a category may hold it
        post(serial, "part.partcategory", category, "ABC123").then().statusCode(201);
        post(pitch, "part.part", first, "10 mm").then().statusCode(201);
        post(pitch, "part.part", second, "1 cm").then().statusCode(400)
                .body("data[0]", equalTo("Parameter value must be unique"));
        post(pitch, "part.partcategory", category, "1cm").then().statusCode(400);
        post(free, "part.part", first, "same").then().statusCode(201);
        post(free, "part.part", second, "same").then().statusCode(201);
    }

    @Test
    void lockedPartsKeepTheirParameters() {
        int length = fixture.template(Map.of("name", "Length", "units", "mm"));
        int width = fixture.template(Map.of("name", "Width", "units", "mm"));
        int part = fixture.part("Locked");
        int parameter = ParameterFixture.parameter(length, part, "4");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("locked", true)).patch("/api/part/" + part + "/")
                .then().statusCode(200);
        post(width, "part.part", part, "5").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Cannot modify parameters of a locked part"));
        patch(parameter, Map.of("data", "6")).then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Cannot modify parameters of a locked part"));
        Api.asAdmin().delete("/api/parameter/" + parameter + "/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Cannot delete parameters of a locked part"));
        ParameterFixture.setting("PART_ENABLE_LOCKING", false);
        try {
            patch(parameter, Map.of("data", "6")).then().statusCode(200);
        } finally {
            ParameterFixture.setting("PART_ENABLE_LOCKING", true);
        }
        Api.asAdmin().get("/api/parameter/" + parameter + "/").then().statusCode(200).body("data", equalTo("6"));
    }

    @Test
    void thePartsRoleDecidesWhoSeesAndChangesPartParameters() {
        int length = fixture.template(Map.of("name", "Length", "units", "mm"));
        int width = fixture.template(Map.of("name", "Width", "units", "mm"));
        int part = fixture.part("Guarded");
        int parameter = ParameterFixture.parameter(length, part, "4");
        String nobody = fixture.user("nobody", "part", null);
        String viewer = fixture.user("viewer", "part", Map.of("can_view", true));
        String editor = fixture.user("editor", "part", Map.of("can_view", true, "can_change", true));
        String pw = ParameterFixture.PASSWORD;
        String mine = "/api/parameter/?limit=10&model_type=part.part&model_id=" + part;

        Api.as(nobody, pw).get(mine).then().statusCode(200).body("count", equalTo(0));
        Api.as(nobody, pw).get("/api/parameter/" + parameter + "/").then().statusCode(403);
        ParameterFixture.post(Api.as(nobody, pw), width, "part.part", part, "1").then().statusCode(403);

        Api.as(viewer, pw).get(mine).then().statusCode(200).body("results.pk", contains(parameter));
        Api.as(viewer, pw).get("/api/parameter/" + parameter + "/").then().statusCode(200);
        ParameterFixture.post(Api.as(viewer, pw), width, "part.part", part, "1").then().statusCode(403);
        Api.as(viewer, pw).contentType(ContentType.JSON).body(Map.of("data", "5"))
                .patch("/api/parameter/" + parameter + "/").then().statusCode(403);

        int added = ParameterFixture.post(Api.as(editor, pw), width, "part.part", part, "1").then().statusCode(201)
                .extract().path("pk");
        Api.as(editor, pw).contentType(ContentType.JSON).body(Map.of("data", "5"))
                .patch("/api/parameter/" + parameter + "/").then().statusCode(200);
        Api.as(editor, pw).delete("/api/parameter/" + added + "/").then().statusCode(403);
        Api.as(editor, pw).contentType(ContentType.JSON).body(Map.of("items", List.of(added)))
                .delete("/api/parameter/").then().statusCode(403);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("items", List.of(added)))
                .delete("/api/parameter/").then().statusCode(200).body("success", equalTo("Deleted 1 items"));
        Api.asAdmin().get("/api/parameter/" + added + "/").then().statusCode(404);
        Api.anonymous().get("/api/parameter/").then().statusCode(401);
    }

    @Test
    void theListFiltersSearchesAndOrdersNumerically() {
        int length = fixture.template(Map.of("name", "Length", "units", "mm", "description", "long " + fixture.prefix));
        int colour = fixture.template(Map.of("name", "Colour", "enabled", false));
        int a = fixture.part("A");
        int b = fixture.part("B");
        int c = fixture.part("C");
        int nine = ParameterFixture.parameter(length, a, "9");
        int ten = ParameterFixture.parameter(length, b, "1 cm");
        int hundred = ParameterFixture.parameter(length, c, "100");
        int red = ParameterFixture.parameter(colour, a, "red");
        String byTemplate = "/api/parameter/?limit=10&template=" + length;
        Api.asAdmin().get(byTemplate + "&ordering=data").then().body("results.pk", contains(nine, ten, hundred));
        Api.asAdmin().get(byTemplate + "&ordering=-data").then().body("results.pk", contains(hundred, ten, nine));
        Api.asAdmin().get("/api/parameter/?limit=10&model_id=" + a + "&model_type=part&ordering=name").then()
                .body("results.pk", contains(red, nine));
        Api.asAdmin().get("/api/parameter/?limit=10&model_id=" + a + "&enabled=false").then().body("results.pk", contains(red));
        Api.asAdmin().get("/api/parameter/?limit=10&model_id=" + a + "&enabled=true").then().body("results.pk", contains(nine));
        Api.asAdmin().get("/api/parameter/?limit=10&search=long " + fixture.prefix).then()
                .body("results.pk", contains(nine, ten, hundred));
        int admin = Api.asAdmin().get("/api/user/me/").then().extract().path("pk");
        Api.asAdmin().get(byTemplate + "&updated_by=" + admin).then().body("count", equalTo(3));
        Api.asAdmin().get(byTemplate + "&updated_by=999999").then().body("count", equalTo(0));
        Api.asAdmin().get(byTemplate + "&model_type=bogus.model").then().statusCode(400);
    }

    @Test
    void thePartListFiltersAndOrdersByParameterValues() {
        int length = fixture.template(Map.of("name", "Length", "units", "mm"));
        int colour = fixture.template(Map.of("name", "Colour"));
        int flag = fixture.template(Map.of("name", "Flag", "checkbox", true));
        int category = fixture.category("Filtered", null);
        int small = fixture.part("Small", category, false);
        int medium = fixture.part("Medium", category, false);
        int large = fixture.part("Large", category, false);
        int none = fixture.part("None", category, false);
        ParameterFixture.parameter(length, small, "5 mm");
        ParameterFixture.parameter(length, medium, "2 cm");
        ParameterFixture.parameter(length, large, "100 mm");
        ParameterFixture.parameter(colour, small, "Dark red");
        ParameterFixture.parameter(colour, large, "blue");
        ParameterFixture.parameter(flag, medium, "true");
        String parts = "/api/part/?limit=10&category=" + category;

        // numerically, although as text "100 mm" < "2 cm" < "5 mm"; parts without a value last either way
        Api.asAdmin().get(parts + "&ordering=parameter_" + length).then().body("results.pk", contains(small, medium, large, none));
        Api.asAdmin().get(parts + "&ordering=-parameter_" + length).then().body("results.pk", contains(large, medium, small, none));

        Api.asAdmin().get(parts + "&parameter_" + length + "=20").then().body("results.pk", contains(medium));
        Api.asAdmin().get(parts + "&parameter_" + length + "=0.02 m").then().body("results.pk", contains(medium));
        Api.asAdmin().get(parts + "&parameter_" + length + "_gt=1 cm").then().body("results.pk", contains(large, medium));
        Api.asAdmin().get(parts + "&parameter_" + length + "_lte=20").then().body("results.pk", contains(medium, small));
        Api.asAdmin().get(parts + "&parameter_" + length + "_ne=20").then().body("results.pk", contains(large, none, small));
        Api.asAdmin().get(parts + "&parameter_" + length + "=not a length").then().body("results", empty());
        Api.asAdmin().get(parts + "&parameter_" + colour + "_icontains=RED").then().body("results.pk", contains(small));
        Api.asAdmin().get(parts + "&parameter_" + colour + "=blue").then().body("results.pk", contains(large));
        Api.asAdmin().get(parts + "&parameter_" + flag + "=1").then().body("results.pk", contains(medium));
        Api.asAdmin().get(parts + "&parameter_" + length + "_gt=1 cm&parameter_" + colour + "=blue").then()
                .body("results.pk", contains(large));
        Api.asAdmin().get(parts + "&parameter_999999999=1").then().statusCode(400);
        // the templates of several filters are read together; a missing one is still named
        Api.asAdmin().get(parts + "&parameter_" + length + "=20&parameter_999999999=1").then().statusCode(400)
                .body("parameter_999999999", contains("Invalid parameter template ID: 999999999"));
    }

    @Test
    void partsShowTheirParametersOnRequestAndTakeThemAlongWhenDeleted() {
        int length = fixture.template(Map.of("name", "Length", "units", "mm"));
        int width = fixture.template(Map.of("name", "Width", "units", "mm"));
        int part = fixture.part("Shown");
        int first = ParameterFixture.parameter(width, part, "3");
        int second = ParameterFixture.parameter(length, part, "4");
        Response detail = Api.asAdmin().get("/api/part/" + part + "/?parameters=true");
        detail.then().statusCode(200).body("parameters.pk", contains(second, first))
                .body("parameters[0].template_detail.name", equalTo(fixture.prefix + " Length"));
        ApiContract.assertResponse("get", "/api/part/{id}/", 200, detail.asString());
        Response list = Api.asAdmin().get("/api/part/?limit=5&parameters=true&search=" + fixture.prefix + " Shown");
        list.then().body("results[0].parameters.pk", contains(second, first));
        ApiContract.assertResponse("get", "/api/part/", 200, list.asString());
        Api.asAdmin().get("/api/part/" + part + "/").then().body("$", not(hasKey("parameters")));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("active", false)).patch("/api/part/" + part + "/")
                .then().statusCode(200);
        Api.asAdmin().delete("/api/part/" + part + "/").then().statusCode(204);
        Api.asAdmin().get("/api/parameter/" + first + "/").then().statusCode(404);
        assertThat(Api.asAdmin().get("/api/parameter/?limit=5&model_type=part.part&model_id=" + part)
                .<Integer>path("count")).isZero();
    }
}
