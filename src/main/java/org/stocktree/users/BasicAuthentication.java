package org.stocktree.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import org.stocktree.platform.rest.AccessControl;

/**
 * Tells the server who is calling, from an {@code Authorization: Basic} header.
 *
 * <p>A request without credentials continues anonymously: each endpoint's declared role decides
 * whether that is enough (401 if not). Wrong credentials are marked on the request, and the API
 * refuses them with 401 even on endpoints that need no login, as Django REST Framework does.
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
            request.setAttribute(AccessControl.CREDENTIALS_REJECTED, Boolean.TRUE);
            return context.doNothing();
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
}
