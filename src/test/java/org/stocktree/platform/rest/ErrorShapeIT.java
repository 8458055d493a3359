package org.stocktree.platform.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/** Bad requests get Django REST Framework's error shapes, never a 500. */
@Tag("h2")
class ErrorShapeIT {

    @Test
    void malformedJsonIsA400WithNonFieldErrors() {
        Api.asAdmin().contentType(ContentType.JSON).body("{\"items\": [1, ").delete("/api/background-task/failed/").then()
                .statusCode(400)
                .header("Content-Type", equalTo("application/json"))
                .body("non_field_errors[0]", startsWith("Invalid JSON"));
    }

    @Test
    void wrongTypesInJsonAreA400() {
        Api.asAdmin().contentType(ContentType.JSON).body("{\"items\": \"all\"}").delete("/api/background-task/failed/")
                .then().statusCode(400)
                .header("Content-Type", equalTo("application/json"))
                .body("items[0]", equalTo("Invalid value for this field."));
    }

    @Test
    void unsupportedMethodIsA405WithDetail() {
        Api.asAdmin().contentType(ContentType.JSON).body("{}").post("/api/system/health/").then()
                .statusCode(405)
                .body("detail", equalTo("Method not allowed."));
    }

    @Test
    void pagingParametersThatAreNotNumbersAreIgnored() {
        Api.asAdmin().get("/api/background-task/scheduled/?limit=abc&offset=-3").then()
                .statusCode(200)
                .body("size()", equalTo(2));
    }
}
