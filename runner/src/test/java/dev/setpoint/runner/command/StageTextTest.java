package dev.setpoint.runner.command;

import static dev.setpoint.runner.TestTemplates.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.Problem;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.RunSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageTextTest {

    static final Execution.Stage FRAMES = new Execution.Stage(
            "encoding, frame {frame} of {fps*duration}",
            Map.of("frame", new Execution.Capture("^frame=(?<value>\\d+)$", 1)));

    @Test
    void rawProgressLinesBecomeAStageAPersonReads() {
        StageText stage = new StageText(FRAMES, Map.of("fps", Value.of(24), "duration", Value.of(10)));

        assertThat(stage.text()).as("no frame seen yet").isNull();
        stage.offer("frame=120");
        stage.offer("out_time_us=5000000");

        assertThat(stage.text()).isEqualTo("encoding, frame 120 of 240");
    }

    @Test
    void theLatestLineWinsAndScaledNumbersShowOneDecimal() {
        StageText stage = new StageText(
                new Execution.Stage(
                        "{voice}: {done} s of {duration} s",
                        Map.of("done", new Execution.Capture("out_time_us=(?<value>\\d+)", 0.000001))),
                Map.of("voice", Value.of("en-gb"), "duration", Value.of(10)));

        stage.offer("out_time_us=1000000");
        stage.offer("out_time_us=N/A");
        stage.offer("out_time_us=3456789");

        assertThat(stage.text()).isEqualTo("en-gb: 3.5 s of 10 s");
    }

    @Test
    void numbersAreWholeOrOneDecimal() {
        assertThat(StageText.format(240)).isEqualTo("240");
        assertThat(StageText.format(2.0)).isEqualTo("2");
        assertThat(StageText.format(1.96)).isEqualTo("2");
        assertThat(StageText.format(0.25)).isEqualTo("0.3");
    }

    @Test
    void aPlaceholderThatNamesNothingKnownMakesTheTemplateFlawed() {
        Template t = template("fps: {type: integer, default: 24}", """
                command:
                  argv: [sh, -c, 'true']
                  timeout_seconds: 30
                  stage: {text: "frame {frame} of {fps*seconds} at {2*fps}", values: {frame: {pattern: 'f=(?<value>\\d+)'}}}
                """);

        assertThat(CommandExecutor.problems(t))
                .extracting(Problem::path, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "/execution/command/stage/text",
                                "{fps*seconds}: 'seconds' is neither one of the stage's values (frame), an input nor a number"));
    }

    @Test
    void aCommandReportsItsStageWhileTheFullLogKeepsTheRawLines(@TempDir Path dir) throws Exception {
        Template t = template("frames: {type: integer, default: 3}", """
                command:
                  argv: [sh, -c, 'for i in 1 2 3; do echo frame=$i; echo "progress $i/3"; sleep 0.1; done']
                  timeout_seconds: 30
                  progress: '^progress (?<done>\\d+)/(?<total>\\d+)$'
                  stage: {text: "encoding, frame {frame} of {frames}", values: {frame: {pattern: '^frame=(?<value>\\d+)$'}}}
                """);
        List<String> stages = new CopyOnWriteArrayList<>();
        List<Double> fractions = new CopyOnWriteArrayList<>();

        var outcome = new CommandExecutor().run(new RunSpec(t, Map.of(), dir), (stage, fraction) -> {
            stages.add(stage);
            fractions.add(fraction);
        });

        assertThat(stages).isNotEmpty().allMatch(s -> s.matches("encoding, frame [123] of 3"));
        assertThat(stages.get(stages.size() - 1)).isEqualTo("encoding, frame 3 of 3");
        assertThat(fractions).isSorted().last().isEqualTo(1.0);
        assertThat(outcome.log()).contains("frame=1\nprogress 1/3\nframe=2");
    }
}
