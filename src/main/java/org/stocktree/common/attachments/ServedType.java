package org.stocktree.common.attachments;

import java.util.Map;
import java.util.Set;

/**
 * How a stored file is served: its content type, guessed from the extension, and whether a
 * browser may show it inline. Only types a browser renders without running anything are shown
 * inline; everything else (HTML, SVG, XML, scripts, unknown types) is sent as a download in a
 * sandbox, so an uploaded page cannot run script under Stocktree's origin.
 */
record ServedType(String contentType, boolean inline) {

    private static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("bmp", "image/bmp"),
            Map.entry("ico", "image/x-icon"), Map.entry("svg", "image/svg+xml"), Map.entry("svgz", "image/svg+xml"),
            Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"),
            Map.entry("md", "text/markdown"), Map.entry("html", "text/html"), Map.entry("htm", "text/html"),
            Map.entry("xhtml", "application/xhtml+xml"), Map.entry("xml", "application/xml"),
            Map.entry("js", "text/javascript"), Map.entry("mjs", "text/javascript"), Map.entry("css", "text/css"),
            Map.entry("json", "application/json"), Map.entry("zip", "application/zip"),
            Map.entry("gz", "application/gzip"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("wav", "audio/wav"), Map.entry("ogg", "audio/ogg"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("step", "application/step"), Map.entry("stp", "application/step"));

    /** Types browsers display without running script in them (with nosniff, text/plain stays text). */
    private static final Set<String> SAFE_INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "image/bmp", "image/x-icon", "application/pdf", "text/plain", "video/mp4", "video/webm", "audio/mpeg",
            "audio/wav", "audio/ogg");

    /** Raster images, which InvenTree's interface previews. */
    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp");

    static ServedType of(String fileName) {
        String type = BY_EXTENSION.getOrDefault(FileName.extension(fileName), UNKNOWN);
        return new ServedType(type, SAFE_INLINE.contains(type));
    }

    boolean image() {
        return IMAGES.contains(contentType);
    }
}
