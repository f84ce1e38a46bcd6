package dev.setpoint.core.merge;

import dev.setpoint.core.merge.Conflict.Reason;
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
 * <p>It reads each preset's {@link CandidateMap} by index and keeps the current values in arrays
 * indexed by a parameter's slot, so an entry costs a lookup of an interned name and a comparison
 * of two hashes; only when the hashes agree are the value sets read.
 */
final class LastWins {

    private final Map<String, Integer> slots = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private Candidates[] values = new Candidates[16];
    private int[] hashes = new int[16];
    private final Conflicts conflicts;

    private LastWins(Conflicts conflicts) {
        this.conflicts = conflicts;
    }

    static Map<String, List<Value>> merge(List<ParameterPreset> presets, Conflicts conflicts) {
        LastWins merge = new LastWins(conflicts);
        presets.forEach(preset -> merge.add(preset.name(), preset.candidates()));
        return merge.result();
    }

    private void add(String preset, CandidateMap parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            String name = parameters.name(i);
            Integer slot = slots.get(name);
            if (slot == null) {
                append(name, parameters.candidates(i), parameters.valuesHash(i));
            } else {
                override(slot, preset, name, parameters.candidates(i), parameters.valuesHash(i));
            }
        }
    }

    private void append(String name, Candidates now, int hash) {
        int slot = names.size();
        if (slot == values.length) {
            values = Arrays.copyOf(values, slot * 2);
            hashes = Arrays.copyOf(hashes, slot * 2);
        }
        slots.put(name, slot);
        names.add(name);
        values[slot] = now;
        hashes[slot] = hash;
    }

    private void override(int slot, String preset, String name, Candidates now, int hash) {
        Candidates previous = values[slot];
        if (hash != hashes[slot] || !now.sameValues(previous)) {
            conflicts.add(name, Reason.OVERRIDDEN, preset, previous, now);
        }
        values[slot] = now;
        hashes[slot] = hash;
    }

    private Map<String, List<Value>> result() {
        Map<String, List<Value>> result = new LinkedHashMap<>();
        for (int slot = 0; slot < names.size(); slot++) {
            result.put(names.get(slot), values[slot]);
        }
        return result;
    }
}
