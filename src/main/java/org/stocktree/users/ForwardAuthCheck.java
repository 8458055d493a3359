package org.stocktree.users;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /auth/}: answers 200 when the request carries valid credentials and 401 when not.
 *
 * <p>A reverse proxy that serves media files from disk asks this first, forwarding the original
 * request's cookies and Authorization header (nginx {@code auth_request}, Caddy {@code forward_auth}).
 */
@WebServlet(urlPatterns = {"/auth", "/auth/"})
public class ForwardAuthCheck extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        if (request.getUserPrincipal() == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.getWriter().write("{\"detail\":\"Authentication credentials were not provided.\"}");
        } else {
            response.getWriter().write("{\"detail\":\"ok\"}");
        }
    }
}
