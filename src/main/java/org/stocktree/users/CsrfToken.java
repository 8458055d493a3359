package org.stocktree.users;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-site request forgery protection for browser sessions, as Django does it: a random
 * {@code csrftoken} cookie that the page's script copies into an {@code X-CSRFToken} header. A
 * forged request from another site carries the cookie but cannot read it, so it cannot send the
 * header. Requires the header on every state-changing request made with a session, and on the
 * sign-in itself.
 */
final class CsrfToken {

    static final String COOKIE = "csrftoken";
    static final String HEADER = "X-CSRFToken";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    /** Gives the browser a token cookie if it has none; returns the token in force. */
    static String ensure(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> existing = cookie(request);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setPath("/");
        cookie.setHttpOnly(false); // the page's script must read it to send the header
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        cookie.setMaxAge(365 * 24 * 3600);
        response.addCookie(cookie);
        return token;
    }

    static boolean safe(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod());
    }

    /** Whether the request carries the header and it matches the cookie. */
    static boolean presented(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        return header != null && cookie(request)
                .map(cookie -> MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII),
                        header.strip().getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                        .filter(value -> value.matches("[0-9a-fA-F]{32,128}")).findFirst();
    }
}
