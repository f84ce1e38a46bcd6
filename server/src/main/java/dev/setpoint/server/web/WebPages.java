package dev.setpoint.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Stream;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web pages (module {@code ui}, served from its jar's {@code META-INF/resources}). They route on
 * the client, so each page's path is answered with {@code index.html}; a reload or a bookmark of
 * {@code /presets} then opens the same page.
 */
@Configuration(proxyBeanMethods = false)
public class WebPages implements WebMvcConfigurer {

    /** The pages' own paths: keep in step with the routes in ui/src/App.tsx. */
    static final String[] PAGES = {
        "/",
        "/login",
        "/presets",
        "/presets/{id:[0-9]+}",
        "/quality",
        "/apply",
        "/runs",
        "/runs/*",
        "/compare",
        "/compare/*",
        "/batches",
        "/batches/*",
        "/templates",
        "/templates/**"
    };

    /** Everything the pages need before anyone has signed in: the pages, index.html and the built assets. */
    public static final String[] PUBLIC = Stream.concat(
                    Stream.of(PAGES), Stream.of("/index.html", "/assets/**", "/favicon.svg"))
            .toArray(String[]::new);

    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");
    private static final RequestMatcher PAGE_PATHS = new OrRequestMatcher(Stream.of(PAGES)
            .map(page -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(page))
            .toList());
    private static final Resource INDEX = new ClassPathResource("META-INF/resources/index.html");

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String page : PAGES) {
            registry.addViewController(page).setViewName("forward:/index.html");
        }
    }

    /**
     * A browser asking for a page, not a script calling the API: it gets the sign-in form rather than
     * a 401, and the pages rather than a 404 problem document.
     */
    public static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !API.matches(request);
    }

    /** A request for one of the pages' own paths, whatever it accepts. */
    public static boolean isPagePath(HttpServletRequest request) {
        return PAGE_PATHS.matches(request);
    }

    /** The pages with status 404: they show that there is no page at this path. */
    public static ResponseEntity<Object> notFoundPage() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_HTML)
                .body(INDEX);
    }
}
