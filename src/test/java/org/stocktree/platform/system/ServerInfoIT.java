package org.stocktree.platform.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/** {@code /api/}, {@code /api/system/health/} and {@code /api/version/} as InvenTree clients see them. */
@Tag("h2")
class ServerInfoIT {

    /** InvenTree answers these with null for callers who are not staff, whatever its schema says. */
    static final String[] STAFF_ONLY = {"system_health", "database", "platform", "installer", "django_admin"};

    @Test
    void responsesMatchInvenTreesSchema() {
        ApiContract.assertResponse("get", "/api/", 200, Api.anonymous().get("/api/").asString(), STAFF_ONLY);
        ApiContract.assertResponse("get", "/api/", 200, Api.asAdmin().get("/api/").asString(), "django_admin");
        ApiContract.assertResponse("get", "/api/system/health/", 200,
                Api.anonymous().get("/api/system/health/").asString());
        ApiContract.assertResponse("get", "/api/version/", 200, Api.asAdmin().get("/api/version/").asString());
    }

    @Test
    void anonymousCallersSeeTheServerButNotTheInstallation() {
        Api.anonymous().get("/api/").then()
                .statusCode(200)
                .header("Content-Type", equalTo("application/json"))
                .body("server", equalTo("InvenTree"))
                .body("apiVersion", equalTo(534))
                .body("version", notNullValue())
                .body("instance", notNullValue())
                .body("worker_running", equalTo(true))
                .body("database", nullValue())
                .body("platform", nullValue())
                .body("system_health", nullValue());
    }

    @Test
    void staffSeeTheDatabaseAndPlatform() {
        Api.asAdmin().get("/api/").then()
                .statusCode(200)
                .body("database", equalTo(Api.server().database()))
                .body("platform", startsWith("Linux"))
                .body("system_health", equalTo(true))
                .body("worker_count", notNullValue());
    }

    @Test
    void healthAnswersOkToAnyone() {
        Api.anonymous().get("/api/system/health/").then()
                .statusCode(200)
                .header("Content-Type", equalTo("application/json"))
                .body("status", equalTo("ok"));
    }

    @Test
    void versionIsForStaffOnly() {
        Api.anonymous().get("/api/version/").then()
                .statusCode(401)
                .body("detail", equalTo("Authentication credentials were not provided."));
        Api.asAdmin().get("/api/version/").then()
                .statusCode(200)
                .body("version.api", equalTo(534))
                .body("version.django", startsWith("WildFly"))
                .body("links.doc", notNullValue());
    }

    @Test
    void unknownApiPathsAnswerJson404() {
        Api.anonymous().get("/api/no-such-endpoint/").then()
                .statusCode(404)
                .header("Content-Type", equalTo("application/json"))
                .body("detail", equalTo("Not found."));
    }

    @Test
    void repeatedSlashesInPathsAreTolerated() throws Exception {
        // Sent byte for byte: the REST client used elsewhere normalizes paths itself.
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Api.server().baseUrl() + "/api//system//health/?format=json")).build();
        var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void formatJsonQueryParameterIsAccepted() {
        Api.anonymous().get("/api/?format=json").then().statusCode(200).body("server", equalTo("InvenTree"));
    }
}
