package dev.setpoint.core.preset;

import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The four system parameter presets, exactly as the parameter-preset design seed seeds them. */
public final class SystemParameterPresets {

    public static final ParameterPreset MEMORY_EFFICIENT = preset(
            "memory-efficient",
            "Memory Efficient",
            "Optimized for low memory usage",
            "memory",
            params(
                    "tp-size",
                    List.of(Value.of(1)),
                    "mem-fraction-static",
                    List.of(Value.of(0.7), Value.of(0.75)),
                    "enable-chunked-prefill",
                    List.of(Value.TRUE)),
            List.of("memory", "small-gpu"));

    public static final ParameterPreset HIGH_THROUGHPUT = preset(
            "high-throughput",
            "High Throughput",
            "Maximize tokens per second",
            "performance",
            params(
                    "tp-size",
                    List.of(Value.of(2), Value.of(4)),
                    "mem-fraction-static",
                    List.of(Value.of(0.9)),
                    "schedule-policy",
                    List.of(Value.of("fcfs")),
                    "enable-mixed-chunking",
                    List.of(Value.TRUE)),
            List.of("throughput", "performance"));

    public static final ParameterPreset LOW_LATENCY = preset(
            "low-latency",
            "Low Latency",
            "Minimize end-to-end latency",
            "performance",
            params(
                    "tp-size",
                    List.of(Value.of(1), Value.of(2)),
                    "schedule-policy",
                    List.of(Value.of("lpm")),
                    "mem-fraction-static",
                    List.of(Value.of(0.85))),
            List.of("latency", "interactive"));

    public static final ParameterPreset BALANCED = preset(
            "balanced",
            "Balanced",
            "Balanced configuration for general use",
            "general",
            params(
                    "tp-size",
                    List.of(Value.of(1), Value.of(2)),
                    "mem-fraction-static",
                    List.of(Value.of(0.85)),
                    "schedule-policy",
                    List.of(Value.of("fcfs"), Value.of("lpm"))),
            List.of("balanced", "recommended"));

    /** In the seed's order. */
    public static final List<ParameterPreset> ALL = List.of(MEMORY_EFFICIENT, HIGH_THROUGHPUT, LOW_LATENCY, BALANCED);

    private SystemParameterPresets() {}

    static ParameterPreset preset(
            String id,
            String name,
            String description,
            String category,
            Map<String, List<Value>> parameters,
            List<String> tags) {
        return preset(id, name, description, category, parameters, Metadata.of("system", tags));
    }

    static ParameterPreset preset(
            String id,
            String name,
            String description,
            String category,
            Map<String, List<Value>> parameters,
            Metadata metadata) {
        return new ParameterPreset(id, name, description, category, null, parameters, true, metadata);
    }

    static Map<String, List<Value>> params(Object... nameThenValues) {
        Map<String, List<Value>> params = new LinkedHashMap<>();
        for (int i = 0; i < nameThenValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Value> values = (List<Value>) nameThenValues[i + 1];
            params.put((String) nameThenValues[i], values);
        }
        return params;
    }
}
