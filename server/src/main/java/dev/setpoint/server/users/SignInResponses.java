package dev.setpoint.server.users;

import dev.setpoint.server.errors.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * What {@code POST /login} answers. The web pages sign in with {@code fetch} and ask for JSON: 204 on
 * success, a 401 problem document otherwise. A plain HTML form gets the usual redirects. Both tell
 * {@link SignInThrottle} how the attempt went.
 */
final class SignInResponses {

    private SignInResponses() {}

    static AuthenticationSuccessHandler success(SignInThrottle throttle) {
        SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        redirect.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            throttle.succeeded(request.getParameter("username"));
            if (wantsJson(request)) {
                response.setStatus(HttpStatus.NO_CONTENT.value());
            } else {
                redirect.onAuthenticationSuccess(request, response, authentication);
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
        return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)
                && !accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
