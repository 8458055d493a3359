package org.stocktree.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;
import org.stocktree.testing.StocktreeServer;
import org.yaml.snakeyaml.Yaml;

/**
 * The import of InvenTree data: InvenTree's fixtures at start-up (the test server imports them
 * before creating its administrator, see {@link StocktreeServer}), and fixtures posted by a
 * superuser at run time.
 */
@Tag("h2")
class ImportIT {

    /** A hash as Django 5.0 writes it (720,000 iterations) for the password below. */
    private static final String DJANGO_HASH =
            "pbkdf2_sha256$720000$q8RZbW3kFhN2vT7xYcLp0e$c7d+5E0ePNSCTpuFLY0G7ZFcoow3DIBfbcwmT8U0YGo=";
    private static final String DJANGO_PASSWORD = "imported-secret-42";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static long idBlock = 1_000_000;

    /**
     * Ids for one test's new records, above those of every import before it: an import moves the
     * sequences past its ids, and a run-time import refuses ids below them.
     */
    private static synchronized long freshIds() {
        idBlock += 1_000;
        return idBlock;
    }

    @Test
    void fixtureUsersAndGroupsKeepTheirIdsAndMemberships() {
        Api.asAdmin().get("/api/user/1/").then().statusCode(200)
                .body("username", equalTo("sue_the_superuser"))
                .body("is_superuser", equalTo(true))
                .body("is_staff", equalTo(false))
                .body("is_active", equalTo(true))
                .body("groups.size()", equalTo(0));
        Api.asAdmin().get("/api/user/2/").then().statusCode(200)
                .body("username", equalTo("engineer_eddie"))
                .body("groups.pk", contains(2));
        String alan = Api.asAdmin().get("/api/user/3/").then().statusCode(200)
                .body("username", equalTo("alanallgroup"))
                .body("first_name", equalTo("Alan"))
                .body("last_name", equalTo("Allgroup"))
                .body("is_active", equalTo(false))
                .body("is_staff", equalTo(true))
                .body("groups.name", contains("Engineers", "Sales", "Viewers"))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/user/{id}/", 200, alan);
        Api.asAdmin().get("/api/user/4/").then().statusCode(200)
                .body("username", equalTo("sam"))
                .body("is_superuser", equalTo(true))
                .body("groups.pk", contains(3));

        Api.asAdmin().get("/api/user/group/?ordering=name").then().statusCode(200)
                .body("findAll { it.pk <= 3 }.name", contains("Engineers", "Sales", "Viewers"))
                .body("findAll { it.pk <= 3 }.pk", contains(2, 3, 1));
        String viewers = Api.asAdmin().get("/api/user/group/1/?user_detail=true&role_detail=true").then()
                .statusCode(200)
                .body("name", equalTo("Viewers"))
                .body("users.username", contains("alanallgroup"))
                .body("roles.size()", equalTo(11))
                .body("roles.findAll { it.can_view }.size()", equalTo(0))
                .extract().asString();
        ApiContract.assertResponse("get", "/api/user/group/{id}/", 200, viewers);

        // Owners are kept in step with imported users and groups, as with users created over the API.
        Api.asAdmin().get("/api/user/owner/?search=sue_the_superuser").then().statusCode(200)
                .body("owner_model", contains("user"))
                .body("owner_id", contains(1));
        Api.asAdmin().get("/api/user/owner/?search=Engineers").then().statusCode(200)
                .body("findAll { it.name == 'Engineers' }.owner_model", contains("group"))
                .body("findAll { it.name == 'Engineers' }.owner_id", contains(2));
    }

    @Test
    void theAdministratorAndNewRowsTakeIdsAboveTheImportedOnes() {
        int admin = Api.asAdmin().get("/api/user/me/").then().statusCode(200).extract().path("pk");
        assertThat(admin).as("the administrator, created after the import").isGreaterThan(4);

        int user = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", "after-import-" + SUFFIX))
                .post("/api/user/").then().statusCode(201).extract().path("pk");
        int group = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "After import " + SUFFIX))
                .post("/api/user/group/").then().statusCode(201).extract().path("pk");
        assertThat(user).isGreaterThan(4).isNotEqualTo(admin);
        assertThat(group).isGreaterThan(3);
    }

    @Test
    void startUpFilesAreRenamedOnceImportedAndTheReportIsLogged() throws IOException {
        Path folder = Api.server().importDir();
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        assertThat(names).hasSize(StocktreeServer.FIXTURES.size()).allMatch(name -> name.endsWith(".yaml.imported"));
        assertThat(names).first().isEqualTo("01-build.yaml.imported");
        assertThat(Files.readString(Api.server().serverLog()))
                .contains("Imported 15 file(s) from " + folder)
                .containsPattern("imported \\{[^}]*auth.group=3, auth.user=4, common.inventreesetting=2[,}]")
                .containsPattern("imported \\{[^}]*part.part=14, part.partcategory=8[,}]")
                .contains("build.build=5");
    }

    @Test
    void loadingAllOfInvenTreesFixturesAgainChangesNothingAndSkipsTheUnknownModels() throws IOException {
        StringBuilder stream = new StringBuilder();
        Map<String, Integer> inFiles = new TreeMap<>();
        for (String fixture : StocktreeServer.FIXTURES) {
            String content = Files.readString(Api.server().fixtures().resolve(fixture));
            stream.append(content).append("\n---\n");
            List<Map<String, Object>> records = new Yaml().load(content);
            for (Map<String, Object> record : records) {
                inFiles.merge(((String) record.get("model")).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }

        Map<String, Map<String, Integer>> report = yaml(stream.toString()).then().statusCode(200)
                .extract().jsonPath().getMap("");

        assertThat(report.get("imported")).as("every record matched the rows imported at start-up").isEmpty();
        assertThat(report.get("unchanged")).containsEntry("auth.user", 4).containsEntry("auth.group", 3)
                .containsEntry("common.inventreesetting", 2).containsEntry("part.partcategory", 8)
                .containsEntry("part.part", 14);
        Map<String, Integer> accounted = new TreeMap<>(report.get("skipped"));
        report.get("unchanged").forEach((model, count) -> accounted.merge(model, count, Integer::sum));
        assertThat(accounted).isEqualTo(inFiles);
        assertThat(report.get("skipped")).containsEntry("build.build", 5)
                .doesNotContainKey("common.inventreesetting").doesNotContainKey("auth.user").doesNotContainKey("part.part");
    }

    @Test
    void aRunTimeImportKeepsIdsMovesSequencesAndImportedPasswordsSignIn() throws Exception {
        long group = freshIds();
        long user = group + 5;
        String username = "imported-" + SUFFIX;
        String fixture = """
                [
                  {"model": "auth.user", "pk": %d, "fields": {"username": "%s", "password": "%s",
                    "first_name": "Ida", "last_name": "Imported", "email": "ida@example.com", "is_active": true,
                    "is_staff": false, "is_superuser": false, "date_joined": "2023-04-05T06:07:08.123456Z",
                    "last_login": null, "groups": [%d], "user_permissions": []}},
                  {"model": "plugin.pluginconfig", "pk": 1, "fields": {"key": "sample"}},
                  {"model": "plugin.pluginconfig", "fields": {"key": "without a pk"}},
                  {"model": "common.InvenTreeSetting", "pk": 9, "fields": {"key": "X", "value": "1"}},
                  {"model": "users.ruleset", "pk": 4, "fields": {"name": "part", "group": %d, "can_view": true,
                    "can_change": true}},
                  {"model": "auth.group", "pk": %d, "fields": {"name": "Imported %s", "permissions": [12, 13]}}
                ]
                """.formatted(user, username, DJANGO_HASH, group, group, group, SUFFIX);

        Map<String, Object> report = Api.asAdmin().contentType(ContentType.JSON).body(fixture)
                .post("/api/system/import/").then().statusCode(200)
                .header("Content-Type", equalTo("application/json"))
                .extract().jsonPath().getMap("");
        assertThat(report).isEqualTo(Map.of(
                "imported", Map.of("auth.group", 1, "auth.user", 1, "users.ruleset", 1),
                "unchanged", Map.of(),
                "skipped", Map.of("common.inventreesetting", 1, "plugin.pluginconfig", 2)));

        Api.as(username, DJANGO_PASSWORD).get("/api/user/me/").then().statusCode(200)
                .body("pk", equalTo((int) user))
                .body("first_name", equalTo("Ida"))
                .body("groups.pk", contains((int) group));
        Api.as(username, DJANGO_PASSWORD).get("/api/user/me/roles/").then().statusCode(200)
                .body("roles.part", contains("view", "change"));
        Api.asAdmin().get("/api/user/owner/?search=" + username).then().body("owner_id", contains((int) user));

        // The same file again is a no-op, although the user has signed in since.
        Api.asAdmin().contentType(ContentType.JSON).body(fixture).post("/api/system/import/").then().statusCode(200)
                .body("imported.size()", equalTo(0))
                .body("unchanged.'auth.user'", equalTo(1))
                .body("unchanged.'users.ruleset'", equalTo(1));

        int created = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", "created-" + SUFFIX))
                .post("/api/user/").then().statusCode(201).extract().path("pk");
        assertThat((long) created).isNotEqualTo(user);
        if (Api.server().onPostgresql()) {
            assertThat(nextValue("auth_user_seq")).isGreaterThanOrEqualTo(user + 50);
            assertThat(nextValue("auth_group_seq")).isGreaterThanOrEqualTo(group + 50);
        }
    }

    @Test
    void aConflictingUserAbortsTheWholeImportWithNothingWritten() {
        long group = freshIds();
        String fixture = """
                - model: auth.group
                  pk: %d
                  fields: {name: "Never %s"}
                - model: auth.user
                  pk: %d
                  fields: {username: "never-%s", groups: [%d]}
                - model: auth.user
                  pk: %d
                  fields: {username: "Admin"}
                """.formatted(group, SUFFIX, group + 1, SUFFIX, group, group + 2);

        String message = yaml(fixture).then()
                .statusCode(400)
                .extract().path("non_field_errors[0]");
        assertThat(message).isEqualTo("auth.user pk " + (group + 2) + " (request body, record 3): the username 'Admin' "
                + "already belongs to user pk " + adminId());
        Api.asAdmin().get("/api/user/group/" + group + "/").then().statusCode(404);
        Api.asAdmin().get("/api/user/" + (group + 1) + "/").then().statusCode(404);
        Api.asAdmin().get("/api/user/owner/?search=never-" + SUFFIX).then().body("size()", equalTo(0));

        yaml("- {model: auth.user, pk: 1, fields: {username: sue_the_superuser, is_staff: true}}").then()
                .statusCode(400)
                .body("non_field_errors[0]", equalTo("auth.user pk 1 (request body, record 1): pk 1 is already the "
                        + "user 'sue_the_superuser', with other is_staff; an import never changes an existing account"));
        yaml("- {model: auth.group, pk: 2, fields: {name: Engineers}}\n"
                + "- {model: users.ruleset, pk: 1, fields: {name: stock, group: [Engineers], can_delete: true}}").then()
                .statusCode(400)
                .body("non_field_errors[0]", startsWith("users.ruleset pk 1 (request body, record 2): the existing "
                        + "group 'Engineers' grants other permissions for role 'stock'"));
        Api.asAdmin().get("/api/user/1/").then().body("is_staff", equalTo(false));

        // the fixtures named the company; another name for it is a conflict, not an overwrite
        yaml("- {model: common.inventreesetting, pk: 40, fields: {key: INVENTREE_COMPANY_NAME, value: Other Co}}")
                .then().statusCode(400)
                .body("non_field_errors[0]", equalTo("common.inventreesetting pk 40 (request body, record 1): the "
                        + "setting INVENTREE_COMPANY_NAME is already set to another value; an import never changes a "
                        + "stored setting"));
        Api.asAdmin().get("/api/settings/global/INVENTREE_COMPANY_NAME/").then().body("value", equalTo("ACME Pty Ltd"));
    }

    @Test
    void aRunTimeImportRefusesIdsTheServerMayHaveReserved() {
        int created = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Reserving " + SUFFIX))
                .post("/api/user/group/").then().statusCode(201).extract().path("pk");
        yaml("- {model: auth.group, pk: " + (created + 1) + ", fields: {name: Reserved " + SUFFIX + "}}").then()
                .statusCode(400)
                .body("non_field_errors[0]", containsString("where this running server may already have reserved ids"));
        Api.asAdmin().get("/api/user/group/" + (created + 1) + "/").then().statusCode(404);
    }

    @Test
    void invalidRecordsAndBodiesAreRejectedNamingThem() {
        long pk = freshIds();
        yaml("- {model: auth.user, pk: 3.5, fields: {username: x}}").then()
                .statusCode(400)
                .body("non_field_errors[0]", equalTo("auth.user pk 3.5 (request body, record 1): the pk must be a "
                        + "positive whole number"));
        yaml("- {model: auth.user, pk: " + pk + ", fields: {username: 'a b'}}").then()
                .statusCode(400)
                .body("non_field_errors[0]", containsString("field 'username': Enter a valid username."));
        yaml("- {model: auth.user, pk: " + (pk + 1) + ", fields: {username: ghost-" + SUFFIX + ", groups: [999999]}}").then()
                .statusCode(400)
                .body("non_field_errors[0]", equalTo("auth.user pk " + (pk + 1) + " (request body, record 1): field 'groups': "
                        + "group pk 999999 does not exist"));
        Api.asAdmin().get("/api/user/" + (pk + 1) + "/").then().statusCode(404);
        Api.asAdmin().contentType(ContentType.JSON).body("{\"model\": \"auth.user\"}").post("/api/system/import/")
                .then().statusCode(400)
                .body("non_field_errors[0]",
                        equalTo("request body: a fixture is a list of records ({model, pk, fields})"));
        Api.asAdmin().contentType(ContentType.TEXT).body("[]").post("/api/system/import/").then().statusCode(415);
    }

    @Test
    void onlySuperusersImport() {
        String staff = "import-staff-" + SUFFIX;
        int id = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("username", staff, "is_staff", true))
                .post("/api/user/").then().statusCode(201).extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "import-staff-pass"))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);

        Api.anonymous().contentType(ContentType.JSON).body("[]").post("/api/system/import/").then().statusCode(401);
        Api.as(staff, "import-staff-pass").contentType(ContentType.JSON).body("[]").post("/api/system/import/").then()
                .statusCode(403);
        Api.asAdmin().contentType(ContentType.JSON).body("[]").post("/api/system/import/").then().statusCode(200)
                .body("imported.size()", equalTo(0))
                .body("skipped.size()", equalTo(0));
    }

    @Test
    void theImportScriptPostsSeveralFilesAsOneImport(@TempDir Path folder) throws Exception {
        long group = freshIds();
        Path users = Files.writeString(folder.resolve("users.yaml"), """
                - model: auth.user
                  pk: %d
                  fields: {username: "scripted-%s", groups: [%d]}
                """.formatted(group + 1, SUFFIX, group));
        Path groups = Files.writeString(folder.resolve("groups.json"),
                "[{\"model\": \"auth.group\", \"pk\": %d, \"fields\": {\"name\": \"Scripted %s\"}}]"
                        .formatted(group, SUFFIX));

        Script imported = script(StocktreeServer.ADMIN_PASSWORD, users, groups);
        assertThat(imported.exit()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("\"imported\":{\"auth.group\":1,\"auth.user\":1}");
        Api.asAdmin().get("/api/user/" + (group + 1) + "/").then().statusCode(200)
                .body("groups.name", contains("Scripted " + SUFFIX));

        Script refused = script("wrong password", users);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("Refused (401)");
    }

    private record Script(int exit, String output) {
    }

    /** Runs server-config/import-inventree-data.sh against the test server as the administrator. */
    private static Script script(String password, Path... files) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "server-config/import-inventree-data.sh",
                "-s", Api.server().baseUrl(), "-u", StocktreeServer.ADMIN_USER));
        Stream.of(files).map(Path::toString).forEach(command::add);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("STOCKTREE_IMPORT_PASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Script(process.waitFor(), output);
    }

    /** Posts a YAML fixture as a superuser (REST Assured sends other text types only as bytes). */
    private static Response yaml(String fixture) {
        return Api.asAdmin().contentType("application/yaml; charset=UTF-8")
                .body(fixture.getBytes(StandardCharsets.UTF_8)).post("/api/system/import/");
    }

    private static int adminId() {
        return Api.asAdmin().get("/api/user/me/").then().extract().path("pk");
    }

    private static long nextValue(String sequence) throws Exception {
        try (Connection sql = Api.server().sql();
                ResultSet row = sql.createStatement().executeQuery("select last_value, is_called from " + sequence)) {
            row.next();
            return row.getBoolean(2) ? row.getLong(1) + 50 : row.getLong(1);
        }
    }

}
