package dev.setpoint.store;

import java.util.Objects;

/** A token just issued: the only time its plaintext is available. */
public record IssuedToken(long id, String name, String plaintext) {

    public IssuedToken {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plaintext, "plaintext");
    }

    @Override
    public String toString() {
        return "IssuedToken[id=" + id + ", name=" + name + "]";
    }
}
