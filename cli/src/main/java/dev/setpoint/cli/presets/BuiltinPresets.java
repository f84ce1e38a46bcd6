package dev.setpoint.cli.presets;

import dev.setpoint.core.preset.Names;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.SystemParameterPresets;
import dev.setpoint.core.preset.TuningPresets;
import dev.setpoint.core.quality.BuiltinLevels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The presets that ship with Setpoint: the four quality levels, the four system parameter presets,
 * then the tuning presets.
 */
final class BuiltinPresets {

    static final List<Preset> ALL = all();

    private BuiltinPresets() {}

    /** The built-in preset whose id or name ({@link Names#same}: case and width aside) is {@code ref}. */
    static Optional<Preset> find(String ref) {
        return ALL.stream()
                .filter(p -> ref.equals(p.id()))
                .findFirst()
                .or(() -> ALL.stream().filter(p -> Names.same(ref, p.name())).findFirst());
    }

    static String ids() {
        return String.join(", ", ALL.stream().map(Preset::id).toList());
    }

    private static List<Preset> all() {
        List<Preset> all = new ArrayList<>(BuiltinLevels.ALL);
        all.addAll(SystemParameterPresets.ALL);
        all.addAll(TuningPresets.ALL);
        return List.copyOf(all);
    }
}
