package org.stocktree.common.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;
import org.stocktree.testing.StocktreeServer;

/**
 * Attachments on parts, the first model that accepts them: files and links, the rules on both,
 * permissions by the part role, and how stored files are served.
 */
@Tag("h2")
class AttachmentIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String PASSWORD = "attachment-pass";
    private static final String VIEWER = "att-viewer-" + SUFFIX;
    private static final String EDITOR = "att-editor-" + SUFFIX;
    private static final String NOBODY = "att-nobody-" + SUFFIX;
    private static int part;

    @BeforeAll
    static void setUp() {
        createUser(VIEWER, group("viewers", Map.of("can_view", true)));
        createUser(EDITOR, group("editors", Map.of("can_view", true, "can_change", true)));
        createUser(NOBODY, null);
        part = newPart("Attached");
    }

    @Test
    void filesAreUploadedListedAndServed() {
        int part = newPart("Listed");
        Response created = upload(Api.as(EDITOR, PASSWORD), part, "datasheet.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8))
                .multiPart("comment", "The datasheet")
                .multiPart("tags", "[\"docs\", \"pdf\"]")
                .post("/api/attachment/");
        created.then().statusCode(201)
                .body("filename", equalTo("datasheet.pdf"))
                .body("attachment", equalTo("/media/attachments/part/" + part + "/datasheet.pdf"))
                .body("link", nullValue())
                .body("comment", equalTo("The datasheet"))
                .body("file_size", equalTo(13))
                .body("model_type", equalTo("part"))
                .body("model_id", equalTo(part))
                .body("user_detail.username", equalTo(EDITOR))
                .body("tags", contains("docs", "pdf"))
                .body("is_image", equalTo(false));
        ApiContract.assertResponse("post", "/api/attachment/", 201, created.asString());
        int id = created.path("pk");

        String detail = Api.as(VIEWER, PASSWORD).get("/api/attachment/" + id + "/").then().statusCode(200)
                .body("pk", equalTo(id)).extract().asString();
        ApiContract.assertResponse("get", "/api/attachment/{id}/", 200, detail);
        String page = Api.as(VIEWER, PASSWORD).get("/api/attachment/?model_type=part&model_id=" + part + "&limit=10")
                .then().statusCode(200).body("count", equalTo(1)).body("results[0].pk", equalTo(id)).extract().asString();
        ApiContract.assertResponse("get", "/api/attachment/", 200, page);
        Api.as(VIEWER, PASSWORD).get("/api/attachment/?model_id=" + part + "&tag_name=DOCS").then().statusCode(200)
                .body("pk", contains(id));
        Api.as(VIEWER, PASSWORD).get("/api/attachment/?model_id=" + part + "&search=datasheet").then().body("pk", contains(id));
        Api.as(VIEWER, PASSWORD).get("/api/attachment/?model_id=" + part + "&is_link=true").then().body("pk", not(hasItem(id)));

        Response file = Api.as(VIEWER, PASSWORD).get("/media/attachments/part/" + part + "/datasheet.pdf");
        file.then().statusCode(200)
                .header("Content-Type", startsWith("application/pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", startsWith("inline; filename=\"datasheet.pdf\""));
        assertThat(file.asString()).isEqualTo("%PDF-1.4 test");
    }

    @Test
    void linksAreRecordedFromJson() {
        Response created = Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("model_type", "part", "model_id", part, "link", "https://example.com/spec", "comment", "Spec"))
                .post("/api/attachment/");
        created.then().statusCode(201).body("link", equalTo("https://example.com/spec"))
                .body("attachment", nullValue()).body("filename", equalTo("")).body("file_size", equalTo(0));
        ApiContract.assertResponse("post", "/api/attachment/", 201, created.asString());
        int id = created.path("pk");
        Response patched = Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("comment", "Changed"))
                .patch("/api/attachment/" + id + "/");
        patched.then().statusCode(200).body("comment", equalTo("Changed")).body("link", equalTo("https://example.com/spec"));
        ApiContract.assertResponse("patch", "/api/attachment/{id}/", 200, patched.asString());
        Response replaced = Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("model_type", "part", "model_id", part, "link", "https://example.com/v2"))
                .put("/api/attachment/" + id + "/");
        replaced.then().statusCode(200).body("link", equalTo("https://example.com/v2"));
        ApiContract.assertResponse("put", "/api/attachment/{id}/", 200, replaced.asString());
        Api.as(VIEWER, PASSWORD).get("/api/attachment/?model_id=" + part + "&is_link=true").then()
                .body("pk", hasItem(id));
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("link", "javascript:alert(1)"))
                .patch("/api/attachment/" + id + "/").then().statusCode(400).body("link[0]", equalTo("Enter a valid URL."));
    }

    @Test
    void anAttachmentIsAFileOrALinkNeverBothNorNeither() {
        upload(Api.as(EDITOR, PASSWORD), part, "both.txt", "x".getBytes(StandardCharsets.UTF_8))
                .multiPart("link", "https://example.com/").post("/api/attachment/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("An attachment is either a file or a link, not both"));
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("model_type", "part", "model_id", part))
                .post("/api/attachment/").then().statusCode(400)
                .body("attachment[0]", equalTo("Missing file"))
                .body("link[0]", equalTo("Missing external link"));
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("model_type", "part", "model_id", part, "attachment", "not-a-file.txt"))
                .post("/api/attachment/").then().statusCode(400)
                .body("attachment[0]", startsWith("The submitted data was not a file."));
        int file = upload(Api.as(EDITOR, PASSWORD), part, "keep.txt", "x".getBytes(StandardCharsets.UTF_8))
                .post("/api/attachment/").then().statusCode(201).extract().path("pk");
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("link", "https://example.com/"))
                .patch("/api/attachment/" + file + "/").then().statusCode(400);
    }

    @Test
    void onlyTypesThatAcceptAttachmentsAndExistingObjectsAreAccepted() {
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("model_type", "user", "model_id", 1, "link", "https://example.com/"))
                .post("/api/attachment/").then().statusCode(400)
                .body("model_type[0]", equalTo("\"user\" is not a valid choice."));
        // an InvenTree type whose entity Stocktree does not have (yet) does not take attachments
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("model_type", "transferorder", "model_id", 1, "link", "https://example.com/"))
                .post("/api/attachment/").then().statusCode(400)
                .body("model_type[0]", equalTo("Model type does not support attachments"));
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("model_type", "part", "model_id", 987654321, "link", "https://example.com/"))
                .post("/api/attachment/").then().statusCode(400)
                .body("model_id[0]", equalTo("Invalid pk \"987654321\" - object does not exist."));
        Api.asAdmin().get("/api/attachment/?model_type=nosuchtype").then().statusCode(400);
        Api.asAdmin().get("/api/attachment/?model_id=abc").then().statusCode(400);
        Api.asAdmin().get("/api/attachment/?upload_user=987654321").then().statusCode(400);
        Api.asAdmin().get("/api/attachment/?is_file=maybe").then().statusCode(400);
    }

    @Test
    void permissionsFollowThePartRole() {
        int id = upload(Api.as(EDITOR, PASSWORD), part, "secret.txt", "secret".getBytes(StandardCharsets.UTF_8))
                .post("/api/attachment/").then().statusCode(201).extract().path("pk");
        String url = "/media/attachments/part/" + part + "/secret.txt";

        // without the part role: nothing to see, nothing to change
        Api.as(NOBODY, PASSWORD).get("/api/attachment/").then().statusCode(200).body("pk", not(hasItem(id)));
        Api.as(NOBODY, PASSWORD).get("/api/attachment/?model_type=part").then().statusCode(200).body("size()", equalTo(0));
        Api.as(NOBODY, PASSWORD).get("/api/attachment/" + id + "/").then().statusCode(403);
        Api.as(NOBODY, PASSWORD).get(url).then().statusCode(403);
        Api.anonymous().get(url).then().statusCode(401);
        Api.as(NOBODY, "wrong-password").get(url).then().statusCode(401);

        // viewing is not changing
        Api.as(VIEWER, PASSWORD).get(url).then().statusCode(200);
        upload(Api.as(VIEWER, PASSWORD), part, "mine.txt", "x".getBytes(StandardCharsets.UTF_8)).post("/api/attachment/")
                .then().statusCode(403)
                .body("detail", equalTo("User does not have permission to create or edit attachments for this model"));
        Api.as(VIEWER, PASSWORD).contentType(ContentType.JSON).body(Map.of("comment", "no"))
                .patch("/api/attachment/" + id + "/").then().statusCode(403);
        Api.as(VIEWER, PASSWORD).delete("/api/attachment/" + id + "/").then().statusCode(403);
        Api.as(VIEWER, PASSWORD).contentType(ContentType.JSON).body(Map.of("items", List.of(id)))
                .delete("/api/attachment/").then().statusCode(403);
        Api.as(NOBODY, PASSWORD).contentType(ContentType.JSON).body(Map.of("items", List.of(id)))
                .delete("/api/attachment/").then().statusCode(400); // invisible to them: nothing selected
        Api.as(EDITOR, PASSWORD).get("/api/attachment/" + id + "/").then().statusCode(200);
    }

    @Test
    void uploadedNamesCannotEscapeTheFolder() {
        Response climbing = upload(Api.as(EDITOR, PASSWORD), part, "../../etc/passwd", "p".getBytes(StandardCharsets.UTF_8))
                .post("/api/attachment/");
        climbing.then().statusCode(201).body("filename", equalTo("passwd"))
                .body("attachment", equalTo("/media/attachments/part/" + part + "/passwd"));
        upload(Api.as(EDITOR, PASSWORD), part, "..\\x", "w".getBytes(StandardCharsets.UTF_8)).post("/api/attachment/")
                .then().statusCode(201).body("filename", equalTo("x"));
        Path media = StocktreeServer.shared().mediaRoot();
        assertThat(media.resolve("attachments/part/" + part + "/passwd")).exists();
        assertThat(media.resolve("etc")).doesNotExist();

        upload(Api.as(EDITOR, PASSWORD), part, "passwd", "again".getBytes(StandardCharsets.UTF_8)).post("/api/attachment/")
                .then().statusCode(201).body("filename", equalTo("passwd_1"));

        int id = climbing.path("pk");
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("filename", "../../../escaped.txt"))
                .patch("/api/attachment/" + id + "/").then().statusCode(400)
                .body("filename[0]", equalTo("Filename contains illegal character '/'"));
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("filename", "..\\escaped.txt"))
                .patch("/api/attachment/" + id + "/").then().statusCode(400);
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("filename", "passwd_1"))
                .patch("/api/attachment/" + id + "/").then().statusCode(400);

        Api.asAdmin().urlEncodingEnabled(false).get("/media/attachments/part/" + part + "/..%2F..%2F..%2F..%2Fetc%2Fpasswd")
                .then().statusCode(not(equalTo(200)));
        Api.asAdmin().urlEncodingEnabled(false).get("/media/attachments/..%2F..%2Fconfiguration%2Fstandalone.xml")
                .then().statusCode(not(equalTo(200)));
    }

    @Test
    void renamingMovesTheFile() {
        int id = upload(Api.as(EDITOR, PASSWORD), part, "old-name.txt", "r".getBytes(StandardCharsets.UTF_8))
                .post("/api/attachment/").then().statusCode(201).extract().path("pk");
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("filename", "new name.txt"))
                .patch("/api/attachment/" + id + "/").then().statusCode(200)
                .body("filename", equalTo("new name.txt"))
                .body("attachment", equalTo("/media/attachments/part/" + part + "/new%20name.txt"));
        Path folder = StocktreeServer.shared().mediaRoot().resolve("attachments/part/" + part);
        assertThat(folder.resolve("new name.txt")).exists();
        assertThat(folder.resolve("old-name.txt")).doesNotExist();
        Api.as(VIEWER, PASSWORD).get("/media/attachments/part/" + part + "/new name.txt").then().statusCode(200);
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("filename", "noextension"))
                .patch("/api/attachment/" + id + "/").then().statusCode(400)
                .body("filename[0]", equalTo("Filename missing extension"));
    }

    @Test
    void filesOverTheSizeLimitAreRefused() {
        byte[] tooLarge = new byte[(int) StocktreeServer.ATTACHMENT_MAX_SIZE + 1];
        int before = Api.asAdmin().get("/api/attachment/?model_id=" + part).then().extract().path("size()");
        upload(Api.as(EDITOR, PASSWORD), part, "large.bin", tooLarge).post("/api/attachment/").then().statusCode(400)
                .body("attachment[0]", startsWith("File size exceeds maximum upload limit of"));
        assertThat(StocktreeServer.shared().mediaRoot().resolve("attachments/part/" + part + "/large.bin")).doesNotExist();
        Api.asAdmin().get("/api/attachment/?model_id=" + part).then().body("size()", equalTo(before));
        upload(Api.as(EDITOR, PASSWORD), part, "fits.bin", new byte[(int) StocktreeServer.ATTACHMENT_MAX_SIZE])
                .post("/api/attachment/").then().statusCode(201);
    }

    @Test
    void pagesAndPicturesThatCouldRunScriptAreServedAsSandboxedDownloads() {
        String page = "<html><script>alert(document.cookie)</script></html>";
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        upload(Api.as(EDITOR, PASSWORD), part, "page.html", page.getBytes(StandardCharsets.UTF_8)).post("/api/attachment/")
                .then().statusCode(201);
        upload(Api.as(EDITOR, PASSWORD), part, "logo.svg", svg.getBytes(StandardCharsets.UTF_8)).post("/api/attachment/")
                .then().statusCode(201);
        for (String name : List.of("page.html", "logo.svg")) {
            Api.as(VIEWER, PASSWORD).get("/media/attachments/part/" + part + "/" + name).then().statusCode(200)
                    .header("Content-Disposition", startsWith("attachment;"))
                    .header("Content-Security-Policy", containsString("sandbox"))
                    .header("X-Content-Type-Options", "nosniff");
        }
        upload(Api.as(EDITOR, PASSWORD), part, "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .post("/api/attachment/").then().statusCode(201).body("is_image", equalTo(true));
        Api.as(VIEWER, PASSWORD).get("/api/attachment/?model_id=" + part + "&is_image=true").then()
                .body("filename", everyItem(equalTo("photo.png")));
    }

    @Test
    void deletingAnAttachmentRemovesItsFile() {
        int own = newPart("Deletions");
        int single = upload(Api.as(EDITOR, PASSWORD), own, "gone.txt", "g".getBytes(StandardCharsets.UTF_8))
                .post("/api/attachment/").then().statusCode(201).extract().path("pk");
        Path folder = StocktreeServer.shared().mediaRoot().resolve("attachments/part/" + own);
        assertThat(folder.resolve("gone.txt")).exists();
        Api.as(EDITOR, PASSWORD).delete("/api/attachment/" + single + "/").then().statusCode(204);
        assertThat(folder.resolve("gone.txt")).doesNotExist();
        Api.as(EDITOR, PASSWORD).get("/api/attachment/" + single + "/").then().statusCode(404);
        Api.as(EDITOR, PASSWORD).get("/media/attachments/part/" + own + "/gone.txt").then().statusCode(404);

        upload(Api.as(EDITOR, PASSWORD), own, "one.txt", "1".getBytes(StandardCharsets.UTF_8)).post("/api/attachment/")
                .then().statusCode(201);
        upload(Api.as(EDITOR, PASSWORD), own, "two.txt", "2".getBytes(StandardCharsets.UTF_8)).post("/api/attachment/")
                .then().statusCode(201);
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("filters", Map.of("model_type", "part", "model_id", own))).delete("/api/attachment/")
                .then().statusCode(200);
        assertThat(folder.resolve("one.txt")).doesNotExist();
        assertThat(folder.resolve("two.txt")).doesNotExist();
        Api.as(EDITOR, PASSWORD).get("/api/attachment/?model_id=" + own).then().body("size()", equalTo(0));
    }

    @Test
    void deletingAPartDeletesItsAttachmentsAndTheirFiles() {
        int doomed = newPart("Doomed");
        int id = upload(Api.as(EDITOR, PASSWORD), doomed, "manual.txt", "m".getBytes(StandardCharsets.UTF_8))
                .post("/api/attachment/").then().statusCode(201).extract().path("pk");
        Path file = StocktreeServer.shared().mediaRoot().resolve("attachments/part/" + doomed + "/manual.txt");
        assertThat(file).exists();
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("active", false)).patch("/api/part/" + doomed + "/")
                .then().statusCode(200);
        Api.asAdmin().delete("/api/part/" + doomed + "/").then().statusCode(204);
        Api.asAdmin().get("/api/attachment/" + id + "/").then().statusCode(404);
        assertThat(file).doesNotExist();
    }

    @Test
    void aFailedChangeKeepsTheFileAsItWas() throws Exception {
        int id = upload(Api.as(EDITOR, PASSWORD), part, "stays.txt", "s".getBytes(StandardCharsets.UTF_8))
                .post("/api/attachment/").then().statusCode(201).extract().path("pk");
        // the rename is valid, the comment is not: nothing of the request may stick
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("filename", "moved.txt", "comment", "c".repeat(300)))
                .patch("/api/attachment/" + id + "/").then().statusCode(400);
        Path folder = StocktreeServer.shared().mediaRoot().resolve("attachments/part/" + part);
        assertThat(folder.resolve("stays.txt")).exists();
        assertThat(folder.resolve("moved.txt")).doesNotExist();
        assertThat(Files.readString(folder.resolve("stays.txt"))).isEqualTo("s");
    }

    private static RequestSpecification upload(RequestSpecification as, int partId, String fileName, byte[] content) {
        return as.multiPart("attachment", fileName, content, "application/octet-stream")
                .multiPart("model_type", "part")
                .multiPart("model_id", String.valueOf(partId));
    }

    private static int newPart(String name) {
        return Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name + " " + SUFFIX + " " + UUID.randomUUID().toString().substring(0, 4),
                        "description", "A part with attachments"))
                .post("/api/part/").then().statusCode(201).extract().path("pk");
    }

    private static Integer group(String name, Map<String, Object> partPermissions) {
        int group = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Attachment " + name + " " + SUFFIX))
                .post("/api/user/group/").then().statusCode(201).extract().path("pk");
        int rules = Api.asAdmin().get("/api/user/ruleset/?group=" + group + "&name=part").then().statusCode(200)
                .extract().path("[0].pk");
        Api.asAdmin().contentType(ContentType.JSON).body(partPermissions).patch("/api/user/ruleset/" + rules + "/")
                .then().statusCode(200);
        return group;
    }

    private static void createUser(String username, Integer group) {
        Map<String, Object> body = group == null ? Map.of("username", username)
                : Map.of("username", username, "group_ids", List.of(group));
        int id = Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/user/").then().statusCode(201)
                .extract().path("pk");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", PASSWORD))
                .put("/api/user/" + id + "/set-password/").then().statusCode(200);
    }
}
