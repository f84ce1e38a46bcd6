package dev.setpoint.runner.load;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Value;
import java.util.Map;
import java.util.Objects;

/**
 * The load one run drives: which model to ask, how many requests in all and at once, and how long
 * each prompt and answer is, in tokens.
 */
public record LoadPlan(String model, int concurrency, int requests, int promptTokens, int outputTokens) {

    public LoadPlan {
        Objects.requireNonNull(model, "model");
        if (concurrency < 1 || requests < 1 || promptTokens < 1 || outputTokens < 1) {
            throw new IllegalArgumentException("a load needs at least one request, one at a time, of one token each");
        }
    }

    /** The plan the inputs {@code model}, {@code concurrency}, {@code requests}, {@code prompt_tokens}, {@code output_tokens} give. */
    public static LoadPlan of(Map<String, Value> values) {
        return new LoadPlan(
                text(values, "model"),
                whole(values, "concurrency"),
                whole(values, "requests"),
                whole(values, "prompt_tokens"),
                whole(values, "output_tokens"));
    }

    private static String text(Map<String, Value> values, String name) {
        if (values.get(name) instanceof Value.Str s) {
            return s.value();
        }
        throw SetpointException.invalid("/parameters/" + name, "the load needs " + name + " as a string");
    }

    private static int whole(Map<String, Value> values, String name) {
        if (values.get(name) instanceof Value.Num n
                && n.isIntegral()
                && n.doubleValue() >= 1
                && n.doubleValue() <= Integer.MAX_VALUE) {
            return n.value().intValueExact();
        }
        throw SetpointException.invalid("/parameters/" + name, "the load needs " + name + " as a whole number from 1");
    }
}
