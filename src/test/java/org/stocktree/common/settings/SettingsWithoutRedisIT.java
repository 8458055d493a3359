package org.stocktree.common.settings;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/** With Redis configured but unreachable, settings are read from the database and still change at once. */
@Tag("redis-down")
class SettingsWithoutRedisIT {

    @Test
    void settingsWorkWhileTheCacheIsDown() {
        Api.asAdmin().get("/api/settings/global/LABEL_DPI/").then().statusCode(200).body("value", equalTo("300"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("value", 600))
                .patch("/api/settings/global/LABEL_DPI/").then().statusCode(200);
        Api.asAdmin().get("/api/settings/global/LABEL_DPI/").then().body("value", equalTo("600"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("value", 300))
                .patch("/api/settings/global/LABEL_DPI/").then().statusCode(200);
        Api.asAdmin().get("/api/settings/global/LABEL_DPI/").then().body("value", equalTo("300"));
    }
}
