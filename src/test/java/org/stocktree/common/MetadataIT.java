package org.stocktree.common;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/**
 * Metadata of registered model types, by id or by a declared unique field. Project codes are the
 * model with metadata so far; InvenTree guards them by no role, so any signed-in user may use it.
 */
@Tag("h2")
class MetadataIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String USER = "meta-user-" + SUFFIX;
    private static final String PASSWORD = "meta-user-pass";
    private static final String CODE = "META-" + SUFFIX;
    private static int project;

    @BeforeAll
    static void setUp() {
        int id = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", USER)).post("/api/user/")
                .then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
        project = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("code", CODE)).post("/api/project-code/")
                .then().statusCode(201).extract().path("pk");
    }

    @Test
    void putReplacesAndPatchMerges() {
        int own = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("code", CODE + "-2")).post("/api/project-code/")
                .then().statusCode(201).extract().path("pk");
        String path = "/api/metadata/projectcode/" + own + "/";
        String empty = Api.as(USER, PASSWORD).get(path).then().statusCode(200)
                .body("metadata", aMapWithSize(0)).extract().asString();
        ApiContract.assertResponse("get", "/api/metadata/{model}/{id}/", 200, empty);

        Response put = Api.as(USER, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("metadata", Map.of("plugin", Map.of("colour", "red"), "count", 3))).put(path);
        put.then().statusCode(200).body("metadata.plugin.colour", equalTo("red")).body("metadata.count", equalTo(3));
        ApiContract.assertResponse("put", "/api/metadata/{model}/{id}/", 200, put.asString());

        Response patch = Api.as(USER, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("metadata", Map.of("count", 4, "tags", List.of("a", "b")))).patch(path);
        patch.then().statusCode(200)
                .body("metadata.plugin.colour", equalTo("red"))
                .body("metadata.count", equalTo(4))
                .body("metadata.tags[1]", equalTo("b"));
        ApiContract.assertResponse("patch", "/api/metadata/{model}/{id}/", 200, patch.asString());

        Api.as(USER, PASSWORD).contentType(ContentType.JSON).body(Map.of("metadata", Map.of("only", true))).put(path)
                .then().statusCode(200).body("metadata", equalTo(Map.of("only", true)));
        Api.as(USER, PASSWORD).get(path).then().body("metadata", equalTo(Map.of("only", true)));
        Api.as(USER, PASSWORD).contentType(ContentType.JSON).body(Map.of()).patch(path).then().statusCode(200)
                .body("metadata", equalTo(Map.of("only", true)));
    }

    @Test
    void objectsAreFoundByTheirDeclaredUniqueField() {
        String path = "/api/metadata/projectcode/code/" + CODE + "/";
        Response put = Api.as(USER, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("metadata", Map.of("source", "lookup"))).put(path);
        put.then().statusCode(200);
        ApiContract.assertResponse("put", "/api/metadata/{model}/{lookup_field}/{lookup_value}/", 200, put.asString());
        Response patch = Api.as(USER, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("metadata", Map.of("more", 1))).patch(path);
        patch.then().statusCode(200).body("metadata.source", equalTo("lookup")).body("metadata.more", equalTo(1));
        ApiContract.assertResponse("patch", "/api/metadata/{model}/{lookup_field}/{lookup_value}/", 200, patch.asString());
        String read = Api.as(USER, PASSWORD).get(path).then().statusCode(200).body("metadata.more", equalTo(1))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/metadata/{model}/{lookup_field}/{lookup_value}/", 200, read);
        Api.as(USER, PASSWORD).get("/api/metadata/projectcode/pk/" + project + "/").then().statusCode(200)
                .body("metadata.source", equalTo("lookup"));
    }

    @Test
    void unknownModelsObjectsAndFieldsAreNotFound() {
        Api.as(USER, PASSWORD).get("/api/metadata/nosuchmodel/1/").then().statusCode(404).body("detail", equalTo("Not found."));
        Api.asAdmin().get("/api/metadata/user/1/").then().statusCode(404); // users carry no metadata
        Api.as(USER, PASSWORD).get("/api/metadata/projectcode/999999/").then().statusCode(404);
        Api.as(USER, PASSWORD).get("/api/metadata/projectcode/code/NO-SUCH-CODE/").then().statusCode(404);
        // only declared unique fields: anything else could be used to probe other columns
        Api.asAdmin().get("/api/metadata/projectcode/description/x/").then().statusCode(404);
        Api.asAdmin().get("/api/metadata/projectcode/code__startswith/META/").then().statusCode(404);
        Api.as(USER, PASSWORD).get("/api/metadata/projectcode/pk/abc/").then().statusCode(404);
    }

    @Test
    void metadataMustBeAJsonObject() {
        String path = "/api/metadata/projectcode/" + project + "/";
        Api.as(USER, PASSWORD).contentType(ContentType.JSON).body(Map.of("metadata", List.of(1, 2))).put(path).then()
                .statusCode(400).body("metadata[0]", equalTo("Metadata must be a JSON object."));
        Api.as(USER, PASSWORD).contentType(ContentType.JSON).body("{\"metadata\": \"text\"}").patch(path).then()
                .statusCode(400).body("metadata[0]", equalTo("Metadata must be a JSON object."));
        Api.as(USER, PASSWORD).contentType(ContentType.JSON).body("{\"metadata\": null}").put(path).then()
                .statusCode(400);
        Api.as(USER, PASSWORD).contentType(ContentType.JSON).body(Map.of("other", 1)).put(path).then()
                .statusCode(400).body("metadata[0]", equalTo("This field is required."));
        Api.as(USER, PASSWORD).contentType(ContentType.JSON).body("[1]").put(path).then().statusCode(400);
    }

    @Test
    void anonymousCallersAreRefused() {
        Api.anonymous().get("/api/metadata/projectcode/" + project + "/").then().statusCode(401);
        Api.anonymous().contentType(ContentType.JSON).body(Map.of("metadata", Map.of()))
                .put("/api/metadata/projectcode/code/" + CODE + "/").then().statusCode(401);
    }
}
