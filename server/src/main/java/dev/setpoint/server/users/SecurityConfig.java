package dev.setpoint.server.users;

import dev.setpoint.server.errors.ProblemWriter;
import dev.setpoint.server.web.WebPages;
import dev.setpoint.store.UserStore;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Scripts send a personal API token ({@code Authorization: Bearer sp_...}); the
 * web pages log in with a form and a session cookie, protected against CSRF (a token-authenticated
 * call carries no ambient credentials, so it is exempt). Everything under {@code /api} needs a
 * user, {@code POST /api/users} an admin; health, the OpenAPI document, Swagger UI and the web
 * pages themselves (they sign in at {@code /login}) are public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserStore users) {
        return username -> users.findByUsername(username).map(SetpointUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, UserStore users, ProblemWriter problems) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(response, HttpStatus.UNAUTHORIZED,
                    "authentication required: send Authorization: Bearer <token>, or log in");
        };
        http
                .authorizeHttpRequests(auth -> auth
                        // A server-sent event stream's later dispatches belong to a request already authorized.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/login", "/error").permitAll()
                        .requestMatchers(WebPages.PUBLIC).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/users").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(users, problems), UsernamePasswordAuthenticationFilter.class)
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(BearerTokenFilter::hasBearerToken))
                .formLogin(form -> form.loginPage("/login").successHandler(SignInResponses.success())
                        .failureHandler(SignInResponses.failure(problems)))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> !api.matches(request) && acceptsHtml(request))
                        .defaultAuthenticationEntryPointFor(unauthorized, request -> true)
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                HttpStatus.FORBIDDEN, e instanceof CsrfException
                                        ? "missing or invalid CSRF token: send the XSRF-TOKEN cookie's value"
                                                + " in the X-XSRF-TOKEN header"
                                        : "this needs the admin role")));
        return http.build();
    }

    /** Browsers asking for a page get the login form; scripts get a 401 problem document. */
    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
