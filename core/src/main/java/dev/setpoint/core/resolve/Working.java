package dev.setpoint.core.resolve;

import dev.setpoint.core.resolve.Provenance.Overridden;
import dev.setpoint.core.resolve.Provenance.RuleChange;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The parameter set being resolved, with the provenance of every value. Not thread-safe; one per apply. */
final class Working {

    private static final class Slot {
        @Nullable
        Value value;

        @Nullable
        Source source;

        final List<Overridden> overrode = new ArrayList<>(2);
        final List<RuleChange> rules = new ArrayList<>(1);
    }

    private final Map<String, Slot> slots = new LinkedHashMap<>();

    /**
     * A layer sets {@code name}; a different value it replaces is remembered. The same value again
     * is no override (explaining it would tell of a change that did not happen), but the higher
     * layer becomes the source: its value is what wins, and rules leave a user's input alone.
     */
    void set(String name, Value value, Source source) {
        Slot slot = slots.computeIfAbsent(name, n -> new Slot());
        if (slot.value != null && !slot.value.equals(value)) {
            slot.overrode.add(new Overridden(slot.source, slot.value));
        }
        slot.value = value;
        slot.source = source;
    }

    @Nullable
    Value get(String name) {
        Slot slot = slots.get(name);
        return slot == null ? null : slot.value;
    }

    boolean setByInput(String name) {
        Slot slot = slots.get(name);
        return slot != null && Source.INPUT.equals(slot.source.layer());
    }

    /**
     * A rule changes {@code name} unless the user set it explicitly: fine-tuning always wins.
     *
     * @return whether the value changed
     */
    boolean change(String name, Value to, String rule, String why) {
        Slot slot = slots.get(name);
        if (slot == null || Source.INPUT.equals(slot.source.layer()) || slot.value.equals(to)) {
            return false;
        }
        slot.rules.add(new RuleChange(rule, slot.value, to, why));
        slot.value = to;
        return true;
    }

    /** Removes a directive after it was consumed. */
    @Nullable
    Value remove(String name) {
        Slot slot = slots.remove(name);
        return slot == null ? null : slot.value;
    }

    Provenance provenance(String name) {
        Slot slot = slots.get(name);
        return new Provenance(slot.value, slot.source, slot.overrode, slot.rules);
    }
}
