package org.stocktree.part;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.stocktree.common.attachments.FileName;
import org.stocktree.platform.rest.AccessControl;

/**
 * {@code GET /media/part_images/...}: part images and their thumbnails, to any signed-in caller
 * (as InvenTree serves media), for installations without a proxy serving the media folder.
 *
 * <p>Only images Stocktree decoded are stored there, under the extension of their real format,
 * so they are sent as that image type with {@code nosniff}; anything else that finds its way
 * into the folder is sent as a sandboxed download.
 */
@WebServlet(urlPatterns = "/media/part_images/*")
public class PartImageDownload extends HttpServlet {

    private static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "bmp", "image/bmp");

    @Inject
    PartImages images;

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
        Optional<Path> file = path == null || path.length() < 2 ? Optional.empty() : images.file(path.substring(1));
        if (file.isEmpty()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "Not found.");
            return;
        }
        String type = IMAGE_TYPES.get(FileName.extension(file.get().getFileName().toString()));
        if (type == null) {
            response.setContentType("application/octet-stream");
            response.setHeader("Content-Disposition", "attachment");
            response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        } else {
            response.setContentType(type);
        }
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }

    private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"detail\":\"" + detail + "\"}");
    }
}
