package org.stocktree.common.parameters;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/**
 * InvenTree's parameter fixtures ({@code part/params.yaml}), imported at the test server's start:
 * templates with natural-key model types, parameters on parts (some of them defined later in the
 * import) with their numbers, and the category templates under their mixed-case label.
 */
@Tag("h2")
class ParameterImportIT {

    @Test
    void theTemplatesAreThereWithTheirUnitsAndModelType() {
        Api.asAdmin().get("/api/parameter/template/1/").then().statusCode(200)
                .body("name", equalTo("Length")).body("units", equalTo("mm")).body("model_type", equalTo("part.part"))
                .body("checkbox", equalTo(false)).body("enabled", equalTo(true));
        Api.asAdmin().get("/api/parameter/template/2/").then().statusCode(200).body("name", equalTo("Width"));
        Api.asAdmin().get("/api/parameter/template/3/").then().statusCode(200).body("name", equalTo("Thickness"));
    }

    @Test
    void theParametersAreOnTheirPartsWithTheirNumbers() {
        Api.asAdmin().get("/api/parameter/1/").then().statusCode(200)
                .body("model_type", equalTo("part.part")).body("model_id", equalTo(1)).body("template", equalTo(1))
                .body("data", equalTo("4")).body("data_numeric", equalTo(4.0f));
        Api.asAdmin().get("/api/parameter/?limit=10&model_type=part.part&model_id=3&ordering=template").then()
                .body("results.template", contains(1, 2, 3)).body("results.data", contains("12", "12", "12"));
        Api.asAdmin().get("/api/parameter/?limit=10&model_type=part&model_id=100").then()
                .body("results.pk", hasItems(6, 7));
        Api.asAdmin().get("/api/part/3/?parameters=true").then().body("parameters.template_detail.name",
                contains("Length", "Thickness", "Width"));
    }

    @Test
    void theCategoryTemplatesAreOnTheMechanicalCategory() {
        Api.asAdmin().get("/api/part/category/parameters/?limit=10&category=7&fetch_parent=false").then()
                .body("results.pk", contains(1, 2)).body("results.template", contains(1, 3))
                .body("results.default_value", contains("2.8", "0.5"));
    }
}
