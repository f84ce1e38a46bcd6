package dev.setpoint.core.compat;

import dev.setpoint.core.Problem;

/**
 * One reason a preset does not fit a template.
 *
 * @param code a stable word: {@code unknown_parameter}, {@code invalid_value}, {@code category_mismatch},
 *     {@code runtime_mismatch}, {@code resources_exceeded}, {@code no_equivalent} (an engine
 *     has nothing like the seed's parameter)
 * @param source the preset (or template) the reason is about
 * @param parameter the parameter or resource concerned, or empty
 * @param message in words a person can act on
 */
public record Incompatibility(String code, String source, String parameter, String message) {

    /**
     * At the parameter, with the source after the message: the problem sits next to the parameter's
     * field, which the user may never have touched, so it says where the value came from.
     */
    public Problem toProblem() {
        return parameter.isEmpty()
                ? new Problem("", source + ": " + message)
                : new Problem(parameter, message + " (from " + source + ")");
    }
}
