package dev.setpoint.server.errors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses what the container lets through but Spring cannot read, before anything tries to: a bad
 * {@code %} in a path's matrix parameter ({@code /api/presets/1;x=%zz}; Tomcat decodes the path without
 * them, Spring's path parsing then throws, and again on the error page), and a wildcard Content-Type
 * ({@code *}{@code /*}), which Spring takes for a programming error wherever it reads the request's
 * headers (reading a body, the actuator), even on a request without a body. And
 * it reads an {@code Accept} header with an empty element ({@code Accept:}, {@code text/plain,}) as
 * its other elements, or as any type if there are none: the actuator's choice of format fails on
 * an empty one (a 500 from {@code /actuator/prometheus}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@FilterRegistration(
        order = Ordered.HIGHEST_PRECEDENCE,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
class MalformedRequests extends OncePerRequestFilter {

    /** A {@code %} not followed by two hexadecimal digits. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private final ProblemWriter problems;

    MalformedRequests(ProblemWriter problems) {
        this.problems = problems;
    }

    static boolean badlyEncoded(@Nullable String text) {
        return text != null && BAD_ESCAPE.matcher(text).find();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (badlyEncoded(path(request))) {
            problems.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "the request's path is not valid %-encoding: " + "a % must be followed by two hexadecimal digits");
        } else if (wildcard(request.getContentType())) {
            problems.write(
                    request,
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "the request's Content-Type, " + request.getContentType()
                            + ", is a wildcard: name the body's type, such as application/json");
        } else if (AcceptWithoutEmpties.applies(request)) {
            chain.doFilter(new AcceptWithoutEmpties(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** An unparseable type is left to Spring, which answers it with 415 itself. */
    /**
     * Its own path; in an error dispatch, the path that failed. A request the container refuses before
     * any filter (TRACE) reaches the error page unchecked, where Spring decodes its path to write.
     */
    private static String path(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                        && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed
                : request.getRequestURI();
    }

    /** Checked once per request: on the error page only if the container refused it before any filter. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static boolean wildcard(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The request with its {@code Accept} header's empty elements left out. */
    private static final class AcceptWithoutEmpties extends HttpServletRequestWrapper {

        private static final Pattern EMPTY_ELEMENT = Pattern.compile("^\\s*$|^\\s*,|,\\s*,|,\\s*$");

        AcceptWithoutEmpties(HttpServletRequest request) {
            super(request);
        }

        static boolean applies(HttpServletRequest request) {
            return Collections.list(request.getHeaders(HttpHeaders.ACCEPT)).stream()
                    .anyMatch(value -> EMPTY_ELEMENT.matcher(value).find());
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? String.join(", ", accepted()) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                    ? Collections.enumeration(accepted())
                    : super.getHeaders(name);
        }

        private List<String> accepted() {
            List<String> types = Collections.list(super.getHeaders(HttpHeaders.ACCEPT)).stream()
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::strip)
                    .filter(type -> !type.isEmpty())
                    .toList();
            return types.isEmpty() ? List.of(MediaType.ALL_VALUE) : types;
        }
    }
}
