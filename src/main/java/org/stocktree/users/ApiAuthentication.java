package org.stocktree.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.AccessControl.Rejection;

/**
 * Tells the server who is calling, from the {@code Authorization} header: {@code Token <key>}
 * (API tokens, what InvenTree clients use) or {@code Basic <user:password>}; without the header,
 * from the browser session opened by signing in.
 *
 * <p>A request without credentials continues anonymously: each endpoint's declared access decides
 * whether that is enough (401 if not). Credentials that do not check out are marked on the
 * request, and the API refuses them with 401 even on endpoints that need no login, as Django REST
 * Framework does. The caller's security roles are their server roles and every
 * {@code role.permission} their groups grant.
 */
@ApplicationScoped
public class ApiAuthentication implements HttpAuthenticationMechanism {

    private static final String BASIC = "basic ";
    private static final String TOKEN = "token ";
    /** The session attribute naming the signed-in user of a browser session. */
    static final String SESSION_USER = "org.stocktree.user";

    @Inject
    UserDirectory users;

    @Inject
    ApiTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return fromSession(request, context);
        }
        if (startsWith(header, TOKEN)) {
            Optional<ApiTokens.SignedIn> signedIn = tokens.signIn(header.substring(TOKEN.length()).trim());
            if (signedIn.isEmpty()) {
                request.setAttribute(AccessControl.CREDENTIALS_REJECTED, Rejection.invalid("Invalid token."));
                return context.doNothing();
            }
            ApiTokens.SignedIn holder = signedIn.get();
            if (holder.firstUseToday()) {
                tokens.recordUse(holder.tokenId());
            }
            return context.notifyContainerAboutLogin(holder.username(),
                    users.securityRoles(holder.userId(), holder.serverRoles()));
        }
        Optional<User> user;
        Rejection refusal;
        if (startsWith(header, BASIC)) {
            UserDirectory.SignIn signIn = decode(header.substring(BASIC.length()).trim())
                    .map(pair -> users.authenticate(pair[0], pair[1]))
                    .orElseGet(() -> new UserDirectory.SignIn(Optional.empty(), false));
            user = signIn.user();
            refusal = signIn.throttled() ? Rejection.throttled() : Rejection.invalid("Invalid username/password.");
        } else {
            return context.doNothing();
        }
        if (user.isEmpty()) {
            request.setAttribute(AccessControl.CREDENTIALS_REJECTED, refusal);
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(user.get().getUsername(), users.securityRoles(user.get()));
    }

    /**
     * A browser signed in through {@code /api/auth/v1/auth/login} is recognised by its session.
     * State-changing requests must then prove they come from our page ({@link CsrfToken}).
     */
    private AuthenticationStatus fromSession(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        if (!(username instanceof String name)) {
            return context.doNothing();
        }
        Optional<User> user = users.byUsername(name).filter(User::isActive);
        if (user.isEmpty()) {
            session.invalidate();
            return context.doNothing();
        }
        if (!CsrfToken.safe(request) && !CsrfToken.presented(request)) {
            request.setAttribute(AccessControl.CREDENTIALS_REJECTED,
                    new Rejection(403, "CSRF Failed: CSRF token missing or incorrect."));
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(name, users.securityRoles(user.get()));
    }

    private static boolean startsWith(String header, String scheme) {
        return header.regionMatches(true, 0, scheme, 0, scheme.length());
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
