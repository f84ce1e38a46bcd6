package dev.setpoint.store;

import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.SystemParameterPresets;
import dev.setpoint.core.preset.TuningPresets;
import dev.setpoint.core.quality.BuiltinLevels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The presets Setpoint ships, with their fixed ids: 1 to 4 the parameter presets in the seed's
 * order, 5 to 8 the quality levels draft to ultra, then from 9 on the tuning presets ({@code
 * TuningPresets}, in their order). A shipped preset only ever gets the next id, so ids never move;
 * the {@link Seeder} adds those a database lacks at every start. User presets start at 1001.
 */
final class SystemPresets {

    static final List<Preset> ALL = all();
    private static final Map<String, Preset> BY_SLUG =
            ALL.stream().collect(Collectors.toMap(Preset::id, Function.identity()));

    private SystemPresets() {}

    static long idOf(int index) {
        return index + 1L;
    }

    /**
     * The shipped preset itself rather than its stored JSON: PostgreSQL's JSONB does not keep
     * member order, and the seed's order is part of the export format.
     */
    static Optional<Preset> bySlug(String slug) {
        return Optional.ofNullable(BY_SLUG.get(slug));
    }

    private static List<Preset> all() {
        List<Preset> all = new ArrayList<>(SystemParameterPresets.ALL);
        all.addAll(BuiltinLevels.ALL);
        all.addAll(TuningPresets.ALL);
        return List.copyOf(all);
    }
}
