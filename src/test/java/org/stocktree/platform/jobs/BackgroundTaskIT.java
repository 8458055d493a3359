package org.stocktree.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;
import org.stocktree.testing.StocktreeServer;

/** {@code /api/background-task/}: schedules, batch jobs and their recorded outcome. */
class BackgroundTaskIT {

    @Test
    @Tag("h2")
    void responsesMatchInvenTreesSchema() throws SQLException {
        if (Api.server().onPostgresql()) {
            insertTask("FAILED", "stocktree.jobs.contract", Api.server().nodeName());
            insertTask("PENDING", "stocktree.jobs.contract", "contract-node");
        }
        for (String list : List.of("/api/background-task/failed/", "/api/background-task/pending/",
                "/api/background-task/scheduled/")) {
            ApiContract.assertResponse("get", list, 200, Api.asAdmin().get(list + "?limit=5").asString());
            ApiContract.assertResponse("get", list, 200, Api.asAdmin().get(list).asString());
        }
        ApiContract.assertResponse("get", "/api/background-task/", 200,
                Api.asAdmin().get("/api/background-task/").asString());
        String task = Api.asAdmin().get("/api/background-task/scheduled/").then().extract().jsonPath()
                .getString("find { it.name == 'housekeeping' }.task");
        ApiContract.assertResponse("get", "/api/background-task/{task_id}/", 200,
                Api.asAdmin().get("/api/background-task/" + task + "/").asString());
    }

    @Test
    @Tag("h2")
    void overviewReportsARunningWorkerAndTheSchedules() {
        Api.asAdmin().get("/api/background-task/").then()
                .statusCode(200)
                .body("is_running", equalTo(true))
                .body("scheduled_tasks", equalTo(2))
                .body("pending_tasks", notNullValue())
                .body("failed_tasks", notNullValue());
    }

    @Test
    @Tag("h2")
    void schedulesListTheirLastAndNextRun() {
        JsonPath page = Api.asAdmin().get("/api/background-task/scheduled/?limit=10").then()
                .statusCode(200)
                .body("count", equalTo(2))
                .body("results.name", hasItems("heartbeat", "housekeeping"))
                .extract().jsonPath();
        Map<String, Object> heartbeat = page.getMap("results.find { it.name == 'heartbeat' }");
        assertThat(heartbeat.get("last_run")).isNotNull();
        assertThat(heartbeat.get("next_run")).isNotNull();
        assertThat(heartbeat.get("success")).isEqualTo(true);
    }

    @Test
    @Tag("h2")
    void theStartUpHousekeepingJobRanAndItsOutcomeIsRecorded() {
        String task = Api.asAdmin().get("/api/background-task/scheduled/").then().statusCode(200)
                .extract().jsonPath().getString("find { it.name == 'housekeeping' }.task");
        assertThat(task).isNotBlank();
        awaitComplete(task);
        Api.asAdmin().get("/api/background-task/" + task + "/").then()
                .statusCode(200)
                .body("exists", equalTo(true))
                .body("complete", equalTo(true))
                .body("pending", equalTo(false))
                .body("success", equalTo(true))
                .body("http_status", equalTo(200));
    }

    @Test
    @Tag("h2")
    void anUnknownTaskDoesNotExist() {
        Api.asAdmin().get("/api/background-task/" + UUID.randomUUID() + "/").then()
                .statusCode(200)
                .body("exists", equalTo(false))
                .body("http_status", equalTo(404));
    }

    @Test
    void failedTasksArePagedSearchedOrderedAndBulkDeleted() throws SQLException {
        String prefix = "paging" + UUID.randomUUID().toString().substring(0, 8) + ".";
        long first = insertTask("FAILED", prefix + "alpha", Api.server().nodeName());
        long second = insertTask("FAILED", prefix + "beta", Api.server().nodeName());

        Api.asAdmin().get("/api/background-task/failed/?limit=1&ordering=func&search=" + prefix).then()
                .statusCode(200)
                .body("count", equalTo(2))
                .body("results[0].func", equalTo(prefix + "alpha"))
                .body("results[0].pk", equalTo(String.valueOf(first)))
                .body("next", notNullValue())
                .body("previous", equalTo(null));
        Api.asAdmin().get("/api/background-task/failed/?ordering=-func&search=" + prefix.toUpperCase() + "BETA").then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].func", equalTo(prefix + "beta"));

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of()).delete("/api/background-task/failed/").then()
                .statusCode(400)
                .body("non_field_errors[0]", equalTo("List of items or filters must be provided for bulk operation"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("items", List.of(-1))).delete("/api/background-task/failed/")
                .then().statusCode(400)
                .body("non_field_errors[0]", equalTo("No items match the provided criteria"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("items", List.of(first, second)))
                .delete("/api/background-task/failed/").then()
                .statusCode(200)
                .body("success", equalTo("Deleted 2 items"));
        Api.asAdmin().get("/api/background-task/failed/?search=" + prefix).then()
                .statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void bulkDeleteSelectsByFiltersAndRefusesFiltersItDoesNotKnow() throws SQLException {
        String prefix = "stocktree.bulk." + UUID.randomUUID().toString().substring(0, 6) + ".";
        long keep = insertTask("FAILED", prefix + "keep", "node-a");
        long dropOne = insertTask("FAILED", prefix + "drop", "node-a");
        long dropTwo = insertTask("FAILED", prefix + "drop", "node-b");
        long pending = insertTask("PENDING", prefix + "drop", "node-a");

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("filters", Map.of("colour", "red")))
                .delete("/api/background-task/failed/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Invalid filters provided"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("filters", Map.of("func__in", prefix + "drop")))
                .delete("/api/background-task/failed/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Invalid filters provided"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("filters", Map.of("func", prefix + "none")))
                .delete("/api/background-task/failed/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("No items match the provided criteria"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of()).delete("/api/background-task/failed/?all=false")
                .then().statusCode(400).body("non_field_errors[0]", equalTo("All filter must only be used with true"));

        // items and filters together select what both allow: keep is listed but does not match the filter
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("items", List.of(keep, dropOne, dropTwo), "filters", Map.of("func", prefix + "drop")))
                .delete("/api/background-task/failed/").then().statusCode(200)
                .body("success", equalTo("Deleted 2 items"));
        Api.asAdmin().get("/api/background-task/failed/?search=" + prefix).then().statusCode(200)
                .body("pk", equalTo(List.of(String.valueOf(keep))));
        Api.asAdmin().get("/api/background-task/pending/").then()
                .body("find { it.pk == " + pending + " }", notNullValue());
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("filters", Map.of("id__in", List.of(keep))))
                .delete("/api/background-task/failed/").then().statusCode(200)
                .body("success", equalTo("Deleted 1 items"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("items", List.of(pending)))
                .delete("/api/background-task/pending/").then().statusCode(200);
    }

    @Test
    void aCrashLeavesNoTaskRunningForeverOnThatNode() throws SQLException {
        StocktreeServer server = Api.server();
        long mine = insertTask("RUNNING", "stocktree.jobs.interrupted", server.nodeName());
        long otherNodes = insertTask("RUNNING", "stocktree.jobs.elsewhere", "some-other-node");

        server.crashAndRestart();

        Api.asAdmin().get("/api/background-task/failed/?search=stocktree.jobs.interrupted").then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].pk", equalTo(String.valueOf(mine)))
                .body("[0].result", equalTo("Interrupted: the server stopped while this task was running"));
        Api.asAdmin().get("/api/background-task/pending/").then()
                .statusCode(200)
                .body("find { it.pk == " + otherNodes + " }.key", equalTo("some-other-node"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("items", List.of(otherNodes)))
                .delete("/api/background-task/pending/").then().statusCode(200);
    }

    private static long insertTask(String state, String func, String node) throws SQLException {
        try (Connection sql = Api.server().sql();
                PreparedStatement insert = sql.prepareStatement("insert into background_task (id, task_id, name, func, "
                        + "args, kwargs, state, node, created, started, stopped, result, attempt_count) values "
                        + "(nextval('background_task_seq'), ?, 'test', ?, '()', '{}', ?, ?, ?, ?, ?, ?, 1) returning id")) {
            OffsetDateTime now = OffsetDateTime.now();
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, func);
            insert.setString(3, state);
            insert.setString(4, node);
            insert.setObject(5, now);
            insert.setObject(6, now);
            insert.setObject(7, "FAILED".equals(state) ? now : null);
            insert.setString(8, "FAILED".equals(state) ? "boom" : null);
            var rows = insert.executeQuery();
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void awaitComplete(String task) {
        for (int attempt = 0; attempt < 60; attempt++) {
            boolean complete = Api.asAdmin().get("/api/background-task/" + task + "/").then().extract()
                    .jsonPath().getBoolean("complete");
            if (complete) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
