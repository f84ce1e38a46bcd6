package dev.setpoint.server.config;

import dev.setpoint.core.SetpointException;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The URL people reach the server at ({@code SETPOINT_PUBLIC_URL}), for a server behind a proxy
 * that wants absolute links. Checked at start, so a typo stops the server rather than every link.
 */
final class PublicUrl {

    private static final String RULE = "SETPOINT_PUBLIC_URL (setpoint.public-url) must be an http or https URL "
            + "without query or fragment, such as https://setpoint.example.com";

    private PublicUrl() {}

    /** {@code text} without its trailing slashes, or null when it is blank. */
    static @Nullable String checked(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw SetpointException.invalid("public-url", RULE + ", not '" + text + "'");
        }
        boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!web
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw SetpointException.invalid("public-url", RULE + ", not '" + text + "'");
        }
        return uri.toString().replaceAll("/+$", "");
    }
}
