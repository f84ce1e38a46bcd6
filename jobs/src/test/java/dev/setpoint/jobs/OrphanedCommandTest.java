package dev.setpoint.jobs;

import static dev.setpoint.jobs.Processes.awaitGone;
import static dev.setpoint.jobs.Processes.running;
import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.jobs.testing.Await;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL while a command job runs leaves the command's processes running,
 * writing into the job's directory. The next start kills them before it recovers anything, and the
 * recovered attempt starts in a directory that holds nothing of the first.
 */
class OrphanedCommandTest {

    @TempDir
    Path dataDir;

    /** Every process of an attempt seen, so that a failed test leaves no ten-minute encode behind. */
    private final List<ProcessHandle> seen = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() {
        seen.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void theCommandsAKilledServerLeftAreKilledAtTheNextStartAndTheRerunStartsInACleanDirectory() throws Exception {
        UUID id;
        Attempt first;
        Attempt second;
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        OrphaningWorker.class.getName(),
                        dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            id = UUID.fromString(next(out, OrphaningWorker.JOB));
            first = awaitAttempt(id, Optional.empty());
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        long written = Files.size(first.tone());
        Await.until(() -> size(first.tone()) > written, 10);
        assertThat(running(first.shell())).as("the shell left running").isTrue();
        assertThat(running(first.ffmpeg())).as("the ffmpeg left running").isTrue();

        try (Database database = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC());
                Jobs jobs = Jobs.start(
                        database,
                        dataDir,
                        () -> OrphaningWorker.TEMPLATES,
                        ExecutorLookup.runner(),
                        JobEstimates.MULTIPLIERS,
                        new JobsSettings(1, JobsSettings.DEFAULT_POLL))) {
            awaitGone(first.shell(), "the shell the killed server left");
            awaitGone(first.ffmpeg(), "the ffmpeg the killed server left");
            JobRecord stillFirst = jobs.service().get(id);
            assertThat(stillFirst.attempt()).as("the job has not run again yet").isEqualTo(1);
            assertThat(stillFirst.status()).isEqualTo(JobStatus.RUNNING);

            second = awaitAttempt(id, Optional.of(first.shell()));

            assertThat(jobs.service().get(id).attempt()).isEqualTo(2);
            assertThat(names(directory(id)))
                    .containsExactlyInAnyOrder("ffmpeg-" + second.shell() + ".pid", "tone-" + second.shell() + ".wav");
        }
        awaitGone(second.shell(), "the rerun's shell, after a graceful stop");
        awaitGone(second.ffmpeg(), "the rerun's ffmpeg, after a graceful stop");
    }

    /** The processes of one attempt, by the files they wrote into the job's directory. */
    private record Attempt(long shell, long ffmpeg, Path tone) {}

    /** The attempt whose shell is not {@code earlier}, once its ffmpeg is writing and the run noted its process. */
    private Attempt awaitAttempt(UUID id, Optional<Long> earlier) throws InterruptedException {
        Path directory = directory(id);
        Path note = directory.resolveSibling(id + ".process");
        Await.until(() -> attempt(directory, earlier).isPresent() && Files.exists(note), 120);
        Attempt attempt = attempt(directory, earlier).orElseThrow();
        Stream.of(attempt.shell(), attempt.ffmpeg())
                .forEach(pid -> ProcessHandle.of(pid).ifPresent(seen::add));
        return attempt;
    }

    private static Optional<Attempt> attempt(Path directory, Optional<Long> earlier) {
        for (String name : names(directory)) {
            if (!name.startsWith("ffmpeg-") || !name.endsWith(".pid")) {
                continue;
            }
            long shell = Long.parseLong(name.substring("ffmpeg-".length(), name.length() - ".pid".length()));
            Path tone = directory.resolve("tone-" + shell + ".wav");
            String ffmpeg = read(directory.resolve(name));
            if (!ffmpeg.isEmpty() && size(tone) > 0 && !earlier.equals(Optional.of(shell))) {
                return Optional.of(new Attempt(shell, Long.parseLong(ffmpeg), tone));
            }
        }
        return Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private Path directory(UUID id) {
        return dataDir.resolve("jobs").resolve(id.toString());
    }

    private static List<String> names(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String next(BufferedReader out, String prefix) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        throw new AssertionError("the child ended before printing " + prefix);
    }
}
