package dev.setpoint.store;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** @param passwordHash a hash made by the caller (BCrypt in the server), or null for token-only users */
public record User(long id, String username, @Nullable String passwordHash, Role role, Instant createdAt) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
