package dev.setpoint.runner;

import java.util.Objects;

/**
 * A file a run produced.
 *
 * @param name its path relative to the run's directory
 * @param mediaType e.g. {@code image/png}, {@code video/mp4}, {@code audio/wav}, {@code text/plain}
 * @param bytes its size
 */
public record Output(String name, String mediaType, long bytes) {

    public Output {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative");
        }
    }
}
