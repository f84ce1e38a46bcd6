package dev.setpoint.server.users;

import dev.setpoint.server.errors.ProblemWriter;
import dev.setpoint.server.web.WebPages;
import dev.setpoint.store.UserStore;
import jakarta.servlet.DispatcherType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Scripts send a personal API token ({@code Authorization: Bearer sp_...}); the
 * web pages log in with a form and a session cookie, protected against CSRF by a token bound to the
 * session ({@link SessionCsrfTokens}) and against password guessing by {@link SignInThrottle}. Token
 * calls go through their own stateless chain: they carry no ambient credentials, so they need no
 * CSRF token, and they get no session. Everything under {@code /api} needs a user,
 * {@code POST /api/users} and {@code /actuator/prometheus} an admin; health, the OpenAPI document,
 * Swagger UI and the web pages themselves (they sign in at {@code /login}) are public. Every answer
 * carries {@link #CONTENT_SECURITY_POLICY}, {@code Referrer-Policy: same-origin} and
 * {@code X-Content-Type-Options: nosniff}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /**
     * What the built pages need and nothing more: their own scripts, styles and fetches; images and
     * media (job outputs) from the server. The JSON editor (CodeMirror) writes its theme into a
     * {@code <style>} element, with {@code data:} images, so style elements may be inline; style
     * attributes may not (the pages set styles through the DOM, which the policy allows). No inline
     * script, no plugins, no framing, no forms or base URL elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-elem 'self' 'unsafe-inline'; img-src 'self' data:; media-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserStore users) {
        return username -> users.findByUsername(username)
                .map(SetpointUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /**
     * Calls with {@code Authorization: Bearer}: stateless (no session, no CSRF cookie, no saved
     * request), before the browser chain. The filter refuses a token that is not valid, so every
     * request it lets through is authenticated.
     */
    @Bean
    @Order(1)
    SecurityFilterChain tokenChain(HttpSecurity http, TokenAuthenticator tokens, ProblemWriter problems)
            throws Exception {
        http.securityMatcher(BearerTokenFilter::hasBearerToken)
                .authorizeHttpRequests(SecurityConfig::rules)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfig::headers)
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized(problems))
                        .accessDeniedHandler(forbidden(problems)));
        return http.build();
    }

    /** The web pages: a login form (throttled) and a session cookie, with CSRF protection. */
    @Bean
    @Order(2)
    SecurityFilterChain filterChain(HttpSecurity http, ProblemWriter problems, SignInThrottle throttle)
            throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
        http.authorizeHttpRequests(SecurityConfig::rules)
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionCsrfTokens())
                        .csrfTokenRequestHandler(tokenWhereThePagesNeedIt()))
                .headers(SecurityConfig::headers)
                // Sign-in goes on to its own ?next= path (LocalPath); a saved request would only be a
                // session made for every anonymous call.
                .requestCache(cache -> cache.disable())
                .addFilterBefore(
                        new SignInThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(SignInResponses.success(throttle))
                        .failureHandler(SignInResponses.failure(problems, throttle)))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(
                        errors -> errors.defaultAuthenticationEntryPointFor(signInFirst(), WebPages::wantsPage)
                                .defaultAuthenticationEntryPointFor(unauthorized(problems), request -> true)
                                .accessDeniedHandler(csrfOrForbidden(problems, api)));
        return http.build();
    }

    /**
     * Spring Security would time every filter of every request as a Micrometer observation; the
     * HTTP request metrics already cover the requests, at a fraction of the cost.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    /**
     * Loads (or makes) the session's CSRF token for a request that has a session, asks for a page, or
     * asks {@code /api/me} (where the pages' script fetches it before its first write), so the
     * {@code XSRF-TOKEN} cookie is there before the first write and after a sign-in replaced it. The
     * pages send it back as it is, in the {@code X-XSRF-TOKEN} header. Other requests without a
     * session (health checks, anonymous API calls) make none: a session for each would be memory any
     * client could fill.
     */
    private static CsrfTokenRequestHandler tokenWhereThePagesNeedIt() {
        CsrfTokenRequestAttributeHandler attributes = new CsrfTokenRequestAttributeHandler();
        RequestMatcher me = PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/me");
        return (request, response, token) -> {
            attributes.handle(request, response, token);
            if (request.getSession(false) != null
                    || WebPages.wantsPage(request)
                    || WebPages.isPagePath(request)
                    || me.matches(request)) {
                token.get();
            }
        };
    }

    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth
                // A server-sent event stream's later dispatches belong to a request already authorized.
                .dispatcherTypeMatchers(DispatcherType.ASYNC)
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .permitAll()
                .requestMatchers("/login", "/error")
                .permitAll()
                .requestMatchers(WebPages.PUBLIC)
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/users")
                .hasRole("ADMIN")
                .requestMatchers("/actuator/prometheus")
                .hasRole("ADMIN")
                .anyRequest()
                .authenticated();
    }

    /** To the sign-in page, which returns to the page asked for once signed in (its {@code next}). */
    private static AuthenticationEntryPoint signInFirst() {
        return (request, response, e) -> {
            String asked =
                    request.getRequestURI().substring(request.getContextPath().length())
                            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login?next="
                    + URLEncoder.encode(LocalPath.or(asked, "/"), StandardCharsets.UTF_8));
        };
    }

    private static AuthenticationEntryPoint unauthorized(ProblemWriter problems) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "authentication required: send Authorization: Bearer <token>, or log in");
        };
    }

    private static AccessDeniedHandler forbidden(ProblemWriter problems) {
        return (request, response, e) -> problems.write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                e instanceof CsrfException
                        ? "missing or invalid CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header"
                        : "this needs the admin role");
    }

    /**
     * An API call that carries no credentials at all is refused by the CSRF check before
     * authentication; it gets the 401 that says how to authenticate, since a CSRF token would not
     * have helped it. A signed-in session without the token still gets the CSRF 403.
     */
    private static AccessDeniedHandler csrfOrForbidden(ProblemWriter problems, RequestMatcher api) {
        AuthenticationEntryPoint unauthorized = unauthorized(problems);
        AccessDeniedHandler forbidden = forbidden(problems);
        return (request, response, e) -> {
            if (e instanceof CsrfException && api.matches(request) && !signedIn()) {
                unauthorized.commence(request, response, new InsufficientAuthenticationException(e.getMessage()));
            } else {
                forbidden.handle(request, response, e);
            }
        };
    }

    private static boolean signedIn() {
        return TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
    }
}
