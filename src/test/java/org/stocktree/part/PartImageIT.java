package org.stocktree.part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;
import org.stocktree.testing.ApiContract;
import org.stocktree.testing.StocktreeServer;

/**
 * Part images: uploads that are checked to be images and stored with InvenTree's thumbnail and
 * preview, names that cannot leave the image folder, choosing an image other parts show, the
 * thumbnail list and endpoint, who may do what, and image files removed once nothing shows them.
 */
@Tag("h2")
class PartImageIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String PASSWORD = "image-pass";
    private static final String VIEWER = "img-viewer-" + SUFFIX;
    private static final String EDITOR = "img-editor-" + SUFFIX;
    private static final String NOBODY = "img-nobody-" + SUFFIX;

    @BeforeAll
    static void users() {
        createUser(VIEWER, group("viewers", Map.of("can_view", true)));
        createUser(EDITOR, group("editors", Map.of("can_view", true, "can_change", true, "can_add", true)));
        createUser(NOBODY, null);
    }

    @Test
    void anUploadedPngIsStoredWithItsThumbnailAndPreview() throws IOException {
        int part = newPart("Resistor");
        String name = "r" + SUFFIX + ".png";
        Response uploaded = Api.as(EDITOR, PASSWORD).multiPart("image", name, png(600, 300), "image/png")
                .patch("/api/part/" + part + "/");
        uploaded.then().statusCode(200)
                .body("image", equalTo("/media/part_images/" + name))
                .body("thumbnail", equalTo("/media/part_images/r" + SUFFIX + ".thumbnail.png"));
        ApiContract.assertResponse("patch", "/api/part/{id}/", 200, uploaded.asString());

        Path folder = images();
        assertThat(size(folder.resolve(name))).isEqualTo(List.of(600, 300));
        assertThat(size(folder.resolve("r" + SUFFIX + ".thumbnail.png"))).isEqualTo(List.of(256, 128));
        assertThat(size(folder.resolve("r" + SUFFIX + ".preview.png"))).isEqualTo(List.of(512, 256));

        Response served = Api.as(VIEWER, PASSWORD).get("/media/part_images/r" + SUFFIX + ".thumbnail.png");
        served.then().statusCode(200).contentType("image/png").header("X-Content-Type-Options", "nosniff");
        assertThat(ImageIO.read(new ByteArrayInputStream(served.asByteArray())).getWidth()).isEqualTo(256);
        Api.anonymous().get("/media/part_images/" + name).then().statusCode(401);
        Api.as(VIEWER, PASSWORD).get("/media/part_images/missing-" + SUFFIX + ".png").then().statusCode(404);

        Api.as(VIEWER, PASSWORD).get("/api/part/" + part + "/").then().statusCode(200)
                .body("image", equalTo("/media/part_images/" + name));
        // a small image keeps its size: thumbnails shrink, never enlarge
        int small = newPart("Small");
        String smallName = Api.as(EDITOR, PASSWORD).multiPart("image", "s" + SUFFIX + ".png", png(100, 40), "image/png")
                .patch("/api/part/" + small + "/").then().statusCode(200).extract().path("thumbnail");
        assertThat(size(folder.resolve(fileOf(smallName)))).isEqualTo(List.of(100, 40));
    }

    @Test
    void aPartIsCreatedWithItsImageFromAForm() throws IOException {
        int category = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Images " + SUFFIX))
                .post("/api/part/category/").then().statusCode(201).extract().path("pk");
        Response created = Api.as(EDITOR, PASSWORD)
                .multiPart("name", "Formed " + SUFFIX)
                .multiPart("description", "Created with a form")
                .multiPart("category", String.valueOf(category))
                .multiPart("variant_of", "")
                .multiPart("assembly", "true")
                .multiPart("tags", "[\"imaged\"]")
                .multiPart("image", "photo " + SUFFIX + ".jpg", jpeg(320, 320), "image/jpeg")
                .post("/api/part/");
        created.then().statusCode(201)
                .body("assembly", equalTo(true))
                .body("category", equalTo(category))
                .body("variant_of", nullValue())
                .body("image", equalTo("/media/part_images/photo%20" + SUFFIX + ".jpg"))
                .body("thumbnail", equalTo("/media/part_images/photo%20" + SUFFIX + ".thumbnail.jpg"));
        ApiContract.assertResponse("post", "/api/part/", 201, created.asString());
        assertThat(size(images().resolve("photo " + SUFFIX + ".thumbnail.jpg"))).isEqualTo(List.of(256, 256));

        Api.as(EDITOR, PASSWORD).multiPart("name", "").multiPart("image", "bad.png", png(10, 10), "image/png")
                .post("/api/part/").then().statusCode(400).body("name[0]", equalTo("This field may not be blank."));
        // a part without image shows InvenTree's blank thumbnail
        Api.as(EDITOR, PASSWORD).multiPart("name", "Plain " + SUFFIX).post("/api/part/").then().statusCode(201)
                .body("image", nullValue()).body("thumbnail", equalTo("/static/img/blank_image.thumbnail.png"));
    }

    @Test
    void onlyImagesAreAccepted() {
        int part = newPart("Refusing");
        String text = "not an image " + SUFFIX;
        Api.as(EDITOR, PASSWORD).multiPart("image", "x" + SUFFIX + ".jpg", text.getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .patch("/api/part/" + part + "/").then().statusCode(400)
                .body("image[0]", equalTo("Upload a valid image. The file you uploaded was either not an image or a "
                        + "corrupted image."));
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(1)</script></svg>";
        Api.as(EDITOR, PASSWORD).multiPart("image", "logo" + SUFFIX + ".svg", svg.getBytes(StandardCharsets.UTF_8),
                "image/svg+xml").patch("/api/part/" + part + "/").then().statusCode(400);
        byte[] truncated = java.util.Arrays.copyOf(png(50, 50), 40);
        Api.as(EDITOR, PASSWORD).multiPart("image", "cut" + SUFFIX + ".png", truncated, "image/png")
                .patch("/api/part/" + part + "/").then().statusCode(400);
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("image", "/etc/passwd"))
                .patch("/api/part/" + part + "/").then().statusCode(400)
                .body("image[0]", equalTo("The submitted data was not a file. Check the encoding type on the form."));
        assertThat(images().resolve("x" + SUFFIX + ".jpg")).doesNotExist();
        assertThat(images().resolve("logo" + SUFFIX + ".svg")).doesNotExist();
        assertThat(images().resolve("cut" + SUFFIX + ".png")).doesNotExist();
        Api.asAdmin().get("/api/part/" + part + "/").then().body("image", nullValue());
    }

    @Test
    void uploadedNamesNeverLeaveTheImageFolder() throws IOException {
        int part = newPart("Traversal");
        for (String hostile : List.of("../../../escaped" + SUFFIX + ".png", "..\\..\\escaped" + SUFFIX + ".png",
                "/etc/escaped" + SUFFIX + ".png", "..")) {
            String image = Api.as(EDITOR, PASSWORD).multiPart("image", hostile, png(20, 20), "image/png")
                    .patch("/api/part/" + part + "/").then().statusCode(200).extract().path("image");
            assertThat(image).startsWith("/media/part_images/").doesNotContain("..").doesNotContain("%2F");
            assertThat(images().resolve(fileOf(image))).exists();
        }
        Path media = StocktreeServer.shared().mediaRoot();
        assertThat(media.resolve("escaped" + SUFFIX + ".png")).doesNotExist();
        assertThat(media.getParent().resolve("escaped" + SUFFIX + ".png")).doesNotExist();
        // a real image is stored under the extension of what it is, never as a page
        String page = Api.as(EDITOR, PASSWORD).multiPart("image", "page" + SUFFIX + ".html", png(20, 20), "text/html")
                .patch("/api/part/" + part + "/").then().statusCode(200).extract().path("image");
        assertThat(page).isEqualTo("/media/part_images/page" + SUFFIX + ".png");
        // a name that looks like another image's variant is renamed, so no variant overwrites it
        String variant = Api.as(EDITOR, PASSWORD).multiPart("image", "v" + SUFFIX + ".thumbnail.png", png(20, 20), "image/png")
                .patch("/api/part/" + part + "/").then().statusCode(200).extract().path("image");
        assertThat(variant).isEqualTo("/media/part_images/v" + SUFFIX + "_thumbnail.png");

        Api.asAdmin().urlEncodingEnabled(false).get("/media/part_images/..%2F..%2Fconfiguration%2Fstandalone.xml")
                .then().statusCode(not(equalTo(200)));
        Api.asAdmin().urlEncodingEnabled(false).get("/media/part_images/../attachments/x").then()
                .statusCode(not(equalTo(200)));
    }

    @Test
    void replacingAndRemovingAnImageRemovesItsFilesOnceNoPartShowsThem() {
        int part = newPart("Replaced");
        String first = upload(part, "first" + SUFFIX + ".png");
        String second = upload(part, "second" + SUFFIX + ".png");
        assertThat(images().resolve(fileOf(first))).doesNotExist();
        assertThat(images().resolve(fileOf(PartImagesNames.thumbnail(first)))).doesNotExist();
        assertThat(images().resolve(fileOf(second))).exists();

        // another part shows the same image: it stays while that part shows it
        int other = newPart("Sharing");
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("existing_image", fileOf(second)))
                .patch("/api/part/" + other + "/").then().statusCode(200).body("image", equalTo(second));
        Map<String, Object> noImage = new HashMap<>();
        noImage.put("image", null);
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(noImage)
                .patch("/api/part/" + part + "/").then().statusCode(200).body("image", nullValue())
                .body("thumbnail", equalTo("/static/img/blank_image.thumbnail.png"));
        assertThat(images().resolve(fileOf(second))).exists();
        // the last part showing it lets it go (a form's empty image means none)
        Api.as(EDITOR, PASSWORD).multiPart("image", "").patch("/api/part/" + other + "/").then().statusCode(200)
                .body("image", nullValue());
        assertThat(images().resolve(fileOf(second))).doesNotExist();
        assertThat(images().resolve(fileOf(PartImagesNames.thumbnail(second)))).doesNotExist();
        assertThat(images().resolve(fileOf(PartImagesNames.preview(second)))).doesNotExist();
    }

    @Test
    void aFailedChangeKeepsNoNewFile() {
        int part = newPart("Failing");
        Api.as(EDITOR, PASSWORD).multiPart("image", "kept-not" + SUFFIX + ".png", png(30, 30), "image/png")
                .multiPart("minimum_stock", "-5").patch("/api/part/" + part + "/").then().statusCode(400)
                .body("minimum_stock[0]", startsWith("Ensure this value is greater than or equal to"));
        Api.as(EDITOR, PASSWORD).multiPart("image", "kept-not2" + SUFFIX + ".png", png(30, 30), "image/png")
                .multiPart("existing_image", "no-such-image-" + SUFFIX + ".png").patch("/api/part/" + part + "/")
                .then().statusCode(400).body("existing_image[0]", equalTo("Image file does not exist"));
        assertThat(images().resolve("kept-not" + SUFFIX + ".png")).doesNotExist();
        assertThat(images().resolve("kept-not" + SUFFIX + ".thumbnail.png")).doesNotExist();
        assertThat(images().resolve("kept-not2" + SUFFIX + ".png")).doesNotExist();
        Api.asAdmin().get("/api/part/" + part + "/").then().body("image", nullValue());
    }

    @Test
    void anExistingImageIsChosenByNameOnly() {
        int owner = newPart("Owner");
        String image = upload(owner, "chosen" + SUFFIX + ".png");
        int part = newPart("Chooser");
        // by URL or by name: only the name counts
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("existing_image", image))
                .patch("/api/part/" + part + "/").then().statusCode(200).body("image", equalTo(image))
                .body("thumbnail", equalTo(PartImagesNames.thumbnail(image)));
        for (String missing : List.of("nothing-" + SUFFIX + ".png", "../../configuration/standalone.xml", "..", "/")) {
            Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("existing_image", missing))
                    .patch("/api/part/" + part + "/").then().statusCode(400)
                    .body("existing_image[0]", equalTo("Image file does not exist"));
        }
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Created " + SUFFIX, "existing_image", fileOf(image))).post("/api/part/").then()
                .statusCode(201).body("image", equalTo(image));
    }

    @Test
    void theThumbnailListCountsThePartsShowingEachImage() {
        String token = "Th" + UUID.randomUUID().toString().substring(0, 8);
        int first = newPart(token + " Counted A");
        String image = upload(first, "counted" + SUFFIX + ".png");
        int second = newPart(token + " Counted B");
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("existing_image", fileOf(image)))
                .patch("/api/part/" + second + "/").then().statusCode(200);
        int third = newPart(token + " Lonely");
        String lonely = upload(third, "lonely" + SUFFIX + ".png");

        Response listed = Api.as(NOBODY, PASSWORD).get("/api/part/thumbs/?limit=100&search=" + token);
        listed.then().statusCode(200).body("count", equalTo(2))
                .body("results[0].image", equalTo(image)).body("results[0].count", equalTo(2))
                .body("results[1].image", equalTo(lonely)).body("results[1].count", equalTo(1));
        ApiContract.assertResponse("get", "/api/part/thumbs/", 200, listed.asString());
        Api.as(NOBODY, PASSWORD).get("/api/part/thumbs/?limit=1&search=" + token).then().statusCode(200)
                .body("count", equalTo(2)).body("results.size()", equalTo(1)).body("next", not(nullValue()));
        Api.as(VIEWER, PASSWORD).get("/api/part/thumbs/?search=" + token + " Lonely").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].image", equalTo(lonely));
        Api.as(VIEWER, PASSWORD).get("/api/part/thumbs/").then().statusCode(200).body("image", hasItem(image));
        Api.anonymous().get("/api/part/thumbs/").then().statusCode(401);
    }

    @Test
    void thePartThumbnailEndpointSetsAnImage() {
        int owner = newPart("Thumb owner");
        String image = upload(owner, "thumbed" + SUFFIX + ".png");
        int part = newPart("Thumb target");
        Response detail = Api.as(VIEWER, PASSWORD).get("/api/part/thumbs/" + part + "/");
        detail.then().statusCode(200).body("image", nullValue());

        Response chosen = Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("image", image))
                .patch("/api/part/thumbs/" + part + "/");
        chosen.then().statusCode(200).body("image", equalTo(image));
        ApiContract.assertResponse("patch", "/api/part/thumbs/{id}/", 200, chosen.asString());
        Api.as(VIEWER, PASSWORD).get("/api/part/" + part + "/").then().body("image", equalTo(image));
        ApiContract.assertResponse("get", "/api/part/thumbs/{id}/", 200,
                Api.as(VIEWER, PASSWORD).get("/api/part/thumbs/" + part + "/").asString());

        Response uploaded = Api.as(EDITOR, PASSWORD).multiPart("image", "put" + SUFFIX + ".png", png(40, 40), "image/png")
                .put("/api/part/thumbs/" + part + "/");
        uploaded.then().statusCode(200).body("image", equalTo("/media/part_images/put" + SUFFIX + ".png"));
        assertThat(images().resolve("put" + SUFFIX + ".thumbnail.png")).exists();
        assertThat(images().resolve(fileOf(image))).as("still shown by its owner").exists();

        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of()).put("/api/part/thumbs/" + part + "/")
                .then().statusCode(400).body("image[0]", equalTo("This field is required."));
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("image", "nothing-" + SUFFIX + ".png"))
                .patch("/api/part/thumbs/" + part + "/").then().statusCode(400)
                .body("image[0]", equalTo("Image file does not exist"));
        Api.as(EDITOR, PASSWORD).multiPart("image", "t.txt", "text".getBytes(StandardCharsets.UTF_8), "text/plain")
                .patch("/api/part/thumbs/" + part + "/").then().statusCode(400);
        Api.as(EDITOR, PASSWORD).get("/api/part/thumbs/99999999/").then().statusCode(404);
    }

    @Test
    void changingImagesNeedsTheChangePermission() {
        int part = newPart("Guarded");
        Api.as(VIEWER, PASSWORD).multiPart("image", "v.png", png(10, 10), "image/png").patch("/api/part/" + part + "/")
                .then().statusCode(403);
        Api.as(VIEWER, PASSWORD).multiPart("image", "v.png", png(10, 10), "image/png")
                .patch("/api/part/thumbs/" + part + "/").then().statusCode(403);
        Api.as(VIEWER, PASSWORD).multiPart("name", "Not allowed " + SUFFIX).post("/api/part/").then().statusCode(403);
        Api.as(NOBODY, PASSWORD).get("/api/part/thumbs/" + part + "/").then().statusCode(403);
        Api.anonymous().multiPart("image", "a.png", png(10, 10), "image/png").patch("/api/part/" + part + "/").then()
                .statusCode(401);
        Api.asAdmin().get("/api/part/" + part + "/").then().body("image", nullValue());
    }

    @Test
    void deletingAPartRemovesItsImageUnlessAnotherPartShowsIt() {
        int doomed = newPart("Doomed");
        String own = upload(doomed, "doomed" + SUFFIX + ".png");
        int shared = newPart("Doomed shared");
        String sharedImage = upload(shared, "shared" + SUFFIX + ".png");
        int keeper = newPart("Keeper");
        Api.as(EDITOR, PASSWORD).contentType(ContentType.JSON).body(Map.of("existing_image", fileOf(sharedImage)))
                .patch("/api/part/" + keeper + "/").then().statusCode(200);
        for (int part : List.of(doomed, shared)) {
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("active", false)).patch("/api/part/" + part + "/")
                    .then().statusCode(200);
            Api.asAdmin().delete("/api/part/" + part + "/").then().statusCode(204);
        }
        assertThat(images().resolve(fileOf(own))).doesNotExist();
        assertThat(images().resolve(fileOf(PartImagesNames.thumbnail(own)))).doesNotExist();
        assertThat(images().resolve(fileOf(PartImagesNames.preview(own)))).doesNotExist();
        assertThat(images().resolve(fileOf(sharedImage))).exists();
        assertThat(images().resolve(fileOf(PartImagesNames.thumbnail(sharedImage)))).exists();
    }

    /** Variant names as the server forms them, from an image URL. */
    static final class PartImagesNames {
        static String thumbnail(String url) {
            return url.replaceFirst("\\.png$", ".thumbnail.png");
        }

        static String preview(String url) {
            return url.replaceFirst("\\.png$", ".preview.png");
        }
    }

    private static String upload(int part, String name) {
        return Api.as(EDITOR, PASSWORD).multiPart("image", name, png(64, 48), "image/png").patch("/api/part/" + part + "/")
                .then().statusCode(200).extract().path("image");
    }

    private static Path images() {
        return StocktreeServer.shared().mediaRoot().resolve("part_images");
    }

    /** The file name in the image folder that a media URL names. */
    private static String fileOf(String url) {
        return URLDecoder.decode(url.substring(url.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }

    private static List<Integer> size(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("%s decodes as an image", file).isNotNull();
        return List.of(image.getWidth(), image.getHeight());
    }

    static byte[] png(int width, int height) {
        return encode(width, height, "png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg(int width, int height) {
        return encode(width, height, "jpg", BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] encode(int width, int height, String format, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.BLUE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static int newPart(String name) {
        return Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name + " " + SUFFIX + " " + UUID.randomUUID().toString().substring(0, 4),
                        "description", "A part with an image"))
                .post("/api/part/").then().statusCode(201).extract().path("pk");
    }

    private static Integer group(String name, Map<String, Object> partPermissions) {
        int group = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Image " + name + " " + SUFFIX))
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
