package dev.setpoint.core.compat;

import dev.setpoint.core.Problem;

/**
 * One reason a preset does not fit a template.
 *
 * @param code a stable word: {@code unknown_parameter}, {@code invalid_value}, {@code category_mismatch},
 *     {@code runtime_mismatch}, {@code resources_exceeded}
 * @param source the preset (or template) the reason is about
 * @param parameter the parameter or resource concerned, or empty
 * @param message in words a person can act on
 */
public record Incompatibility(String code, String source, String parameter, String message) {

    public Problem toProblem() {
        return new Problem(parameter, source + ": " + message);
    }
}
