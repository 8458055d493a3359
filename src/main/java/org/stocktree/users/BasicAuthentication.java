package org.stocktree.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;

/**
 * Tells the server who is calling, from an {@code Authorization: Basic} header.
 *
 * <p>A request without credentials continues anonymously: each endpoint's declared role decides
 * whether that is enough (401 if not). Wrong credentials are refused at once with 401, as Django
 * REST Framework does, even on endpoints that need no login.
 */
@ApplicationScoped
public class BasicAuthentication implements HttpAuthenticationMechanism {

    private static final String BASIC = "basic ";

    @Inject
    UserDirectory users;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return context.doNothing();
        }
        Optional<String[]> credentials = decode(header.substring(BASIC.length()).trim());
        Optional<User> user = credentials.flatMap(pair -> users.authenticate(pair[0], pair[1]));
        if (user.isEmpty()) {
            return refuse(response, context);
        }
        return context.notifyContainerAboutLogin(user.get().getUsername(), new HashSet<>(user.get().serverRoles()));
    }

    private static Optional<String[]> decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"api\"");
            response.setContentType("application/json");
            response.getOutputStream().write("{\"detail\":\"Invalid username/password.\"}".getBytes(StandardCharsets.UTF_8));
        } catch (IOException clientGone) {
            // The client closed the connection; the status is all it could have had.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
