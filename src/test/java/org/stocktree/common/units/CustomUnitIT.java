package org.stocktree.common.units;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** Custom units: defined by staff in terms of existing units, then known everywhere units are. */
@Tag("h2")
class CustomUnitIT {

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String fathom = "fathom_" + suffix;
    private final String symbol = "ft" + suffix.substring(0, 6);

    private static Response post(Map<String, ?> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/units/");
    }

    @Test
    void staffDefineUnitsThatTheUnitListThenKnows() {
        Response created = post(Map.of("name", fathom, "definition", "6 * foot", "symbol", symbol));
        created.then().statusCode(201)
                .body("name", equalTo(fathom))
                .body("symbol", equalTo(symbol))
                .body("definition", equalTo("6 * foot"));
        ApiContract.assertResponse("post", "/api/units/", 201, created.asString());
        int id = created.path("pk");

        String league = "league_" + suffix;
        post(Map.of("name", league, "definition", "1000 " + fathom)).then().statusCode(201).body("symbol", equalTo(""));

        String all = Api.asAdmin().get("/api/units/all/").then().statusCode(200)
                .body("default_system", equalTo("mks"))
                .body("available_systems", hasItems("SI", "mks", "imperial"))
                .body("available_units.meter.is_alias", equalTo(true))
                .body("available_units.m.is_alias", equalTo(false))
                .body("available_units.dozen.isdimensionless", equalTo(true))
                .body("available_units.'" + fathom + "'.compatible_units", hasItems("meter", "inch", fathom, league))
                .body("available_units.'" + symbol + "'.name", equalTo(symbol))
                .body("available_units.'" + league + "'.isdimensionless", equalTo(false))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/units/all/", 200, all);

        String list = Api.asAdmin().get("/api/units/?search=" + suffix + "&ordering=-name").then().statusCode(200)
                .body("name", equalTo(List.of(league, fathom))).extract().asString();
        ApiContract.assertResponse("get", "/api/units/", 200, list);
        String page = Api.asAdmin().get("/api/units/?limit=1&search=" + suffix).then().statusCode(200)
                .body("count", equalTo(2)).body("results[0].name", equalTo(fathom)).extract().asString();
        ApiContract.assertResponse("get", "/api/units/", 200, page);
        ApiContract.assertResponse("get", "/api/units/{id}/", 200,
                Api.asAdmin().get("/api/units/" + id + "/").then().statusCode(200).extract().asString());

        Response changed = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("definition", "2 yard"))
                .patch("/api/units/" + id + "/");
        changed.then().statusCode(200).body("definition", equalTo("2 yard")).body("name", equalTo(fathom));
        ApiContract.assertResponse("patch", "/api/units/{id}/", 200, changed.asString());
        Response replaced = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", fathom, "definition", "6 feet", "symbol", symbol)).put("/api/units/" + id + "/");
        replaced.then().statusCode(200).body("definition", equalTo("6 feet"));
        ApiContract.assertResponse("put", "/api/units/{id}/", 200, replaced.asString());

        Api.asAdmin().delete("/api/units/" + id + "/").then().statusCode(204);
        Api.asAdmin().get("/api/units/" + id + "/").then().statusCode(404).body("detail", equalTo("Not found."));
        Api.asAdmin().get("/api/units/all/").then().statusCode(200)
                .body("available_units.'" + fathom + "'", nullValue())
                .body("available_units.'" + league + "'", nullValue()) // its definition no longer reads
                .body("available_units.'" + symbol + "'", nullValue());
    }

    @Test
    void theDefinitionMustBeAValidExpressionOfExistingUnits() {
        post(Map.of("name", fathom, "definition", "6 * fooot")).then().statusCode(400)
                .body("definition[0]", equalTo("'fooot' is not defined in the unit registry"));
        post(Map.of("name", fathom, "definition", "6 *")).then().statusCode(400)
                .body("definition[0]", equalTo("Invalid syntax: incomplete expression"));
        post(Map.of("name", fathom, "definition", "1 / 0")).then().statusCode(400)
                .body("definition[0]", equalTo("division by zero"));
        post(Map.of("name", fathom, "definition", "")).then().statusCode(400)
                .body("definition[0]", equalTo("This field may not be blank."));
        post(Map.of("name", fathom)).then().statusCode(400).body("definition[0]", equalTo("This field is required."));
        post(Map.of("name", fathom, "definition", "x".repeat(51))).then().statusCode(400)
                .body("definition[0]", equalTo("Ensure this field has no more than 50 characters."));
        Api.asAdmin().get("/api/units/?search=" + suffix).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theNameMustBeANewIdentifier() {
        post(Map.of("name", fathom, "definition", "6 foot")).then().statusCode(201);
        post(Map.of("name", fathom, "definition", "7 foot")).then().statusCode(400)
                .body("name[0]", equalTo("Custom Unit with this Name already exists."));
        post(Map.of("name", "meter", "definition", "2 foot")).then().statusCode(400)
                .body("name[0]", equalTo("Cannot redefine 'meter' (unit)"));
        post(Map.of("name", "kilometers", "definition", "2 foot")).then().statusCode(400)
                .body("name[0]", equalTo("Cannot redefine 'kilometers' (unit)"));
        post(Map.of("name", "two words", "definition", "2 foot")).then().statusCode(400)
                .body("name[0]", equalTo("Unit name must be a valid identifier"));
        post(Map.of("name", "9lives", "definition", "2 foot")).then().statusCode(400)
                .body("name[0]", equalTo("Unit name must be a valid identifier"));
        post(Map.of("definition", "2 foot")).then().statusCode(400).body("name[0]", equalTo("This field is required."));
        post(Map.of("name", "n" + "x".repeat(50), "definition", "2 foot")).then().statusCode(400)
                .body("name[0]", equalTo("Ensure this field has no more than 50 characters."));
    }

    @Test
    void theSymbolMustBeNewAndUnique() {
        post(Map.of("name", fathom, "definition", "6 foot", "symbol", symbol)).then().statusCode(201);
        post(Map.of("name", "other_" + suffix, "definition", "6 foot", "symbol", symbol)).then().statusCode(400)
                .body("symbol[0]", equalTo("Unit symbol must be unique"));
        post(Map.of("name", "other_" + suffix, "definition", "6 foot", "symbol", "ft")).then().statusCode(400)
                .body("symbol[0]", equalTo("Cannot redefine 'ft' (unit)"));
        post(Map.of("name", "other_" + suffix, "definition", "6 foot", "symbol", "f t")).then().statusCode(400)
                .body("symbol[0]", equalTo("Unit symbol must be a valid identifier"));
        post(Map.of("name", "other_" + suffix, "definition", "6 foot", "symbol", "s".repeat(11))).then().statusCode(400)
                .body("symbol[0]", equalTo("Ensure this field has no more than 10 characters."));
    }

    @Test
    void aFullReplacementNeedsNameAndDefinitionAndChangesNothingWhenRefused() {
        int id = post(Map.of("name", fathom, "definition", "6 foot")).then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", fathom)).put("/api/units/" + id + "/").then()
                .statusCode(400).body("definition[0]", equalTo("This field is required."));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "meter", "definition", "1 m"))
                .patch("/api/units/" + id + "/").then().statusCode(400);
        Api.asAdmin().contentType(ContentType.JSON).body(List.of(1)).patch("/api/units/" + id + "/").then()
                .statusCode(400).body("non_field_errors[0]", equalTo("Invalid data. Expected a dictionary, but got list."));
        Api.asAdmin().get("/api/units/" + id + "/").then().statusCode(200)
                .body("name", equalTo(fathom)).body("definition", equalTo("6 foot"));
        Api.asAdmin().delete("/api/units/999999999/").then().statusCode(404);
    }

    @Test
    void usersWithoutStaffReadButDoNotWrite() {
        String user = "unit-reader-" + suffix;
        int userId = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", user)).post("/api/user/")
                .then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "unit-reader-pass"))
                .put("/api/user/" + userId + "/set-password/").then().statusCode(200);
        Api.as(user, "unit-reader-pass").get("/api/units/").then().statusCode(200);
        Api.as(user, "unit-reader-pass").get("/api/units/all/").then().statusCode(200);
        Api.as(user, "unit-reader-pass").contentType(ContentType.JSON).body(Map.of("name", fathom, "definition", "6 ft"))
                .post("/api/units/").then().statusCode(403);
        Api.anonymous().get("/api/units/all/").then().statusCode(401);
    }
}
