package dev.setpoint.core.merge;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How {@link Merger} combines the candidate lists of several parameter presets. The wire ids are the
 * seed's {@code merge_strategy} values; the seed's default is {@link #UNION}.
 */
public enum MergeStrategy {
    /** Every parameter of every preset, with all their values. */
    UNION("union"),
    /** Only parameters every preset sets, with the values they all allow. */
    INTERSECTION("intersection"),
    /** Each parameter takes the values of the last preset that sets it. */
    LAST_WINS("last_wins");

    private final String id;

    MergeStrategy(String id) {
        this.id = id;
    }

    /** The wire id: {@code union}, {@code intersection} or {@code last_wins}. */
    public String id() {
        return id;
    }

    /** The strategy with this exact wire id; anything else is {@link SetpointException.Kind#INVALID}. */
    public static MergeStrategy of(@Nullable String id) {
        for (MergeStrategy strategy : values()) {
            if (strategy.id.equals(id)) {
                return strategy;
            }
        }
        throw SetpointException.invalid(
                Pointer.of("merge_strategy"),
                "unknown merge strategy " + (id == null ? "null" : "'" + id + "'") + "; allowed: " + allowedIds());
    }

    private static String allowedIds() {
        return Arrays.stream(values()).map(MergeStrategy::id).collect(Collectors.joining(", "));
    }
}
