package org.stocktree.common.attachments;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.stocktree.platform.rest.AccessControl;

/**
 * {@code GET /media/attachments/...}: an attachment's stored file, to callers who may see the
 * object it is attached to (401 without credentials, 403 without the view permission, 404 for
 * no such attachment).
 *
 * <p>Uploaded files come from users, so they are served so that none can act as part of
 * Stocktree's site: {@code nosniff} keeps browsers to the declared type, and any type a browser
 * could run script in (HTML, SVG, XML, unknown types) is sent as a download inside a sandbox
 * policy. Only plain images, PDFs, text and audio/video are shown inline.
 */
@WebServlet(urlPatterns = "/media/attachments/*")
public class AttachmentDownload extends HttpServlet {

    @Inject
    Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getAttribute(AccessControl.CREDENTIALS_REJECTED) instanceof AccessControl.Rejection rejected) {
            refuse(response, rejected.status(), rejected.detail());
            return;
        }
        if (request.getUserPrincipal() == null) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Authentication credentials were not provided.");
            return;
        }
        String path = request.getPathInfo();
        Attachments.Download download = path == null ? new Attachments.Download.Missing()
                : attachments.download(Attachment.FOLDER + path, request::isUserInRole);
        if (download instanceof Attachments.Download.File file) {
            send(response, file);
        } else if (download instanceof Attachments.Download.Forbidden) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "You do not have permission to perform this action.");
        } else {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "Not found.");
        }
    }

    private static void send(HttpServletResponse response, Attachments.Download.File file) throws IOException {
        sendFile(response, file.path(), file.name());
    }

    /**
     * Sends a stored upload under the rules above (inline only for types that cannot run script,
     * otherwise a sandboxed download), for features serving uploads of their own.
     */
    public static void sendFile(HttpServletResponse response, java.nio.file.Path path, String name) throws IOException {
        ServedType type = ServedType.of(name);
        response.setContentType(type.contentType());
        response.setHeader("Content-Disposition", disposition(type.inline(), name));
        if (!type.inline()) {
            response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        }
        response.setContentLengthLong(Files.size(path));
        Files.copy(path, response.getOutputStream());
    }

    /** The disposition with the name twice: plain ASCII for old clients, and exactly as RFC 6266 encodes it. */
    static String disposition(boolean inline, String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"detail\":\"" + detail + "\"}");
    }
}
