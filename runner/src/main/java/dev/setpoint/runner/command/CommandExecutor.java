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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Runs a template's {@code execution.command}: the argument vector with its placeholders filled
 * (see {@link ArgumentVector} for the rules against argument injection), started directly, never
 * through a shell, in the run's directory with standard input closed. Both output streams go to a
 * bounded log and through the template's progress pattern. A timeout or an interrupt kills the whole
 * process tree. Only templates an administrator installed carry a command: there is no way to
 * upload one.
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
        ProgressPattern pattern = command.progress() == null
                ? null
                : new ProgressPattern(command.progress(), total(spec.template(), command, values, workDir));
        RunLog log = new RunLog(LOG_LIMIT_CHARS);
        AtomicReference<@Nullable Double> reported = new AtomicReference<>();
        ProcessRecord.endLeftover(workDir);
        Process process = start(argv, workDir);
        ProcessRecord.write(workDir, process);
        List<Thread> pumps = List.of(
                pump(process.getInputStream(), false, log, pattern, reported),
                pump(process.getErrorStream(), true, log, pattern, reported));
        ProcessTreeUsage usage = new ProcessTreeUsage();
        try {
            await(process, command, progress, reported, usage);
            for (Thread pump : pumps) {
                pump.join(DRAIN_MILLIS);
            }
        } catch (InterruptedException e) {
            ProcessTree.kill(process);
            throw e;
        } finally {
            ProcessRecord.clear(workDir);
        }
        forward(reported, progress);
        if (process.exitValue() != 0) {
            throw SetpointException.runFailed(
                    argv.get(0) + " exited with code " + process.exitValue() + errorTail(log));
        }
        return new RunOutcome(outputs(command, workDir), log.text(), Map.of(), usage.usage());
    }

    /** Builds the argument vector, which refuses what no argument can hold, and discards it. */
    @Override
    public void check(RunSpec spec) {
        ArgumentVector.arguments(spec.template(), command(spec.template()), Parameters.checked(spec), workDir(spec));
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

    /** Problems that keep this template from running whatever the values (bad placeholders, pattern). */
    public static List<Problem> problems(Template template) {
        return ArgumentVector.problems(template, command(template));
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

    private static Process start(List<String> argv, Path workDir) {
        try {
            Process process =
                    new ProcessBuilder(argv).directory(workDir.toFile()).start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw SetpointException.runFailed("cannot start " + argv.get(0) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits for the exit, forwarding progress from this (the running) thread and sampling the
     * processes' usage; kills the tree on timeout.
     */
    private static void await(
            Process process,
            Execution.Command command,
            ProgressSink progress,
            AtomicReference<@Nullable Double> reported,
            ProcessTreeUsage usage)
            throws InterruptedException {
        long deadline = System.nanoTime() + command.timeout().toNanos();
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            usage.sample(process.toHandle());
            forward(reported, progress);
            if (System.nanoTime() - deadline > 0) {
                ProcessTree.kill(process);
                throw SetpointException.runFailed(
                        "timed out after " + command.timeout().toMillis() / 1000.0
                                + " s; the process and everything it started were killed");
            }
        }
    }

    private static void forward(AtomicReference<@Nullable Double> reported, ProgressSink progress) {
        Double fraction = reported.getAndSet(null);
        if (fraction != null) {
            progress.report("running", fraction);
        }
    }

    private static Thread pump(
            InputStream stream,
            boolean error,
            RunLog log,
            @Nullable ProgressPattern pattern,
            AtomicReference<@Nullable Double> reported) {
        Thread thread = new Thread(
                () -> {
                    try (BufferedReader reader =
                            new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                            log.append(line, error);
                            if (pattern != null) {
                                OptionalDouble fraction = pattern.fraction(line);
                                fraction.ifPresent(reported::set);
                            }
                        }
                    } catch (IOException e) {
                        log.append("[output stream closed: " + e.getMessage() + "]", error);
                    }
                },
                "command-" + (error ? "stderr" : "stdout"));
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static String errorTail(RunLog log) {
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
