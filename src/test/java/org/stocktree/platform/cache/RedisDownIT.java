package org.stocktree.platform.cache;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/**
 * Runs against a server whose Redis URL points at a port where nothing listens: every request
 * must still succeed, served from the database.
 */
@Tag("redis-down")
class RedisDownIT {

    @Test
    void requestsThatUseTheCacheStillSucceed() {
        for (int i = 0; i < 20; i++) {
            Api.anonymous().get("/api/").then()
                    .statusCode(200)
                    .body("server", equalTo("InvenTree"))
                    .body("worker_running", equalTo(true));
        }
        Api.asAdmin().get("/api/background-task/").then()
                .statusCode(200)
                .body("is_running", equalTo(true));
    }
}
