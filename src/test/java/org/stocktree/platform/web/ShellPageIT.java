package org.stocktree.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/** The shell page boots the web bundle at "/" and at every client-side route. */
@Tag("h2")
class ShellPageIT {

    private static final Pattern SCRIPT = Pattern.compile("<script type=\"module\" src=\"(/static/assets/[^\"]+\\.js)\"");

    @Test
    void rootServesTheShellWithTheHashedBundleAndBootstrapJson() {
        String html = Api.anonymous().get("/").then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/html"))
                .body(containsString("<div id=\"root\"></div>"))
                .body(containsString("\"apiVersion\":534"))
                .extract().asString();
        Matcher script = SCRIPT.matcher(html);
        assertThat(script.find()).as("module script from the manifest in %s", html).isTrue();

        Api.anonymous().get(script.group(1)).then()
                .statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
    }

    @Test
    void clientSideRoutesGetTheSameShell() {
        Api.anonymous().get("/part/12/details").then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .body(containsString("id=\"stocktree-bootstrap\""));
    }

    @Test
    void apiPathsAreNeverAnsweredWithTheShell() {
        Api.anonymous().get("/api/not-a-route/").then()
                .statusCode(404)
                .header("Content-Type", equalTo("application/json"));
    }
}
