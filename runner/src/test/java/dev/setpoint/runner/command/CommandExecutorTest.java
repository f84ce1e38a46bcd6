package dev.setpoint.runner.command;

import static dev.setpoint.runner.TestTemplates.NO_INPUTS;
import static dev.setpoint.runner.TestTemplates.shell;
import static dev.setpoint.runner.TestTemplates.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real processes (sh, sleep) from test-only templates. */
class CommandExecutorTest {

    /** Two background children and the shell itself write their process ids, then everything waits. */
    static final String TREE = "sleep 60 & echo $! > pids; sleep 60 & echo $! >> pids; echo $$ >> pids; wait";

    @TempDir
    Path dir;

    final CommandExecutor executor = new CommandExecutor();

    @Test
    void runsInTheRunDirectoryWithStandardInputClosedAndReportsItsOutputs() throws Exception {
        Template t = shell("cat; pwd > where.txt; printf abc > out.bin", "outputs: [where.txt, out.bin]");

        RunOutcome outcome = executor.run(new RunSpec(t, Map.of(), dir), ProgressSink.NONE);

        assertThat(Files.readString(dir.resolve("where.txt")).strip())
                .isEqualTo(dir.toRealPath().toString());
        assertThat(outcome.outputs())
                .containsExactly(
                        new Output("where.txt", "text/plain", Files.size(dir.resolve("where.txt"))),
                        new Output("out.bin", "application/octet-stream", 3));
    }

    @Test
    void progressLinesAreParsedAndReportedFromTheRunningThread() throws Exception {
        Template t = shell(
                "for i in 1 2 3 4; do echo \"step $i/4\"; sleep 0.15; done",
                "progress: '^step (?<done>\\d+)/(?<total>\\d+)$'");
        List<Double> fractions = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();

        executor.run(new RunSpec(t, Map.of(), dir), (stage, fraction) -> {
            fractions.add(fraction);
            threads.add(Thread.currentThread());
        });

        assertThat(fractions).isNotEmpty().isSorted().last().isEqualTo(1.0);
        assertThat(threads).containsOnly(Thread.currentThread());
    }

    @Test
    void theCpuTimeOfEveryProcessTheCommandStartedIsCounted() throws Exception {
        // The shell only waits; the work is its child's, a subshell counting. The shell's `times` then
        // prints the CPU time its children used, as the kernel counted it: the figure to match, however
        // busy the machine is (a comparison with wall-clock time fails on a loaded machine).
        Template t = shell("(i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done) & wait; times", "outputs: []");

        RunOutcome outcome = executor.run(new RunSpec(t, Map.of(), dir), ProgressSink.NONE);

        double children = childrensCpuSeconds(outcome.log());
        assertThat(children).as(outcome.log()).isGreaterThan(0.05);
        assertThat(outcome.processes().cpuSeconds()).isBetween(0.8 * children - 0.05, 1.2 * children + 0.05);
    }

    /** The user and system seconds of the last line {@code times} prints: its children's ("0m0.280000s 0m0.004000s"). */
    private static double childrensCpuSeconds(String log) {
        Matcher m = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s\\s*$").matcher(log.strip());
        assertThat(m.find()).as(log).isTrue();
        return 60 * Double.parseDouble(m.group(1))
                + Double.parseDouble(m.group(2))
                + 60 * Double.parseDouble(m.group(3))
                + Double.parseDouble(m.group(4));
    }

    @Test
    void thePeakResidentMemoryOfTheCommandsProcessesIsCounted() throws Exception {
        // dd holds one 64 MiB block in memory, filled again and again from /dev/zero.
        Template t = shell("dd if=/dev/zero of=/dev/null bs=64M count=40 2>/dev/null", "outputs: []");

        RunOutcome outcome = executor.run(new RunSpec(t, Map.of(), dir), ProgressSink.NONE);

        assertThat(outcome.processes().peakResidentBytes()).isGreaterThanOrEqualTo(64L << 20);
    }

    @Test
    void aNonZeroExitFailsWithTheExitCodeAndTheLastLinesOfErrorOutput() {
        Template t = shell("echo progress; echo 'no such codec' >&2; exit 3", "");

        assertThatThrownBy(() -> executor.run(new RunSpec(t, Map.of(), dir), ProgressSink.NONE))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RUN_FAILED))
                .hasMessageContaining("sh exited with code 3")
                .hasMessageContaining("no such codec")
                .hasMessageNotContaining("progress");
    }

    @Test
    void aMissingOutputFailsTheRun() {
        Template t = shell("true", "outputs: [out.mp4]");

        assertThatThrownBy(() -> executor.run(new RunSpec(t, Map.of(), dir), ProgressSink.NONE))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RUN_FAILED))
                .hasMessageContaining("did not write its output out.mp4");
    }

    @Test
    void aProgramThatCannotStartFailsTheRunNotTheInput() {
        Template t =
                template(NO_INPUTS, "command: {argv: [no-such-program-setpoint], outputs: [], timeout_seconds: 5}");

        assertThatThrownBy(() -> executor.run(new RunSpec(t, Map.of(), dir), ProgressSink.NONE))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RUN_FAILED))
                .hasMessageContaining("cannot start no-such-program-setpoint")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void anOutputThatIsASymlinkOutOfTheRunDirectoryIsRejected() throws IOException {
        Path secret = Files.writeString(Files.createTempFile("secret", ".txt"), "secret");
        try {
            Template t = shell("ln -s " + secret + " out.txt", "outputs: [out.txt]");

            SetpointException e = catchThrowableOfType(
                    SetpointException.class, () -> executor.run(new RunSpec(t, Map.of(), dir), ProgressSink.NONE));

            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("/outputs/out.txt");
                assertThat(p.message()).contains("not a file inside the run's directory");
            });
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void anInjectionAttemptNeverStartsTheProgram() {
        Template t = template("text: {type: string, default: x}", """
                command: {argv: [sh, -c, 'touch started', sh, "{text}"], outputs: [], timeout_seconds: 5}
                """);

        assertThatThrownBy(() ->
                        executor.run(new RunSpec(t, Map.of("text", Value.of("--help")), dir), ProgressSink.NONE))
                .hasMessageContaining("starts with '-'");
        assertThat(dir.resolve("started")).doesNotExist();
    }

    @Test
    void valuesNoArgumentCanHoldAreRefusedBeforeTheRun() {
        Template t = template("text: {type: string, default: x}", """
                command: {argv: [sh, -c, 'touch started', sh, "{text}"], outputs: [], timeout_seconds: 5}
                """);

        assertThatThrownBy(() -> executor.check(new RunSpec(t, Map.of("text", Value.of("a\0b")), dir)))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID))
                .hasMessageContaining("/parameters/text")
                .hasMessageContaining("NUL character");
        assertThatThrownBy(() -> executor.check(new RunSpec(t, Map.of("text", Value.of("--help")), dir)))
                .hasMessageContaining("starts with '-'");
        executor.check(new RunSpec(t, Map.of("text", Value.of("a b")), dir));
        assertThat(dir.resolve("started")).doesNotExist();
    }

    @Test
    void theWorkOfARunIsItsProgressTotalOrOneWithoutIt() {
        Template counted = template("n: {type: integer, default: 5, min: 1}", """
                command: {argv: ["true"], outputs: [], timeout_seconds: 5,
                          progress: '^(?<done>\\d+)$', progress_total: "{n}000"}
                """);
        Template uncounted = template(NO_INPUTS, "command: {argv: [\"true\"], outputs: [], timeout_seconds: 5}");

        assertThat(executor.workUnits(new RunSpec(counted, Map.of("n", Value.of(30)), dir)))
                .isEqualTo(30_000);
        assertThat(executor.workUnits(new RunSpec(uncounted, Map.of(), dir))).isEqualTo(1);
    }

    @Test
    void aTimeoutKillsTheWholeProcessTree() throws Exception {
        Template t = template(NO_INPUTS, "command: {argv: [sh, -c, '" + TREE + "'], timeout_seconds: 1}");

        assertThatThrownBy(() -> executor.run(new RunSpec(t, Map.of(), dir), ProgressSink.NONE))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RUN_FAILED))
                .hasMessageContaining("timed out after 1.0 s");

        assertNoneRunning(pids());
    }

    @Test
    void cancellingByInterruptKillsTheWholeProcessTree() throws Exception {
        Template t = shell(TREE, "");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                executor.run(new RunSpec(t, Map.of(), dir), ProgressSink.NONE);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        runner.start();
        List<Long> pids = awaitPids();

        runner.interrupt();
        runner.join(10_000);

        assertThat(runner.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertNoneRunning(pids);
    }

    /** As after a server was killed outright: the earlier attempt's processes still run when the next starts. */
    @Test
    void aLaterAttemptOfTheRunFirstEndsTheProcessesAnEarlierOneLeftRunning() throws Exception {
        Thread earlier = new Thread(() -> {
            try {
                executor.run(new RunSpec(shell(TREE, ""), Map.of(), dir), ProgressSink.NONE);
            } catch (Exception e) {
                // Its processes were ended under it; how it ends is not the point.
            }
        });
        earlier.start();
        List<Long> pids = awaitPids();

        RunOutcome later = executor.run(
                new RunSpec(shell("printf again > out.txt", "outputs: [out.txt]"), Map.of(), dir), ProgressSink.NONE);

        assertNoneRunning(pids);
        assertThat(later.outputs()).extracting(Output::name).containsExactly("out.txt");
        earlier.join(10_000);
    }

    private List<Long> awaitPids() throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.exists(dir.resolve("pids")) && pids().size() == 3) {
                return pids();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the shell never wrote its process ids");
    }

    private List<Long> pids() throws IOException {
        List<Long> pids = new ArrayList<>();
        Files.readAllLines(dir.resolve("pids")).forEach(line -> pids.add(Long.parseLong(line.strip())));
        return pids;
    }

    /** Killed processes may linger briefly as zombies (not yet reaped); those no longer run. */
    private static void assertNoneRunning(List<Long> pids) throws Exception {
        assertThat(pids).hasSize(3);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (pids.stream().anyMatch(CommandExecutorTest::running) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(pids).noneMatch(CommandExecutorTest::running);
    }

    private static boolean running(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }
}
