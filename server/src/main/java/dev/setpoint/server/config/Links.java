package dev.setpoint.server.config;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the links a response gives ({@code Location}, {@code Link}) point. Never at the request's
 * {@code Host}, which the client chose: under the configured public URL when there is one, else
 * path-absolute ({@code /api/presets/1001}), which a client resolves against the URL it called.
 */
@Component
public class Links {

    private final @Nullable String publicUrl;

    public Links(SetpointProperties settings) {
        this.publicUrl = settings.publicUrl();
    }

    /** @param path from the server's root, such as {@code /api/presets?offset=50} */
    public String to(String path) {
        return (publicUrl != null ? publicUrl : contextPath()) + path;
    }

    public URI location(String path) {
        return URI.create(to(path));
    }

    /** Empty, unless a trusted proxy's {@code X-Forwarded-Prefix} says otherwise (see forward-headers-strategy). */
    private static String contextPath() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest()
                .getContextPath();
    }
}
