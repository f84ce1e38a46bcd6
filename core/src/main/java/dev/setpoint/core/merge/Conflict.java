package dev.setpoint.core.merge;

import dev.setpoint.core.preset.Candidates;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Something a merge changed or dropped that a person may want to know about. All strategies report
 * conflicts in this one shape. Creating one is cheap: it keeps {@link Candidates} lists as they are
 * (they are immutable) and writes its {@link #message()} only when asked.
 *
 * @param parameter the parameter concerned
 * @param reason why; its {@link Reason#id()} is the machine word for output
 * @param preset the name of the preset that caused it
 * @param previousValues the parameter's values before that preset was merged in (empty if no earlier
 *     preset set it)
 * @param newValues that preset's values for the parameter (empty if it does not set it)
 */
public record Conflict(
        String parameter, Reason reason, String preset, List<Value> previousValues, List<Value> newValues) {

    /** Why a conflict was reported. */
    public enum Reason {
        /** A later preset replaced the parameter's values (last_wins). */
        OVERRIDDEN("overridden"),
        /** The preset's values share none with the earlier presets' (intersection). */
        NO_COMMON_VALUES("no_common_values"),
        /** The preset does not set the parameter (intersection). */
        MISSING_FROM_PRESET("missing_from_preset");

        private final String id;

        Reason(String id) {
            this.id = id;
        }

        /** A short machine word: {@code overridden}, {@code no_common_values} or {@code missing_from_preset}. */
        public String id() {
            return id;
        }
    }

    public Conflict {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(preset, "preset");
        previousValues = Candidates.of(previousValues);
        newValues = Candidates.of(newValues);
    }

    /** In words for people, e.g. {@code tp-size: High Throughput overrides [1, 2] with [4]}. */
    public String message() {
        return parameter + ": "
                + switch (reason) {
                    case OVERRIDDEN -> preset + " overrides " + show(previousValues) + " with " + show(newValues);
                    case NO_COMMON_VALUES ->
                        "dropped, " + preset + " allows " + show(newValues) + ", none of " + show(previousValues);
                    case MISSING_FROM_PRESET -> "dropped, " + preset + " does not set it";
                };
    }

    private static String show(List<Value> values) {
        return values.stream().map(Json::write).collect(Collectors.joining(", ", "[", "]"));
    }
}
