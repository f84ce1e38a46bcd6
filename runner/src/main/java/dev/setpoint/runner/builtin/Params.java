package dev.setpoint.runner.builtin;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.RunSpec;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Typed access to a run's parameters; a parameter the run does not set falls back to the template's
 * default, so a function also runs from a bare template.
 */
final class Params {

    private final RunSpec spec;

    Params(RunSpec spec) {
        this.spec = spec;
    }

    long integer(String name) {
        return Math.round(number(name));
    }

    double number(String name) {
        if (get(name) instanceof Value.Num n) {
            return n.doubleValue();
        }
        throw wrongType(name, "a number");
    }

    String text(String name) {
        Value value = get(name);
        if (value instanceof Value.Str s) {
            return s.value();
        } else if (value instanceof Value.Num n) {
            return n.value().toPlainString();
        }
        throw wrongType(name, "a string");
    }

    boolean flag(String name) {
        if (get(name) instanceof Value.Bool b) {
            return b.value();
        }
        throw wrongType(name, "a boolean");
    }

    /** The {@code seed} parameter; -1 (or none) picks a fresh one, which the run reports. */
    long seed() {
        long seed = has("seed") ? integer("seed") : -1;
        return seed >= 0 ? seed : ThreadLocalRandom.current().nextLong(1L << 32);
    }

    /** The run's seed when it is chosen; empty while it is still to be drawn (-1, or none). */
    OptionalLong chosenSeed() {
        long seed = has("seed") ? integer("seed") : -1;
        return seed >= 0 ? OptionalLong.of(seed) : OptionalLong.empty();
    }

    private boolean has(String name) {
        InputSpec input = spec.template().inputs().get(name);
        return spec.parameters().containsKey(name) || (input != null && input.defaultValue() != null);
    }

    private Value get(String name) {
        Value value = spec.parameters().get(name);
        if (value == null) {
            InputSpec input = spec.template().inputs().get(name);
            value = input == null ? null : input.defaultValue();
        }
        if (value == null || value instanceof Value.Null) {
            throw SetpointException.invalid(
                    name,
                    "the built-in function needs '" + name + "', and template "
                            + spec.template().ref() + " neither sets nor defaults it");
        }
        return value;
    }

    private SetpointException wrongType(String name, String expected) {
        return SetpointException.invalid(
                name,
                "the built-in function needs " + expected + " here, not "
                        + get(name).typeName());
    }
}
