package dev.setpoint.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineExecutionTest {

    private static final String ENGINE = """
            id: tiny-engine
            version: 1.0.0
            name: Tiny engine
            category: text_generation
            inputs:
              model: {type: string, default: m}
              tp-size: {type: integer, default: 1, min: 1}
              eager: {type: boolean, default: false}
              concurrency: {type: integer, default: 1}
              requests: {type: integer, default: 1}
              prompt_tokens: {type: integer, default: 1}
              output_tokens: {type: integer, default: 1}
            resources: {cpu: 1, memory: 1}
            base_execution_time: 1
            cost_per_second: 0.001
            """;

    @Test
    void readsAnEngineExecutionWithItsFlagsNamesAndTimeouts() {
        Template t = TemplateLoader.parse(ENGINE + """
                execution:
                  engine:
                    launch: [python3, -m, tiny.server]
                    requires: [python3]
                    python_module: tiny
                    timeout_seconds: 60
                    flags: {model: --model, tp-size: --tensor-parallel-size, eager: --eager}
                    false_flags: {eager: [--no-eager]}
                    seed_names: {tp: tp-size}
                    no_equivalent: {schedule-policy: tiny has one queue}
                """);

        Execution.Engine engine = (Execution.Engine) t.execution();

        assertThat(engine.launch()).containsExactly("python3", "-m", "tiny.server");
        assertThat(engine.requires()).containsExactly("python3");
        assertThat(engine.pythonModule()).isEqualTo("tiny");
        assertThat(engine.flags()).containsEntry("tp-size", "--tensor-parallel-size");
        assertThat(engine.falseFlags()).isEqualTo(Map.of("eager", List.of("--no-eager")));
        assertThat(engine.health()).isEqualTo("/health");
        assertThat(engine.startupTimeout()).isEqualTo(Duration.ofMinutes(20));
        assertThat(engine.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(t.inputName("tp")).isEqualTo("tp-size");
        assertThat(t.inputName("tp-size")).isEqualTo("tp-size");
        assertThat(t.inputName("other")).isEqualTo("other");
        assertThat(t.noEquivalent("schedule-policy")).contains("tiny has one queue");
        assertThat(t.noEquivalent("tp-size")).isEmpty();
        assertThat(engine.withLaunch(List.of("java", "Fake")))
                .isEqualTo(new Execution.Engine(
                        List.of("java", "Fake"),
                        engine.requires(),
                        engine.pythonModule(),
                        engine.flags(),
                        engine.falseFlags(),
                        engine.seedNames(),
                        engine.noEquivalent(),
                        engine.health(),
                        engine.startupTimeout(),
                        engine.timeout()));
    }

    @Test
    void aTemplateThatRunsNoEngineHasNoSeedNames() {
        Template command =
                TemplateLoader.parse(ENGINE + "execution: {command: {argv: [\"true\"], timeout_seconds: 5}}");

        assertThat(command.inputName("tp")).isEqualTo("tp");
        assertThat(command.noEquivalent("schedule-policy")).isEmpty();
    }

    @Test
    void flagsAndNamesMustNameInputsAndTheLoadNeedsItsInputs() {
        String withoutLoad = ENGINE.replace("  requests: {type: integer, default: 1}\n", "");
        SetpointException e =
                catchThrowableOfType(SetpointException.class, () -> TemplateLoader.parse(withoutLoad + """
                execution:
                  engine:
                    launch: [tiny]
                    timeout_seconds: 60
                    flags: {model: --model, tpsize: --tp-size}
                    false_flags: {tp-size: [--no-tp], nope: [--no-nope]}
                    seed_names: {tp: tp_size}
                """));

        assertThat(e.problems())
                .extracting(Problem::path, Problem::message)
                .containsExactly(
                        tuple("/execution/engine/flags/tpsize", "'tpsize' is not an input of this template"),
                        tuple("/execution/engine/false_flags/tp-size", "'tp-size' is not a boolean input"),
                        tuple("/execution/engine/false_flags/nope", "'nope' is not an input of this template"),
                        tuple("/execution/engine/seed_names/tp_size", "'tp_size' is not an input of this template"),
                        tuple("/execution/engine", "an engine's load needs the inputs requests"));
    }

    @Test
    void aFlagMustLookLikeALongOption() {
        SetpointException e = catchThrowableOfType(SetpointException.class, () -> TemplateLoader.parse(ENGINE + """
                execution:
                  engine: {launch: [tiny], timeout_seconds: 60, flags: {model: "-m"}}
                """));

        assertThat(e.problems()).extracting(Problem::path).containsExactly("/execution/engine/flags/model");
    }
}
