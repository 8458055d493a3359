package org.stocktree.platform;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/** A restarted server comes back on the data it had: the H2 file and the PostgreSQL database persist. */
@Tag("h2")
class RestartIT {

    @Test
    void dataSurvivesARestart() {
        String task = Api.asAdmin().get("/api/background-task/scheduled/").then().statusCode(200)
                .extract().jsonPath().getString("find { it.name == 'housekeeping' }.task");
        int schedulePk = Api.asAdmin().get("/api/background-task/scheduled/").then()
                .extract().jsonPath().getInt("find { it.name == 'heartbeat' }.pk");

        Api.server().restart();

        Api.asAdmin().get("/api/background-task/" + task + "/").then()
                .statusCode(200)
                .body("exists", equalTo(true));
        Api.asAdmin().get("/api/background-task/scheduled/").then()
                .statusCode(200)
                .body("find { it.name == 'heartbeat' }.pk", equalTo(schedulePk))
                .body("size()", equalTo(2));
    }
}
