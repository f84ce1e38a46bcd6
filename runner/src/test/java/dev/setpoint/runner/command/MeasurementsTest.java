package dev.setpoint.runner.command;

import static dev.setpoint.runner.TestTemplates.shell;
import static dev.setpoint.runner.TestTemplates.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command template's measure steps, run for real (sh) after the command. */
class MeasurementsTest {

    static final String METRICS = """
            kib: {unit: KiB, better: none}
            ratio: {unit: "", better: higher}
            """;

    @TempDir
    Path dir;

    final CommandExecutor executor = new CommandExecutor();

    @Test
    void aStepsOutputLinesBecomeTheDeclaredMetricsScaled() throws Exception {
        Template t = shell("printf x > out.txt", """
                outputs: [out.txt]
                measure:
                  - argv: [sh, -c, 'echo noise; echo size=2048; echo ratio=0.5 >&2; echo size=1']
                    metrics:
                      kib: {pattern: '^size=(?<value>\\d+)$', scale: 0.0009765625}
                      ratio: {pattern: '^ratio=(?<value>[0-9.]+)$'}
                """, METRICS);

        RunOutcome outcome = executor.run(new RunSpec(t, Map.of(), dir), ProgressSink.NONE);

        assertThat(outcome.metrics())
                .containsExactly(Map.entry("kib", Value.of(2.0)), Map.entry("ratio", Value.of(0.5)));
        assertThat(outcome.log()).contains("measure: sh: kib 2.0, ratio 0.5");
    }

    @Test
    void aStepThatCannotRunOrFailsLeavesItsMetricsOutAndTheRunSucceeds() throws Exception {
        Template t = shell("printf x > out.txt", """
                outputs: [out.txt]
                measure:
                  - argv: [setpoint-no-such-program, x]
                    metrics: {kib: {pattern: '(?<value>\\d+)'}}
                  - argv: [sh, -c, 'echo ratio=0.5; echo broken >&2; exit 3']
                    metrics: {ratio: {pattern: '^ratio=(?<value>[0-9.]+)$'}}
                """, METRICS);

        RunOutcome outcome = executor.run(new RunSpec(t, Map.of(), dir), ProgressSink.NONE);

        assertThat(outcome.metrics()).isEmpty();
        assertThat(outcome.outputs()).hasSize(1);
        assertThat(outcome.log())
                .contains("cannot start setpoint-no-such-program")
                .contains("not measured: kib")
                .contains("measure: sh exited with code 3; not measured: ratio")
                .contains("broken");
    }

    @Test
    void aMetricWhoseNumberNeverAppearsIsAbsentNotInvented() throws Exception {
        Template t = shell("printf x > out.txt", """
                outputs: [out.txt]
                measure:
                  - argv: [sh, -c, 'echo ratio=N/A; echo size=12']
                    metrics:
                      kib: {pattern: '^size=(?<value>\\d+)$'}
                      ratio: {pattern: '^ratio=(?<value>\\S+)$'}
                """, METRICS);

        RunOutcome outcome = executor.run(new RunSpec(t, Map.of(), dir), ProgressSink.NONE);

        assertThat(outcome.metrics()).containsOnlyKeys("kib");
        assertThat(outcome.log()).contains("ratio not found in its output");
    }

    @Test
    void aStepsArgumentsAreFilledFromTheInputsAndTheRunsDirectory() throws Exception {
        Template t = template("size: {type: integer, default: 5}", """
                command:
                  argv: [sh, -c, 'head -c 3072 /dev/zero > out.bin']
                  outputs: [out.bin]
                  timeout_seconds: 30
                  measure:
                    - argv: [sh, -c, 'echo bytes=$(wc -c < "$0") times=$1', "{output_dir}/out.bin", "{size}"]
                      metrics:
                        kib: {pattern: 'bytes=(?<value>\\d+)', scale: 0.0009765625}
                        ratio: {pattern: 'times=(?<value>\\d+)'}
                """, METRICS);

        RunOutcome outcome = executor.run(new RunSpec(t, Map.of("size", Value.of(7)), dir), ProgressSink.NONE);

        assertThat(outcome.metrics()).containsEntry("kib", Value.of(3.0)).containsEntry("ratio", Value.of(7.0));
    }

    @Test
    void aStepsArgumentVectorFollowsTheCommandsRules() {
        Template t = template("text: {type: string, default: hi}", """
                command:
                  argv: [sh, -c, 'true']
                  timeout_seconds: 30
                  measure:
                    - argv: ["{text}", "x={text}", "{nope}"]
                      metrics: {kib: {pattern: '(?<value>\\d+)'}}
                """, METRICS);

        assertThat(CommandExecutor.problems(t))
                .extracting(p -> p.path())
                .containsExactly(
                        "/execution/command/measure/0/argv/0",
                        "/execution/command/measure/0/argv/1",
                        "/execution/command/measure/0/argv/2");
    }

    @Test
    void aValueNoMeasurementArgumentCanHoldIsRefusedBeforeTheRun() {
        Template t = template("text: {type: string, default: hi}", """
                command:
                  argv: [sh, -c, 'true']
                  timeout_seconds: 30
                  measure:
                    - argv: [echo, "{text}"]
                      metrics: {kib: {pattern: '(?<value>\\d+)'}}
                """, METRICS);

        assertThatThrownBy(() -> executor.check(new RunSpec(t, Map.of("text", Value.of("-rf")), dir)))
                .isInstanceOf(SetpointException.class)
                .hasMessageContaining("starts with '-'");
    }
}
