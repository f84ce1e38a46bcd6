package dev.setpoint.store;

import dev.setpoint.core.SetpointException;
import java.util.Arrays;

/** Who can see a preset: its owner only, every user, or everyone because Setpoint ships it. */
public enum Visibility {
    PRIVATE("private"),
    SHARED("shared"),
    SYSTEM("system");

    private final String id;

    Visibility(String id) {
        this.id = id;
    }

    /** The wire and column value. */
    public String id() {
        return id;
    }

    public static Visibility of(String id) {
        return Arrays.stream(values())
                .filter(v -> v.id.equals(id))
                .findFirst()
                .orElseThrow(() -> SetpointException.invalid(
                        "/visibility", "visibility must be private or shared, not '" + id + "'"));
    }

    @Override
    public String toString() {
        return id;
    }
}
