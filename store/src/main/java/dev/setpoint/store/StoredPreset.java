package dev.setpoint.store;

import dev.setpoint.core.preset.Preset;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A preset as stored, with who owns it and its revision for optimistic concurrency.
 *
 * @param slug the preset's stable textual id; equals {@code preset.id()} (for quality presets the id
 *     used in base chains and quality selection)
 * @param ownerId null for system presets
 * @param owner the owner's username, or {@code system}
 * @param revision 1 on create, +1 per update; an ETag can be built from it
 */
public record StoredPreset(
        long id,
        String slug,
        Preset preset,
        @Nullable Long ownerId,
        String owner,
        Visibility visibility,
        long revision,
        Instant createdAt,
        Instant updatedAt) {

    public StoredPreset {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** {@code parameter} or {@code quality}. */
    public String kind() {
        return preset.kind();
    }

    public boolean system() {
        return visibility == Visibility.SYSTEM;
    }
}
