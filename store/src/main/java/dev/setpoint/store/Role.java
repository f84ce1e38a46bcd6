package dev.setpoint.store;

import dev.setpoint.core.SetpointException;
import java.util.Arrays;

/** What a user may administer; presets follow the same privacy rules for both roles. */
public enum Role {
    ADMIN("admin"),
    USER("user");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Role of(String id) {
        return Arrays.stream(values())
                .filter(r -> r.id.equals(id))
                .findFirst()
                .orElseThrow(() -> SetpointException.invalid("/role", "role must be admin or user, not '" + id + "'"));
    }

    @Override
    public String toString() {
        return id;
    }
}
