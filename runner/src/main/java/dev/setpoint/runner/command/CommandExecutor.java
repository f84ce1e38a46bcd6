package dev.setpoint.runner.command;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.Parameters;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a template's {@code execution.command}: the argument vector with its placeholders filled
 * (see {@link ArgumentVector} for the rules against argument injection), started directly, never
 * through a shell, in the run's directory with standard input closed. Both output streams go to a
 * bounded log and through the template's progress pattern and stage ({@link LiveProgress}). A timeout
 * or an interrupt kills the whole process tree. After a successful run its {@code measure} steps give
 * the run's metrics ({@link Measurements}). Only templates an administrator installed carry a command:
 * there is no way to upload one.
 */
public final class CommandExecutor implements Executor {

    static final int LOG_LIMIT_CHARS = 256 * 1024;
    /** How often the run checks for its exit, forwards progress and samples its processes' usage. */
    private static final long POLL_MILLIS = 20;

    private static final long DRAIN_MILLIS = 2_000;

    @Override
    public RunOutcome run(RunSpec spec, ProgressSink progress) throws InterruptedException {
        Execution.Command command = command(spec.template());
        Map<String, Value> values = Parameters.checked(spec);
        Path workDir = workDir(spec);
        List<String> argv = ArgumentVector.arguments(spec.template(), command, values, workDir);
        LiveProgress live = new LiveProgress(
                command.progress() == null
                        ? null
                        : new ProgressPattern(command.progress(), total(spec.template(), command, values, workDir)),
                command.stage() == null ? null : new StageText(command.stage(), values));
        RunLog log = new RunLog(LOG_LIMIT_CHARS);
        ProcessTreeUsage usage = new ProcessTreeUsage();
        ProcessRecord.endLeftover(workDir);
        int exit = execute(
                argv,
                workDir,
                command.timeout(),
                usage,
                (line, error) -> {
                    log.append(line, error);
                    live.offer(line);
                },
                () -> live.forward(progress));
        live.forward(progress);
        if (exit != 0) {
            throw SetpointException.runFailed(argv.get(0) + " exited with code " + exit + errorTail(log));
        }
        List<Output> outputs = outputs(command, workDir);
        Map<String, Value> metrics = Measurements.measure(spec.template(), command, values, workDir, usage, log);
        return new RunOutcome(outputs, log.text(), metrics, usage.usage());
    }

    /** Where a running program's output lines go, with whether each came from standard error. */
    @FunctionalInterface
    interface Lines {
        void accept(String line, boolean error);
    }

    /**
     * Starts {@code argv} in {@code workDir} (noted for orphan recovery while it runs), feeds both its
     * output streams to {@code lines}, calls {@code poll} from this thread while it runs, samples its
     * processes' usage, and answers its exit code. A timeout or an interrupt kills its whole tree.
     *
     * @throws SetpointException {@code RUN_FAILED} when it cannot start or times out
     */
    static int execute(
            List<String> argv, Path workDir, Duration timeout, ProcessTreeUsage usage, Lines lines, Runnable poll)
            throws InterruptedException {
        Process process = start(argv, workDir);
        ProcessRecord.write(workDir, process);
        List<Thread> pumps =
                List.of(pump(process.getInputStream(), false, lines), pump(process.getErrorStream(), true, lines));
        try {
            await(process, timeout, poll, usage);
            for (Thread pump : pumps) {
                pump.join(DRAIN_MILLIS);
            }
        } catch (InterruptedException e) {
            ProcessTree.kill(process);
            throw e;
        } finally {
            ProcessRecord.clear(workDir);
        }
        return process.exitValue();
    }

    /** Builds the argument vector, which refuses what no argument can hold, and discards it. */
    @Override
    public void check(RunSpec spec) {
        Execution.Command command = command(spec.template());
        Map<String, Value> values = Parameters.checked(spec);
        ArgumentVector.arguments(spec.template(), command, values, workDir(spec));
        for (Execution.Measure measure : command.measure()) {
            ArgumentVector.arguments(spec.template(), measure.argv(), values, workDir(spec));
        }
    }

    /**
     * The run's progress total ({@code progress_total}, such as a clip's length), which is what the
     * run's time grows with; 1 when the template declares none.
     */
    @Override
    public double workUnits(RunSpec spec) {
        double total = total(spec.template(), command(spec.template()), Parameters.checked(spec), workDir(spec));
        return total > 0 && Double.isFinite(total) ? total : 1;
    }

    private static Path workDir(RunSpec spec) {
        return spec.workDir().toAbsolutePath().normalize();
    }

    /** Problems that keep this template from running whatever the values (bad placeholders, pattern, stage). */
    public static List<Problem> problems(Template template) {
        Execution.Command command = command(template);
        List<Problem> problems = new ArrayList<>(ArgumentVector.problems(template, command));
        if (command.stage() != null) {
            problems.addAll(StageText.problems(template, command.stage()));
        }
        return problems;
    }

    private static Execution.Command command(Template template) {
        if (template.execution() instanceof Execution.Command command) {
            return command;
        }
        throw SetpointException.invalid("/execution", "template " + template.ref() + " does not run a command");
    }

    private static double total(Template template, Execution.Command command, Map<String, Value> values, Path workDir) {
        if (command.progressTotal() == null) {
            return Double.NaN;
        }
        List<Problem> problems = new ArrayList<>();
        String text = ArgumentVector.fill(command.progressTotal(), template, values, workDir, true, problems);
        try {
            return problems.isEmpty() ? Double.parseDouble(text) : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static Process start(List<String> argv, Path workDir) {
        try {
            Process process =
                    new ProcessBuilder(argv).directory(workDir.toFile()).start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw SetpointException.runFailed("cannot start " + argv.get(0) + ": " + e.getMessage(), e);
        }
    }

    /** Waits for the exit, calling {@code poll} and sampling the processes' usage; kills the tree on timeout. */
    private static void await(Process process, Duration timeout, Runnable poll, ProcessTreeUsage usage)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            usage.sample(process.toHandle());
            poll.run();
            if (System.nanoTime() - deadline > 0) {
                ProcessTree.kill(process);
                throw SetpointException.runFailed("timed out after " + timeout.toMillis() / 1000.0
                        + " s; the process and everything it started were killed");
            }
        }
    }

    static Thread pump(InputStream stream, boolean error, Lines lines) {
        Thread thread = new Thread(
                () -> {
                    try (BufferedReader reader =
                            new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                            lines.accept(line, error);
                        }
                    } catch (IOException e) {
                        lines.accept("[output stream closed: " + e.getMessage() + "]", error);
                    }
                },
                "command-" + (error ? "stderr" : "stdout"));
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static String errorTail(RunLog log) {
        String tail = log.errorTail();
        return tail.isEmpty() ? "" : "; last lines of its error output:\n" + tail;
    }

    /** The declared outputs: each must exist as a regular file whose real path is inside the run's directory. */
    private static List<Output> outputs(Execution.Command command, Path workDir) {
        List<Output> outputs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Path realDir = realPath(workDir);
        for (String name : command.outputs()) {
            String at = Pointer.of("outputs", name);
            Path file = workDir.resolve(name);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(at, "the program did not write its output " + name));
                continue;
            }
            Path real = realPath(file);
            if (!real.startsWith(realDir) || !Files.isRegularFile(real)) {
                problems.add(new Problem(
                        at,
                        "output " + name + " is not a file inside the run's directory" + " (it resolves to " + real
                                + ")"));
                continue;
            }
            outputs.add(new Output(name, MediaTypes.of(name), size(real)));
        }
        if (!problems.isEmpty()) {
            throw new SetpointException(SetpointException.Kind.RUN_FAILED, problems);
        }
        return outputs;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw SetpointException.runFailed("cannot resolve " + path + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw SetpointException.runFailed("cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }
}
