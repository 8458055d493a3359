package org.stocktree.stock;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.stocktree.common.attachments.AttachmentDownload;
import org.stocktree.common.attachments.AttachmentFiles;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.ServerRole;

/**
 * {@code GET /media/stock_files/...}: the file of a test result, to callers who may view stock
 * (401 without credentials, 403 without the permission, 404 for no such file). The result is
 * found by its stored path, so no path is opened that is not a result's file; files are sent as
 * attachments are (inline only for types that cannot run script).
 */
@WebServlet(urlPatterns = "/media/" + TestResultRows.FOLDER + "/*")
public class TestResultDownload extends HttpServlet {

    @PersistenceContext
    EntityManager em;

    @Inject
    AttachmentFiles files;

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
        if (!request.isUserInRole(ServerRole.SUPERUSER) && !request.isUserInRole("stock.view")) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "You do not have permission to perform this action.");
            return;
        }
        String path = request.getPathInfo();
        String stored = path == null ? null : TestResultRows.FOLDER + path;
        boolean known = stored != null && !em.createQuery("select r.id from StockItemTestResult r "
                + "where r.attachment = :path", Long.class).setParameter("path", stored).setMaxResults(1)
                .getResultList().isEmpty();
        Optional<Path> file = known ? files.existing(stored) : Optional.empty();
        if (file.isEmpty()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "Not found.");
            return;
        }
        AttachmentDownload.sendFile(response, file.get(), file.get().getFileName().toString());
    }

    private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"detail\":\"" + detail + "\"}");
    }
}
