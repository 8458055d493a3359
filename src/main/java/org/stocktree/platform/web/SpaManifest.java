package org.stocktree.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.stocktree.platform.rest.JsonMapping;

/**
 * The web bundle's entry point, read from the manifest Vite writes next to the hashed files.
 *
 * <p>Hashed names change with every build, so the shell page cannot name them itself: it asks
 * this manifest which script and style sheets to load.
 */
public record SpaManifest(String script, List<String> styles) {

    /** Where the build puts the bundle inside the WAR, and its manifest. */
    public static final String STATIC_PREFIX = "/static/";
    static final String MANIFEST = STATIC_PREFIX + "manifest.json";
    static final String ENTRY = "src/main.tsx";

    /** An empty manifest: the WAR was built without the web bundle. */
    public static final SpaManifest NONE = new SpaManifest(null, List.of());

    public static SpaManifest read(ServletContext context) {
        try (InputStream in = context.getResourceAsStream(MANIFEST)) {
            if (in == null) {
                return NONE;
            }
            JsonNode entry = JsonMapping.mapper().readTree(in).path(ENTRY);
            if (entry.isMissingNode()) {
                return NONE;
            }
            List<String> styles = new ArrayList<>();
            entry.path("css").forEach(css -> styles.add(STATIC_PREFIX + css.asText()));
            return new SpaManifest(STATIC_PREFIX + entry.path("file").asText(), List.copyOf(styles));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read the web bundle manifest", unreadable);
        }
    }

    public boolean present() {
        return script != null;
    }
}
