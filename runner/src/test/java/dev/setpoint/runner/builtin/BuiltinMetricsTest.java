package dev.setpoint.runner.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.MetricSpec;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateLoader;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every run of a built-in function reports the metrics its template declares, and nothing else. */
class BuiltinMetricsTest {

    /** Small inputs per shipped template, so that every level's run stays quick. */
    private static final Map<String, Map<String, Value>> SMALL = Map.of(
            "sd-image", Runs.inputs("width", 64, "height", 64, "steps", 2),
            "text-to-video", Runs.inputs("width", 64, "height", 64, "frames", 3, "steps", 2),
            "text-to-audio", Runs.inputs("duration_seconds", 1.0),
            "text-completion", Runs.inputs("max_tokens", 40),
            "noop", Map.of("prompt", Value.of("x")));

    @TempDir
    Path dir;

    static Stream<String> shippedBuiltinTemplates() {
        return TemplateRegistry.builtin().list().stream()
                .filter(t -> t.execution() instanceof Execution.Builtin)
                .map(Template::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedBuiltinTemplates")
    void aRunReportsEveryDeclaredMetricAndNothingElse(String template) throws Exception {
        RunSpec spec = Runs.spec(template, "draft", SMALL.get(template), dir);

        RunOutcome outcome = Runs.run(spec);

        assertThat(outcome.metrics().keySet())
                .containsExactlyElementsOf(
                        spec.template().metrics().stream().map(MetricSpec::name).toList());
        assertThat(outcome.metrics().values()).allSatisfy(v -> assertThat(v).isInstanceOf(Value.Num.class));
    }

    @Test
    void everyShippedFunctionButTheNoopDeclaresItsQualityMetric() {
        assertThat(shippedBuiltinTemplates().filter(id -> !id.equals("noop")))
                .allSatisfy(
                        id -> assertThat(TemplateRegistry.builtin().resolve(id).metrics())
                                .as(id)
                                .hasSize(1));
        assertThat(TemplateRegistry.builtin().resolve("noop").metrics()).isEmpty();
    }

    @Test
    void aTemplateThatDeclaresNoMetricGetsNoneMeasured() throws Exception {
        Template bare = TemplateLoader.parse("""
                id: bare-text
                version: 1.0.0
                name: Bare text
                category: text_generation
                inputs:
                  prompt: {type: string, default: "to be"}
                  system_prompt: {type: string, default: ""}
                  max_tokens: {type: integer, default: 20}
                  temperature: {type: number, default: 0.7}
                  top_p: {type: number, default: 0.95}
                  top_k: {type: integer, default: 40}
                  repetition_penalty: {type: number, default: 1.1}
                  num_beams: {type: integer, default: 1}
                  model: {type: string, default: medium}
                  seed: {type: integer, default: 7}
                resources: {cpu: 1, memory: 1}
                base_execution_time: 1
                cost_per_second: 0
                execution: {builtin: text}
                """);

        RunOutcome outcome = Runs.executor("text-completion").run(new RunSpec(bare, Map.of(), dir), (s, f) -> {});

        assertThat(outcome.metrics()).isEmpty();
        assertThat(outcome.outputs()).hasSize(1);
    }
}
