package org.stocktree.common.settings;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/**
 * Settings survive a restart, the instance ID stays the installation's, and a setting that needs a
 * restart raises "restart required" until the server has restarted.
 */
@Tag("h2")
class SettingsRestartIT {

    private static final String GLOBAL = "/api/settings/global/";

    @Test
    void settingsOutliveTheServerAndTheRestartTheyAskFor() {
        String company = "Restart " + UUID.randomUUID().toString().substring(0, 8);
        admin().body(Map.of("value", company)).patch(GLOBAL + "INVENTREE_COMPANY_NAME/").then().statusCode(200);
        admin().body(Map.of("value", "YYYY/MM/DD")).patch("/api/settings/user/DATE_DISPLAY_FORMAT/").then().statusCode(200);
        String instanceId = admin().get(GLOBAL + "INVENTREE_INSTANCE_ID/").then().extract().path("value");

        admin().get(GLOBAL + "SERVER_RESTART_REQUIRED/").then().body("value", equalTo("False"));
        admin().body(Map.of("value", true)).patch(GLOBAL + "PLUGIN_ON_STARTUP/").then().statusCode(200);
        admin().get(GLOBAL + "SERVER_RESTART_REQUIRED/").then().body("value", equalTo("True"));

        Api.server().restart();

        admin().get(GLOBAL + "INVENTREE_COMPANY_NAME/").then().statusCode(200).body("value", equalTo(company));
        admin().get("/api/settings/user/DATE_DISPLAY_FORMAT/").then().body("value", equalTo("YYYY/MM/DD"));
        admin().get(GLOBAL + "INVENTREE_INSTANCE_ID/").then().body("value", equalTo(instanceId));
        admin().get(GLOBAL + "PLUGIN_ON_STARTUP/").then().body("value", equalTo("True"));
        admin().get(GLOBAL + "SERVER_RESTART_REQUIRED/").then().body("value", equalTo("False"));

        admin().body(Map.of("value", false)).patch(GLOBAL + "PLUGIN_ON_STARTUP/").then().statusCode(200);
        admin().body(Map.of("value", "False")).patch(GLOBAL + "SERVER_RESTART_REQUIRED/").then().statusCode(200);
        admin().body(Map.of("value", "My company name")).patch(GLOBAL + "INVENTREE_COMPANY_NAME/").then().statusCode(200);
        admin().body(Map.of("value", "YYYY-MM-DD")).patch("/api/settings/user/DATE_DISPLAY_FORMAT/").then().statusCode(200);
    }

    private static RequestSpecification admin() {
        return Api.asAdmin().contentType(ContentType.JSON);
    }
}
