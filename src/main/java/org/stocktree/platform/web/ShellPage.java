package org.stocktree.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.platform.rest.JsonMapping;
import org.stocktree.platform.system.ServerVersion;
import org.stocktree.platform.system.SiteIdentity;

/**
 * Answers every path that is not the API, a static file or a server endpoint with the web
 * interface's shell page, so that the single-page app's own routes ({@code /part/12}) survive a
 * reload or a bookmark. Static assets get long cache headers: their names change with content.
 * Repeated slashes in API paths ({@code /api//part//1/}) are served as single ones, as Django
 * tolerates them: clients joining a base URL and a path often send them.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ShellPage extends HttpFilter {

    private static final List<String> SERVER_PATHS = List.of("/api/", "/media/", "/auth/", "/WEB-INF/");
    private static final String SHELL_JSP = "/WEB-INF/shell.jsp";

    private transient volatile SpaManifest manifest;

    @Inject
    SiteIdentity site;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.contains("//")) {
            path = path.replaceAll("/{2,}", "/");
            if (path.startsWith("/api/")) {
                String query = request.getQueryString();
                request.getRequestDispatcher(query == null ? path : path + "?" + query).forward(request, response);
                return;
            }
        }
        if (path.startsWith(SpaManifest.STATIC_PREFIX)) {
            if (path.startsWith(SpaManifest.STATIC_PREFIX + "assets/")) {
                response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            }
            chain.doFilter(request, response);
            return;
        }
        if (path.equals("/api") || SERVER_PATHS.stream().anyMatch(path::startsWith)
                || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute("spa", manifest(request));
        request.setAttribute("bootstrap", bootstrapJson(request));
        request.setAttribute("title", html(title()));
        response.setHeader("Cache-Control", "no-cache");
        request.getRequestDispatcher(SHELL_JSP).forward(request, response);
    }

    private SpaManifest manifest(HttpServletRequest request) {
        SpaManifest current = manifest;
        if (current == null) {
            current = SpaManifest.read(request.getServletContext());
            manifest = current;
        }
        return current;
    }

    /** The instance's title when the settings say to show it; the product's name if they cannot be read. */
    private String title() {
        try {
            return site.title();
        } catch (RuntimeException unavailable) {
            return ServerVersion.PRODUCT;
        }
    }

    /** Text safe inside an HTML element: the instance name is chosen by administrators, not by us. */
    static String html(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The facts the app needs before its first API call, safe to embed in a script element. */
    static String bootstrapJson(HttpServletRequest request) {
        Map<String, Object> bootstrap = new LinkedHashMap<>();
        bootstrap.put("baseUrl", request.getContextPath() + "/");
        bootstrap.put("apiVersion", ServerVersion.API_VERSION);
        bootstrap.put("serverName", ServerVersion.PRODUCT);
        bootstrap.put("version", ServerVersion.version());
        try {
            return JsonMapping.mapper().writeValueAsString(bootstrap).replace("<", "\\u003c");
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
