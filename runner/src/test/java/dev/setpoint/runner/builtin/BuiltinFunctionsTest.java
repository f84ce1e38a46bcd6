package dev.setpoint.runner.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltinFunctionsTest {

    @TempDir
    Path dir;

    @Test
    void namesTheFiveFunctionsAndNothingElse() {
        for (String name : List.of("image", "video", "audio", "text", "noop")) {
            assertThat(BuiltinFunctions.named(name)).as(name).isPresent();
        }
        assertThat(BuiltinFunctions.named("ffmpeg")).isEmpty();
    }

    @Test
    void noopWritesOnlyATinyFileInItsDirectory() throws Exception {
        RunSpec spec = new RunSpec(
                dev.setpoint.core.template.TemplateRegistry.builtin().resolve("noop"),
                Map.of("prompt", Value.of("x")),
                dir.resolve("job"));
        RunOutcome outcome = Runs.run(spec);

        assertThat(outcome.outputs())
                .singleElement()
                .satisfies(o -> assertThat(o.bytes()).isEqualTo(2));
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(dir.resolve("job"));
        }
    }

    @Test
    void everyShippedFunctionTemplateNamesItsBuiltin() {
        Runs.FUNCTION_OF.forEach(
                (template, function) -> assertThat(dev.setpoint.core.template.TemplateRegistry.builtin()
                                .resolve(template)
                                .execution())
                        .isEqualTo(new dev.setpoint.core.template.Execution.Builtin(function)));
    }

    @Test
    void progressIsReportedFromZeroToOneAndNeverBackwards() throws Exception {
        RunSpec spec = Runs.spec("sd-image", "standard", Runs.inputs("width", 64, "height", 64), dir);
        List<Double> fractions = new ArrayList<>();
        Runs.executor("sd-image").run(spec, (stage, fraction) -> fractions.add(fraction));

        assertThat(fractions).isSortedAccordingTo(Double::compare).hasSizeGreaterThan(10);
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void interruptingARunStopsItPromptly() throws Exception {
        RunSpec spec = Runs.spec("sd-image", "ultra", Runs.inputs(), dir);
        Executor image = Runs.executor("sd-image");
        Thread[] runner = new Thread[1];
        CompletableFuture<Object> result = CompletableFuture.supplyAsync(() -> {
            runner[0] = Thread.currentThread();
            try {
                return image.run(spec, ProgressSink.NONE);
            } catch (InterruptedException e) {
                return e;
            }
        });
        Thread.sleep(300);
        long interrupted = System.nanoTime();
        runner[0].interrupt();

        assertThat(result.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interrupted))
                .isLessThan(2000);
    }

    @Test
    void aParameterOfTheWrongTypeIsReportedByName() {
        RunSpec spec = new RunSpec(
                dev.setpoint.core.template.TemplateRegistry.builtin().resolve("sd-image"),
                Map.of("prompt", Value.of("x"), "width", Value.of("wide")),
                dir);

        assertThatThrownBy(() -> Runs.run(spec))
                .isInstanceOf(SetpointException.class)
                .hasMessageContaining("width");
    }

    @Test
    void aSeedOfMinusOnePicksOneAndReportsIt() throws ExecutionException, InterruptedException {
        RunSpec spec = Runs.spec("text-completion", "draft", Runs.inputs("seed", -1, "max_tokens", 10), dir);
        RunOutcome outcome = Runs.run(spec);

        Matcher seed = Pattern.compile("seed (\\d+)$").matcher(outcome.log());
        assertThat(seed.find()).as(outcome.log()).isTrue();
        assertThat(Long.parseLong(seed.group(1))).isBetween(0L, 1L << 32);
    }
}
