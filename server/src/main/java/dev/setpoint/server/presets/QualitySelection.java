package dev.setpoint.server.presets;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.value.Value;
import dev.setpoint.server.config.Ids;
import dev.setpoint.store.PresetStore;
import dev.setpoint.store.StoredPreset;
import dev.setpoint.store.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * What a request's {@code quality} names: nothing (standard), a level or a custom preset's slug
 * ({@code high}, {@code custom_fast}), or a preset's numeric id; resolved with its chain.
 */
final class QualitySelection {

    private final PresetStore store;
    private final PresetCache cache;

    QualitySelection(PresetStore store, PresetCache cache) {
        this.store = store;
        this.cache = cache;
    }

    ResolvedQuality resolve(Viewer viewer, @Nullable Value selection) {
        long version = store.changeVersion();
        QualityCatalog catalog = cache.qualityCatalog(viewer, version);
        if (selection == null || selection instanceof Value.Null) {
            return catalog.resolve("standard");
        }
        if (selection instanceof Value.Num n) {
            StoredPreset stored = cache.get(viewer, Ids.of(n, "/quality"), version);
            if (!stored.kind().equals("quality")) {
                throw SetpointException.invalid(
                        "/quality",
                        "preset " + stored.id() + " is a parameter preset; " + "quality takes a quality preset");
            }
            // The preset itself: its slug may name another preset for this viewer (slugs are per owner).
            return catalog.resolve((QualityPreset) stored.preset());
        }
        if (selection instanceof Value.Str s) {
            if (catalog.find(s.value()).isEmpty()) {
                // A slug several other users share is left out of the catalog; say so rather than "unknown".
                store.findBySlug(viewer, s.value());
            }
            return catalog.resolve(s.value());
        }
        throw SetpointException.invalid(
                "/quality",
                "quality is a level such as \"high\", a custom preset's " + "slug or a preset id, not "
                        + selection.typeName());
    }
}
