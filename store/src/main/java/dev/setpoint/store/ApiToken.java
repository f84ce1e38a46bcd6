package dev.setpoint.store;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A personal API token as listed to its owner: never the secret, which is only stored hashed. */
public record ApiToken(
        long id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {

    public ApiToken {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
