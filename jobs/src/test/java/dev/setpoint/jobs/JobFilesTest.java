package dev.setpoint.jobs;

import static dev.setpoint.jobs.Processes.awaitGone;
import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateLoader;
import dev.setpoint.jobs.testing.Await;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunSpec;
import dev.setpoint.runner.command.CommandExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new attempt's directory: empty, and nothing of an earlier attempt still writing into it. */
class JobFilesTest {

    /** Writes its pid, then appends to a file of the run's directory until it is killed. */
    private static final Template WRITER = TemplateLoader.parse("""
            id: writer
            version: 1.0.0
            name: Writer
            category: text_generation
            inputs:
              unused: {type: integer, default: 0}
            resources: {cpu: 1, memory: 0.25}
            base_execution_time: 60
            cost_per_second: 0
            execution:
              command:
                argv: [sh, -c, 'echo $$ > pid; while :; do echo partial >> partial.txt; sleep 0.05; done']
                timeout_seconds: 300
            """);

    @TempDir
    Path dataDir;

    @Test
    void aNewAttemptKillsTheCommandAnEarlierOneLeftRunningBeforeItEmptiesTheDirectory() throws Exception {
        JobFiles files = JobFiles.of(dataDir);
        UUID id = UUID.randomUUID();
        Path first = files.fresh(id);
        Thread earlier = new Thread(() -> {
            try {
                new CommandExecutor().run(new RunSpec(WRITER, Map.of(), first), ProgressSink.NONE);
            } catch (Exception e) {
                // Its process is killed under it; how it ends is not the point.
            }
        });
        earlier.start();
        // Running, writing, and noted as the run's process (the note is written once it has started).
        Await.until(() -> Files.exists(first.resolve("partial.txt"))
                && !read(first.resolve("pid")).isEmpty()
                && Files.exists(first.resolveSibling(id + ".process")));
        ProcessHandle writer =
                ProcessHandle.of(Long.parseLong(read(first.resolve("pid")))).orElseThrow();

        Path second = files.fresh(id);

        try {
            awaitGone(writer.pid(), "the earlier attempt's command");
            assertThat(second).isEqualTo(first);
            assertThat(names(second)).isEmpty();
        } finally {
            writer.destroyForcibly();
            earlier.join(10_000);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static List<String> names(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
