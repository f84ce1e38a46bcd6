package dev.setpoint.core.study;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Which way an objective improves. */
public enum Direction {
    MAXIMIZE,
    MINIMIZE;

    /** The wire id: {@code maximize} or {@code minimize}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The short word objectives are written with: {@code max} or {@code min}. */
    public String shortId() {
        return this == MAXIMIZE ? "max" : "min";
    }

    /** The direction named {@code maximize}, {@code minimize}, {@code max} or {@code min}. */
    public static Direction of(@Nullable String id) {
        for (Direction direction : values()) {
            if (direction.id().equals(id) || direction.shortId().equals(id)) {
                return direction;
            }
        }
        throw SetpointException.invalid(
                Pointer.of("direction"),
                "unknown direction " + (id == null ? "null" : "'" + id + "'")
                        + "; allowed: maximize, minimize (or max, min)");
    }

    /**
     * The value turned into a loss, which is lower when better: strategies and analysis compare
     * losses so that they need not ask the direction again.
     */
    double loss(double value) {
        return this == MAXIMIZE ? -value : value;
    }
}
