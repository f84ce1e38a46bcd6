package dev.setpoint.server.users;

import dev.setpoint.server.errors.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * What {@code POST /login} answers. The web pages sign in with {@code fetch} and ask for JSON: 204 on
 * success, a 401 problem document otherwise. A plain HTML form gets redirects, relative ones. Both
 * tell {@link SignInThrottle} how the attempt went.
 */
final class SignInResponses {

    private SignInResponses() {}

    /**
     * A form's sign-in goes on to its {@code next} field when that is a path on this site, else to
     * {@code /}; never to a saved request's URL, which Spring builds from the client's {@code Host}.
     */
    static AuthenticationSuccessHandler success(SignInThrottle throttle) {
        return (request, response, authentication) -> {
            throttle.succeeded(request.getParameter("username"));
            if (wantsJson(request)) {
                response.setStatus(HttpStatus.NO_CONTENT.value());
            } else {
                response.sendRedirect(request.getContextPath() + LocalPath.or(request.getParameter("next"), "/"));
            }
        };
    }

    static AuthenticationFailureHandler failure(ProblemWriter problems, SignInThrottle throttle) {
        SimpleUrlAuthenticationFailureHandler redirect = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            throttle.failed(request.getParameter("username"), request.getRemoteAddr());
            if (wantsJson(request)) {
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "wrong username or password");
            } else {
                redirect.onAuthenticationFailure(request, response, exception);
            }
        };
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null
                && accept.contains(MediaType.APPLICATION_JSON_VALUE)
                && !accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
