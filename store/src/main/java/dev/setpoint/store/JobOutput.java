package dev.setpoint.store;

import java.util.Objects;

/** A file a job produced, in the job's own directory. */
public record JobOutput(String name, String mediaType, long bytes) {

    public JobOutput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
    }
}
