package org.stocktree.part;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/** Part notes are markdown the web interface renders: stored without anything that could run script. */
@Tag("h2")
class PartNotesIT {

    private final String name = "Noted " + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void hostileNotesAreStoredCleaned() {
        String hostile = "# Datasheet\n\nSee <b onmouseover=\"alert(1)\">this</b> [link](javascript:alert(document.cookie))"
                + "<script>fetch('/api/user/me/')</script> and <img src=x onerror=alert(1)>.";
        int part = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", name, "notes", hostile))
                .post("/api/part/").then().statusCode(201)
                .body("notes", equalTo("# Datasheet\n\nSee <b>this</b> [link](#) and <img src=\"x\">."))
                .extract().path("pk");
        Api.asAdmin().get("/api/part/" + part + "/").then()
                .body("notes", not(containsString("script")))
                .body("notes", not(containsString("onerror")))
                .body("notes", not(containsString("javascript:")));
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("notes", "<iframe src=\"https://evil.example\"></iframe>*kept*")).patch("/api/part/" + part + "/")
                .then().statusCode(200).body("notes", equalTo("*kept*"));
        Api.asAdmin().multiPart("notes", "[x](JaVaScRiPt:alert(1)) <svg onload=alert(1)>").patch("/api/part/" + part + "/")
                .then().statusCode(200).body("notes", equalTo("[x](#) "));
    }

    @Test
    void importedNotesAreCleanedToo() {
        long id = 32_000_000L + (System.nanoTime() & 0xFFFFF);
        String fixture = """
                [{"model": "part.part", "pk": %d, "fields": {"name": "%s imported",
                  "notes": "Imported <script>alert(1)</script>[x](javascript:alert(1)) **kept**"}}]
                """.formatted(id, name);
        Api.asAdmin().contentType(ContentType.JSON).body(fixture).post("/api/system/import/").then().statusCode(200);
        Api.asAdmin().get("/api/part/" + id + "/").then().statusCode(200)
                .body("notes", equalTo("Imported [x](#) **kept**"));
    }

    @Test
    void ordinaryMarkdownIsKept() {
        String markdown = "## Usage\n\n- **bold** and _italic_\n- [docs](https://example.com/docs?a=1&b=2)\n\n"
                + "| a | b |\n|---|---|\n| 1 < 2 | <br> |\n\n```\nx = a < b && c > d\n```\n";
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("name", name + " plain", "notes", markdown))
                .post("/api/part/").then().statusCode(201).body("notes", equalTo(markdown.strip()));
    }
}
