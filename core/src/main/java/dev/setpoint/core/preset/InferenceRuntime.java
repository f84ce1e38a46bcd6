package dev.setpoint.core.preset;

import dev.setpoint.core.SetpointException;
import java.util.Arrays;

/** Inference engines a parameter preset can be written for. */
public enum InferenceRuntime {
    SGLANG("sglang"),
    VLLM("vllm");

    private final String id;

    InferenceRuntime(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static InferenceRuntime of(String id) {
        return Arrays.stream(values())
                .filter(r -> r.id.equals(id))
                .findFirst()
                .orElseThrow(() -> SetpointException.invalid(
                        "runtime", "unknown runtime '" + id + "'; expected sglang, vllm or none"));
    }

    @Override
    public String toString() {
        return id;
    }
}
