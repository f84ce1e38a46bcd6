package dev.setpoint.core.compare;

import java.util.Objects;

/**
 * Where one output of a level's run is.
 *
 * @param url a URL path on a server, or a file's path on this machine for the offline command line
 */
public record OutputLink(String name, String mediaType, long bytes, String url) {

    public OutputLink {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(url, "url");
    }
}
