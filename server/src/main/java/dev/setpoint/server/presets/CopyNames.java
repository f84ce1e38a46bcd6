package dev.setpoint.server.presets;

import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** The names a copy of a preset tries, in order, until one is free. */
final class CopyNames {

    /** How many "(copy n)" names a clone tries before giving up. */
    static final int MAX_COPY_NAMES = 100;

    private CopyNames() {}

    /** {@code asked} alone when the caller chose a name; else "<name> (copy)", "<name> (copy 2)", ... */
    static List<String> of(String name, @Nullable String asked) {
        if (asked != null) {
            return List.of(asked);
        }
        return IntStream.rangeClosed(1, MAX_COPY_NAMES)
                .mapToObj(n -> name + (n == 1 ? " (copy)" : " (copy " + n + ")"))
                .toList();
    }
}
