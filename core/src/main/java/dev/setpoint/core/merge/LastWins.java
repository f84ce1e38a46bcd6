package dev.setpoint.core.merge;

import dev.setpoint.core.preset.CandidateMap;
import dev.setpoint.core.preset.Candidates;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last_wins merge: each parameter takes the last preset's values, keeping the position where it
 * first appeared; a later preset that sets the same values (in any order) overrides silently.
 *
 * <p>It reads each preset's {@link CandidateMap} by index and keeps, per parameter slot, which
 * preset and entry hold the values now and their set hash, all in int arrays: an entry costs a
 * lookup of an interned name and a comparison of two hashes; only when the hashes agree are the
 * value sets read. Overrides are noted as indexes too ({@link Overrides}).
 */
final class LastWins {

    private final List<ParameterPreset> presets;
    private final Map<String, Integer> slots = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int[] presetOf = new int[16];
    private int[] entryOf = new int[16];
    private int[] hashOf = new int[16];
    private final Overrides overrides;

    /** Merges {@code presets}, an immutable list. */
    LastWins(List<ParameterPreset> presets) {
        this.presets = presets;
        this.overrides = new Overrides(presets);
        for (int p = 0; p < presets.size(); p++) {
            add(p, presets.get(p).candidates());
        }
    }

    private void add(int preset, CandidateMap parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            String name = parameters.name(i);
            Integer slot = slots.get(name);
            if (slot == null) {
                append(name, preset, i, parameters.valuesHash(i));
            } else {
                override(slot, preset, i, parameters);
            }
        }
    }

    private void append(String name, int preset, int entry, int hash) {
        int slot = names.size();
        if (slot == presetOf.length) {
            presetOf = Arrays.copyOf(presetOf, slot * 2);
            entryOf = Arrays.copyOf(entryOf, slot * 2);
            hashOf = Arrays.copyOf(hashOf, slot * 2);
        }
        slots.put(name, slot);
        names.add(name);
        set(slot, preset, entry, hash);
    }

    private void override(int slot, int preset, int entry, CandidateMap parameters) {
        int hash = parameters.valuesHash(entry);
        if (hash != hashOf[slot] || !parameters.candidates(entry).sameValues(values(slot))) {
            overrides.add(preset, entry, presetOf[slot], entryOf[slot]);
        }
        set(slot, preset, entry, hash);
    }

    private void set(int slot, int preset, int entry, int hash) {
        presetOf[slot] = preset;
        entryOf[slot] = entry;
        hashOf[slot] = hash;
    }

    private Candidates values(int slot) {
        return presets.get(presetOf[slot]).candidates().candidates(entryOf[slot]);
    }

    /** Each parameter's values, in the order the parameters first appeared. */
    Map<String, List<Value>> parameters() {
        Map<String, List<Value>> result = new LinkedHashMap<>();
        for (int slot = 0; slot < names.size(); slot++) {
            result.put(names.get(slot), values(slot));
        }
        return result;
    }

    /** What was overridden, in merge order. */
    List<Conflict> overrides() {
        return overrides;
    }
}
