package dev.setpoint.server.users;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The CSRF token lives in the session, and only the session's own token is accepted. The
 * {@code XSRF-TOKEN} cookie is no more than the way the pages' script reads it (a cookie an attacker
 * planted, with a header to match, no longer passes, as it did with a cookie-only token). The
 * cookie is written when the session's token is made, and again whenever the browser sent a
 * different one (say a planted cookie, or none after it was deleted).
 */
final class SessionCsrfTokens implements CsrfTokenRepository {

    static final String COOKIE = "XSRF-TOKEN";
    static final String HEADER = "X-XSRF-TOKEN";

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = CookieCsrfTokenRepository.withHttpOnlyFalse();

    SessionCsrfTokens() {
        session.setHeaderName(HEADER);
        cookie.setCookieName(COOKIE);
        cookie.setHeaderName(HEADER);
        cookie.setCookieCustomizer(c -> c.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        session.saveToken(token, request, response);
        cookie.saveToken(token, request, response);
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return session.loadToken(request);
    }

    @Override
    public DeferredCsrfToken loadDeferredToken(HttpServletRequest request, HttpServletResponse response) {
        return new CookieInStep(CsrfTokenRepository.super.loadDeferredToken(request, response), request, response);
    }

    /** The session's token; a token read from the session (not new) is sent again if the browser's cookie differs. */
    private final class CookieInStep implements DeferredCsrfToken {

        private final DeferredCsrfToken stored;
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private boolean checked;

        CookieInStep(DeferredCsrfToken stored, HttpServletRequest request, HttpServletResponse response) {
            this.stored = stored;
            this.request = request;
            this.response = response;
        }

        @Override
        public CsrfToken get() {
            CsrfToken token = stored.get();
            if (!checked && !stored.isGenerated() && !token.getToken().equals(sentCookie(request))) {
                cookie.saveToken(token, request, response);
            }
            checked = true;
            return token;
        }

        @Override
        public boolean isGenerated() {
            return stored.isGenerated();
        }
    }

    private static @Nullable String sentCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? null
                : Arrays.stream(cookies)
                        .filter(c -> COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null);
    }
}
