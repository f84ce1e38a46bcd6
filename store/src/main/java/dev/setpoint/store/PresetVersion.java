package dev.setpoint.store;

/**
 * One revision of a stored preset. Every change to a preset (content, name, visibility) makes a new
 * revision and ids are never reused, so what a {@link StoredPreset} holds for an id and revision never
 * changes: a cache keyed by it needs no invalidation.
 */
public record PresetVersion(long id, long revision) {

    public static PresetVersion of(StoredPreset preset) {
        return new PresetVersion(preset.id(), preset.revision());
    }
}
