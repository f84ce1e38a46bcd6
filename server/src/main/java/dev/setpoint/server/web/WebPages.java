package dev.setpoint.server.web;

import java.util.stream.Stream;
import org.springframework.context.annotation.Configuration;
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
    static final String[] PAGES = {"/", "/login", "/presets", "/quality", "/apply", "/templates", "/templates/**"};

    /** Everything the pages need before anyone has signed in: the pages, index.html and the built assets. */
    public static final String[] PUBLIC = Stream.concat(Stream.of(PAGES),
            Stream.of("/index.html", "/assets/**", "/favicon.svg")).toArray(String[]::new);

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String page : PAGES) {
            registry.addViewController(page).setViewName("forward:/index.html");
        }
    }
}
