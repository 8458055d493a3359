package org.stocktree.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Browser sign-in, in the shape of django-allauth's headless API that InvenTree's web interface
 * uses: {@code /api/auth/v1/config}, {@code POST /api/auth/v1/auth/login},
 * {@code GET}/{@code DELETE /api/auth/v1/auth/session}. Signing in opens a new session (the old
 * one is discarded, so a planted session id is worthless) and requires the CSRF header, as every
 * state-changing request of the session does afterwards. Only the username and password flow
 * exists; the other allauth flows answer 404.
 */
@Path("auth/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SessionResource {

    record Credentials(String username, String password) {
    }

    record SessionUser(long id, String display, @JsonProperty("has_usable_password") boolean usablePassword,
            String email, String username) {
    }

    @Inject
    UserDirectory users;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Path("config")
    public Map<String, Object> config() {
        CsrfToken.ensure(request, response);
        return Map.of("status", 200, "data", Map.of(
                "account", Map.of("authentication_method", "username", "is_open_for_signup", false,
                        "email_verification_by_code_enabled", false, "login_by_code_enabled", false,
                        "password_reset_by_code_enabled", false),
                "usersessions", Map.of("track_activity", false)));
    }

    @POST
    @Path("auth/login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(Credentials credentials) {
        if (!CsrfToken.presented(request)) {
            return error(403, "CSRF Failed: CSRF token missing or incorrect.", "csrf", null);
        }
        if (credentials == null || blank(credentials.username())) {
            return error(400, "This field is required.", "required", "username");
        }
        if (blank(credentials.password())) {
            return error(400, "This field is required.", "required", "password");
        }
        UserDirectory.SignIn signIn = users.authenticate(credentials.username(), credentials.password());
        if (signIn.throttled()) {
            return error(429, "Too many failed login attempts. Try again later.", "too_many_login_attempts", null);
        }
        if (signIn.user().isEmpty()) {
            return error(400, "The username and/or password you specified are not correct.",
                    "username_password_mismatch", "password");
        }
        User user = signIn.user().get();
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(ApiAuthentication.SESSION_USER, user.getUsername());
        session.setAttribute(SIGNED_IN_AT, Instant.now().getEpochSecond());
        CsrfToken.ensure(request, response);
        return Response.ok(authenticated(user, session)).build();
    }

    @GET
    @Path("auth/session")
    public Response session() {
        CsrfToken.ensure(request, response);
        HttpSession session = request.getSession(false);
        Optional<User> user = signedIn(session);
        return user.isPresent() ? Response.ok(authenticated(user.get(), session)).build() : unauthenticated();
    }

    @DELETE
    @Path("auth/session")
    public Response logout() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return unauthenticated();
    }

    private static final String SIGNED_IN_AT = "org.stocktree.signed-in-at";

    private Optional<User> signedIn(HttpSession session) {
        Object name = session == null ? null : session.getAttribute(ApiAuthentication.SESSION_USER);
        return name instanceof String username ? users.byUsername(username).filter(User::isActive) : Optional.empty();
    }

    private static Map<String, Object> authenticated(User user, HttpSession session) {
        Object at = session.getAttribute(SIGNED_IN_AT);
        SessionUser shown = new SessionUser(user.getId(), user.getUsername(), !user.getPasswordHash().startsWith("!"),
                user.getEmail(), user.getUsername());
        return Map.of("status", 200,
                "data", Map.of("user", shown, "methods", List.of(Map.of("method", "password",
                        "at", at == null ? Instant.now().getEpochSecond() : at, "username", user.getUsername()))),
                "meta", Map.of("is_authenticated", true));
    }

    private static Response unauthenticated() {
        return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("status", 401,
                "data", Map.of("flows", List.of(Map.of("id", "login"))), "meta", Map.of("is_authenticated", false)))
                .build();
    }

    private static Response error(int status, String message, String code, String param) {
        Map<String, Object> error = param == null ? Map.of("message", message, "code", code)
                : Map.of("message", message, "code", code, "param", param);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("status", status, "errors", List.of(error))).build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
