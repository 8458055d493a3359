package org.stocktree.common.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;

/**
 * Global and user settings over the API: defaults without stored rows, checked values, who may
 * read and write what, and changes seen at once through the cache.
 */
@Tag("h2")
class SettingsIT {

    private static final String GLOBAL = "/api/settings/global/";
    private static final String USER = "/api/settings/user/";
    private static final String PASSWORD = "settings-user-pass";

    /** Global settings a test changed, restored afterwards so that other tests see the defaults. */
    private final List<String> changed = new ArrayList<>();

    @AfterEach
    void restoreDefaults() {
        for (String key : changed) {
            String value = SettingsCatalogue.instance().global().get(key).defaultText();
            admin().body(Map.of("value", value)).patch(GLOBAL + key + "/").then().statusCode(200);
        }
    }

    @Test
    void everyoneSignedInListsTheGlobalSettingsWithTheirDefaults() {
        String user = newUser();
        String list = Api.as(user, PASSWORD).get(GLOBAL).then().statusCode(200)
                .body("key", hasItem("PART_COMPONENT"))
                .body("key", hasItem("SERVER_RESTART_REQUIRED"))
                .body("key", everyItem(not(startsWith("_"))))
                .body("find { it.key == 'BARCODE_INPUT_DELAY' }.value", equalTo("50"))
                .body("find { it.key == 'BARCODE_INPUT_DELAY' }.type", equalTo("integer"))
                .body("find { it.key == 'BARCODE_INPUT_DELAY' }.units", equalTo("ms"))
                .body("find { it.key == 'BARCODE_INPUT_DELAY' }.pk", lessThan(0))
                .body("find { it.key == 'BARCODE_INPUT_DELAY' }.typ", equalTo("inventree"))
                .body("find { it.key == 'BARCODE_INPUT_DELAY' }.read_only", equalTo(false))
                .body("find { it.key == 'PART_COMPONENT' }.value", equalTo("True"))
                .body("find { it.key == 'PART_COMPONENT' }.choices", empty())
                .body("find { it.key == 'REPORT_DEFAULT_PAGE_SIZE' }.type", equalTo("choice"))
                .body("find { it.key == 'REPORT_DEFAULT_PAGE_SIZE' }.choices.value", contains("A4", "A3", "Legal", "Letter"))
                .body("find { it.key == 'INVENTREE_DEFAULT_CURRENCY' }.choices.find { it.value == 'EUR' }.display_name",
                        equalTo("Euro"))
                .body("find { it.key == 'LOGIN_ENFORCE_MFA' }.confirm", equalTo(true))
                .body("find { it.key == 'INVENTREE_BASE_URL' }.value", startsWith("http"))
                .extract().asString();
        ApiContract.assertResponse("get", GLOBAL, 200, list);

        Response page = Api.as(user, PASSWORD).get(GLOBAL + "?limit=5&offset=5");
        page.then().statusCode(200)
                // InvenTree 534's 158 settings and TEST_UPLOAD_CREATE_TEMPLATE, kept from older versions
                .body("count", equalTo(159))
                .body("results.size()", equalTo(5))
                .body("next", startsWith("http"))
                .body("previous", startsWith("http"));
        ApiContract.assertResponse("get", GLOBAL, 200, page.asString());
    }

    @Test
    void theListIsSearchedByKeyAndOrdered() {
        List<String> currency = admin().get(GLOBAL + "?search=currency").then().statusCode(200)
                .extract().jsonPath().getList("key", String.class);
        assertThat(currency).isNotEmpty().allMatch(key -> key.contains("CURRENCY"))
                .contains("INVENTREE_DEFAULT_CURRENCY", "CURRENCY_CODES", "PURCHASEORDER_CONVERT_CURRENCY");

        List<String> descending = admin().get(GLOBAL + "?search=part_&ordering=-key").then().statusCode(200)
                .extract().jsonPath().getList("key", String.class);
        assertThat(descending).isNotEmpty().isSortedAccordingTo(Comparator.reverseOrder());

        List<String> byName = admin().get(GLOBAL + "?search=stock&ordering=name,unknown").then().statusCode(200)
                .extract().jsonPath().getList("name", String.class);
        assertThat(byName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void staffChangeGlobalSettingsWithCheckedValues() {
        changed.add("PART_COMPONENT");
        Response read = admin().get(GLOBAL + "part_component/");
        read.then().statusCode(200).body("key", equalTo("PART_COMPONENT")).body("value", equalTo("True"));
        ApiContract.assertResponse("get", GLOBAL + "{key}/", 200, read.asString());

        Response patched = admin().body(Map.of("value", false)).patch(GLOBAL + "PART_COMPONENT/");
        patched.then().statusCode(200).body("value", equalTo("False"));
        assertThat(patched.jsonPath().getLong("pk")).as("a stored row").isPositive();
        ApiContract.assertResponse("patch", GLOBAL + "{key}/", 200, patched.asString());

        Response put = admin().body(Map.of("value", "yes")).put(GLOBAL + "PART_COMPONENT/");
        put.then().statusCode(200).body("value", equalTo("True")).body("pk", equalTo(patched.jsonPath().getInt("pk")));
        ApiContract.assertResponse("put", GLOBAL + "{key}/", 200, put.asString());

        admin().body(Map.of("value", "maybe")).patch(GLOBAL + "PART_COMPONENT/").then()
                .statusCode(400).body("value", contains("Must be a valid boolean."));
        admin().body(Map.of("value", 3)).patch(GLOBAL + "INVENTREE_DELETE_TASKS_DAYS/").then()
                .statusCode(400).body("value", contains("Ensure this value is greater than or equal to 7."));
        admin().body(Map.of("value", "A5")).patch(GLOBAL + "REPORT_DEFAULT_PAGE_SIZE/").then()
                .statusCode(400).body("value", contains("\"A5\" is not a valid choice."));
        admin().body(Map.of("value", "SO-")).patch(GLOBAL + "SALESORDER_REFERENCE_PATTERN/").then()
                .statusCode(400).body("value", contains("A reference pattern must contain the field {ref}."));
        Map<String, Object> nothing = new HashMap<>();
        nothing.put("value", null);
        admin().body(nothing).patch(GLOBAL + "INVENTREE_COMPANY_NAME/").then()
                .statusCode(400).body("value", contains("This field may not be null."));
        admin().body(Map.of()).put(GLOBAL + "PART_COMPONENT/").then()
                .statusCode(400).body("value", contains("This field is required."));
        admin().body("[]").patch(GLOBAL + "PART_COMPONENT/").then()
                .statusCode(400).body("non_field_errors", contains("Invalid data. Expected a dictionary, but got list."));
        admin().body(Map.of()).patch(GLOBAL + "PART_COMPONENT/").then().statusCode(200).body("value", equalTo("True"));

        admin().get(GLOBAL + "PART_COMPONENT/").then().body("value", equalTo("True"));
        admin().get(GLOBAL + "NO_SUCH_SETTING/").then().statusCode(404).body("detail", equalTo("Not found."));
        admin().body(Map.of("value", 1)).patch(GLOBAL + "NO_SUCH_SETTING/").then().statusCode(404);
        admin().get(GLOBAL + "_PENDING_MIGRATIONS/").then().statusCode(404);
        admin().get(GLOBAL + "SEARCH_REGEX/").then().statusCode(404); // a user setting
    }

    @Test
    void usersWithoutStaffReadGlobalSettingsButDoNotChangeThem() {
        String user = newUser();
        Api.as(user, PASSWORD).get(GLOBAL + "PART_COMPONENT/").then().statusCode(200);
        Api.as(user, PASSWORD).contentType(ContentType.JSON).body(Map.of("value", false))
                .patch(GLOBAL + "PART_COMPONENT/").then().statusCode(403);
        Api.as(user, PASSWORD).contentType(ContentType.JSON).body(Map.of("value", false))
                .put(GLOBAL + "PART_COMPONENT/").then().statusCode(403);
        Api.anonymous().get(GLOBAL).then().statusCode(401);
        admin().get(GLOBAL + "PART_COMPONENT/").then().body("value", equalTo("True"));
    }

    @Test
    void settingsFixedByConfigurationAreReadOnly() {
        admin().get(GLOBAL + "INVENTREE_UPDATE_CHECK_INTERVAL/").then().statusCode(200)
                .body("value", equalTo("0"))
                .body("read_only", equalTo(true));
        admin().body(Map.of("value", 7)).patch(GLOBAL + "INVENTREE_UPDATE_CHECK_INTERVAL/").then()
                .statusCode(400)
                .body("value", contains("This setting is fixed by the server's configuration and cannot be changed here."));
    }

    @Test
    void usersKeepTheirOwnSettings() {
        String alice = newUser();
        String bob = newUser();
        int aliceId = userId(alice);

        String list = Api.as(alice, PASSWORD).get(USER).then().statusCode(200)
                .body("key", hasItem("SEARCH_PREVIEW_RESULTS"))
                .body("find { it.key == 'SEARCH_PREVIEW_RESULTS' }.value", equalTo("10"))
                .body("find { it.key == 'SEARCH_PREVIEW_RESULTS' }.user", equalTo(aliceId))
                .body("find { it.key == 'DATE_DISPLAY_FORMAT' }.type", equalTo("choice"))
                .body("typ", everyItem(equalTo("user")))
                .extract().asString();
        ApiContract.assertResponse("get", USER, 200, list);
        ApiContract.assertResponse("get", USER, 200, Api.as(alice, PASSWORD).get(USER + "?limit=3").asString());

        Response patched = as(alice).body(Map.of("value", 25)).patch(USER + "search_preview_results/");
        patched.then().statusCode(200).body("key", equalTo("SEARCH_PREVIEW_RESULTS")).body("value", equalTo("25"))
                .body("user", equalTo(aliceId));
        ApiContract.assertResponse("patch", USER + "{key}/", 200, patched.asString());
        Response put = as(alice).body(Map.of("value", "MM/DD/YYYY")).put(USER + "DATE_DISPLAY_FORMAT/");
        put.then().statusCode(200).body("value", equalTo("MM/DD/YYYY"));
        ApiContract.assertResponse("put", USER + "{key}/", 200, put.asString());
        Response read = Api.as(alice, PASSWORD).get(USER + "SEARCH_PREVIEW_RESULTS/");
        read.then().statusCode(200).body("value", equalTo("25"));
        ApiContract.assertResponse("get", USER + "{key}/", 200, read.asString());

        Api.as(bob, PASSWORD).get(USER + "SEARCH_PREVIEW_RESULTS/").then().statusCode(200)
                .body("value", equalTo("10"))
                .body("user", equalTo(userId(bob)));
        Api.as(bob, PASSWORD).get(USER).then()
                .body("find { it.key == 'DATE_DISPLAY_FORMAT' }.value", equalTo("YYYY-MM-DD"))
                .body("user", everyItem(equalTo(userId(bob))))
                .body("pk", not(hasItem(patched.jsonPath().getInt("pk"))));

        as(alice).body(Map.of("value", "Q")).patch(USER + "DATE_DISPLAY_FORMAT/").then()
                .statusCode(400).body("value", contains("\"Q\" is not a valid choice."));
        as(alice).body(Map.of("value", 0)).patch(USER + "SEARCH_PREVIEW_RESULTS/").then()
                .statusCode(400).body("value", contains("Ensure this value is greater than or equal to 1."));
        as(alice).body(Map.of("value", "sometimes")).patch(USER + "SEARCH_REGEX/").then()
                .statusCode(400).body("value", contains("Must be a valid boolean."));
        Api.as(alice, PASSWORD).get(USER + "PART_COMPONENT/").then().statusCode(404); // a global setting
        Api.as(alice, PASSWORD).get(USER + "NO_SUCH_SETTING/").then().statusCode(404);
        Api.anonymous().get(USER).then().statusCode(401);
    }

    @Test
    void changesAreSeenAtOnceWhereverTheSettingIsUsed() {
        changed.addAll(List.of("INVENTREE_INSTANCE", "INVENTREE_INSTANCE_TITLE", "INVENTREE_ANNOUNCE_ID"));
        // the test server imported InvenTree's fixtures, whose settings name the instance
        Api.anonymous().get("/api/").then().statusCode(200)
                .body("instance", equalTo("My very first InvenTree Instance"))
                .body("id", nullValue());
        assertThat(Api.anonymous().get("/").asString()).contains("<title>Stocktree</title>");

        String name = "Stores <" + UUID.randomUUID().toString().substring(0, 6) + ">";
        admin().body(Map.of("value", name)).patch(GLOBAL + "INVENTREE_INSTANCE/").then().statusCode(200);
        Api.anonymous().get("/api/").then().body("instance", equalTo(name));
        assertThat(Api.anonymous().get("/").asString()).as("the title shows the name only when asked to")
                .contains("<title>Stocktree</title>");

        admin().body(Map.of("value", true)).patch(GLOBAL + "INVENTREE_INSTANCE_TITLE/").then().statusCode(200);
        assertThat(Api.anonymous().get("/").asString())
                .contains("<title>" + name.replace("<", "&lt;").replace(">", "&gt;") + "</title>");

        String instanceId = admin().get(GLOBAL + "INVENTREE_INSTANCE_ID/").then().statusCode(200)
                .extract().path("value");
        assertThat(UUID.fromString(instanceId)).isNotNull();
        admin().body(Map.of("value", true)).patch(GLOBAL + "INVENTREE_ANNOUNCE_ID/").then().statusCode(200);
        String info = Api.anonymous().get("/api/").then().body("id", equalTo(instanceId)).extract().asString();
        ApiContract.assertResponse("get", "/api/", 200, info, "system_health", "database", "platform", "installer",
                "target", "django_admin");
    }

    @Test
    void aUsersSettingsGoWithTheUser() {
        String user = newUser();
        as(user).body(Map.of("value", true)).patch(USER + "STICKY_HEADER/").then().statusCode(200);
        admin().delete("/api/user/" + userId(user) + "/").then().statusCode(204);
    }

    @Test
    void valuesAreStoredAsTextAsInvenTreeStoresThem() throws Exception {
        assumeTrue(Api.server().onPostgresql(), "direct SQL needs PostgreSQL");
        changed.add("LABEL_DPI");
        admin().body(Map.of("value", " 600 ")).patch(GLOBAL + "LABEL_DPI/").then().statusCode(200);
        String user = newUser();
        as(user).body(Map.of("value", "on")).patch(USER + "SEARCH_WHOLE/").then().statusCode(200);
        try (Connection sql = Api.server().sql(); Statement statement = sql.createStatement()) {
            try (ResultSet row = statement.executeQuery(
                    "select value from common_inventreesetting where key = 'LABEL_DPI'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("600");
            }
            try (ResultSet row = statement.executeQuery("select s.value from common_inventreeusersetting s "
                    + "join auth_user u on u.id = s.user_id where s.key = 'SEARCH_WHOLE' and u.username = '" + user + "'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("True");
            }
            try (ResultSet count = statement.executeQuery(
                    "select count(*) from common_inventreesetting where key = 'PART_SALABLE'")) {
                count.next();
                assertThat(count.getInt(1)).as("a setting never written has no row").isZero();
            }
        }
    }

    private static RequestSpecification admin() {
        return Api.asAdmin().contentType(ContentType.JSON);
    }

    private static RequestSpecification as(String username) {
        return Api.as(username, PASSWORD).contentType(ContentType.JSON);
    }

    private static String newUser() {
        String username = "settings-" + UUID.randomUUID().toString().substring(0, 8);
        int id = admin().body(Map.of("username", username)).post("/api/user/").then().statusCode(201)
                .extract().path("pk");
        admin().body(Map.of("password", PASSWORD)).put("/api/user/" + id + "/set-password/").then().statusCode(200);
        return username;
    }

    private static int userId(String username) {
        return Api.as(username, PASSWORD).get("/api/user/me/").then().statusCode(200).extract().path("pk");
    }
}
