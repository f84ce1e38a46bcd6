package dev.setpoint.store;

import java.util.Objects;

/** A preset a job used, at the revision it had then. */
public record PresetRevision(long id, String slug, long revision) {

    public PresetRevision {
        Objects.requireNonNull(slug, "slug");
    }
}
