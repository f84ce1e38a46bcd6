package dev.setpoint.runner.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.preset.SystemParameterPresets;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineLaunchTest {

    static final Template SGLANG = TemplateRegistry.builtin().resolve("sglang-server");
    static final Template VLLM = TemplateRegistry.builtin().resolve("vllm-server");

    private static Map<String, Value> resolved(Template template, Map<String, Value> inputs) {
        return new Resolver()
                .apply(new ApplyRequest(
                        template, QualityCatalog.builtin().resolve("draft"), List.of(), MergeStrategy.UNION, inputs))
                .parameters();
    }

    private static Execution.Engine engine(Template template) {
        return (Execution.Engine) template.execution();
    }

    @Test
    void anSglangPointBecomesItsServerFlagsWithBooleansPresentOrAbsent() {
        Map<String, Value> point = resolved(
                SGLANG,
                Map.of(
                        "model", Value.of("/models/qwen"),
                        "tp-size", Value.of(2),
                        "mem-fraction-static", Value.of(0.85),
                        "schedule-policy", Value.of("lpm"),
                        "enable-mixed-chunking", Value.TRUE,
                        "enable-chunked-prefill", Value.FALSE));

        assertThat(EngineLaunch.arguments(engine(SGLANG), point, 30001))
                .containsExactly(
                        "python3",
                        "-m",
                        "sglang.launch_server",
                        "--host=127.0.0.1",
                        "--port=30001",
                        "--model-path=/models/qwen",
                        "--tp-size=2",
                        "--dp-size=1",
                        "--mem-fraction-static=0.85",
                        "--max-running-requests=256",
                        "--chunked-prefill-size=8192",
                        "--max-prefill-tokens=16384",
                        "--schedule-policy=lpm",
                        "--schedule-conservativeness=1",
                        "--enable-mixed-chunk",
                        "--num-continuous-decode-steps=1",
                        "--chunked-prefill-size=-1");
    }

    @Test
    void theSglangDefaultsAddNoSwitchThatIsOff() {
        List<String> argv = EngineLaunch.arguments(engine(SGLANG), resolved(SGLANG, Map.of()), 1);

        assertThat(argv)
                .doesNotContain(
                        "--enable-mixed-chunk",
                        "--disable-radix-cache",
                        "--disable-overlap-schedule",
                        "--chunked-prefill-size=-1")
                .contains("--model-path=Qwen/Qwen2.5-0.5B-Instruct");
    }

    @Test
    void aVllmPointTakesTheSeedsNamesAsVllmsFlagsAndTurnsBooleansOffByTheirPairs() {
        Map<String, Value> inputs = new LinkedHashMap<>();
        inputs.put("model", Value.of("m"));
        inputs.put("tp-size", Value.of(4));
        inputs.put("enable-prefix-caching", Value.FALSE);
        inputs.put("enforce-eager", Value.TRUE);
        Map<String, Value> point = new Resolver()
                .apply(new ApplyRequest(
                        VLLM,
                        QualityCatalog.builtin().resolve("standard"),
                        List.of(SystemParameterPresets.MEMORY_EFFICIENT),
                        MergeStrategy.UNION,
                        Map.of("model", Value.of("m"), "mem-fraction-static", Value.of(0.75))))
                .parameters();

        assertThat(EngineLaunch.arguments(engine(VLLM), resolved(VLLM, inputs), 8001))
                .containsExactly(
                        "python3",
                        "-m",
                        "vllm.entrypoints.openai.api_server",
                        "--host=127.0.0.1",
                        "--port=8001",
                        "--model=m",
                        "--tensor-parallel-size=4",
                        "--pipeline-parallel-size=1",
                        "--data-parallel-size=1",
                        "--gpu-memory-utilization=0.9",
                        "--max-num-seqs=256",
                        "--max-num-batched-tokens=8192",
                        "--enable-chunked-prefill",
                        "--scheduling-policy=fcfs",
                        "--kv-cache-dtype=auto",
                        "--enforce-eager",
                        "--no-enable-prefix-caching");
        assertThat(EngineLaunch.arguments(engine(VLLM), point, 8001))
                .contains("--tensor-parallel-size=1", "--gpu-memory-utilization=0.75", "--enable-chunked-prefill");
    }

    @Test
    void aValueThatLooksLikeAFlagStaysInsideItsOwnArgument() {
        Map<String, Value> point = resolved(SGLANG, Map.of("model", Value.of("--disable-radix-cache")));

        assertThat(EngineLaunch.arguments(engine(SGLANG), point, 1))
                .contains("--model-path=--disable-radix-cache")
                .doesNotContain("--disable-radix-cache");
    }

    @Test
    void anInputWithoutAValueLeavesItsFlagOut() {
        Map<String, Value> point = new LinkedHashMap<>(resolved(SGLANG, Map.of()));
        point.remove("mem-fraction-static");
        point.remove("enable-chunked-prefill");

        assertThat(EngineLaunch.arguments(engine(SGLANG), point, 1))
                .noneMatch(a -> a.startsWith("--mem-fraction-static"))
                .doesNotContain("--chunked-prefill-size=-1");
    }

    @Test
    void aValueNoArgumentCanHoldIsRefusedNamingTheInput() {
        Map<String, Value> point = new LinkedHashMap<>(resolved(SGLANG, Map.of()));
        point.put("model", Value.of("a\0b"));
        point.put("tp-size", Value.arr(Value.of(1)));

        SetpointException e =
                catchThrowableOfType(SetpointException.class, () -> EngineLaunch.arguments(engine(SGLANG), point, 1));

        assertThat(e.kind()).isEqualTo(SetpointException.Kind.INVALID);
        assertThat(e.problems())
                .extracting(p -> p.path() + ": " + p.message())
                .containsExactly(
                        "/parameters/model: contains a NUL character, which no argument can hold",
                        "/parameters/tp-size: an engine flag takes a string, number or boolean, not this array");
    }
}
