package dev.setpoint.core;

import java.util.Objects;

/**
 * One thing wrong with an input.
 *
 * @param path where it is: a JSON pointer ({@code /preset/parameters/tp-size}) or a parameter name;
 *     empty for the input as a whole
 * @param message what is wrong, in words a person can act on
 */
public record Problem(String path, String message) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
