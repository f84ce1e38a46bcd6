package dev.setpoint.cli.presets;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.QualityCatalog;
import org.jspecify.annotations.Nullable;

/**
 * A custom quality preset's level as the server shows it: its own, else the level of the built-in
 * its chain stands on (STORY-050: its base's).
 */
final class Levels {

    private Levels() {}

    /** Null for a parameter preset, and for a chain {@code qualities} cannot resolve (its base unknown here). */
    static @Nullable Integer of(QualityCatalog qualities, Preset preset) {
        if (!(preset instanceof QualityPreset quality)) {
            return null;
        }
        if (quality.level() != null) {
            return quality.level();
        }
        try {
            return qualities.resolve(quality).level();
        } catch (SetpointException e) {
            return null;
        }
    }

    /** The preset with its level filled in where it inherits one, for output. */
    static Preset shown(QualityCatalog qualities, Preset preset) {
        Integer level = of(qualities, preset);
        return preset instanceof QualityPreset quality && quality.level() == null && level != null
                ? quality.withLevel(level)
                : preset;
    }
}
