package dev.setpoint.runner.command;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.Metrics;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.Parameters;
import dev.setpoint.runner.ProcessUsage;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import dev.setpoint.runner.load.LoadPlan;
import dev.setpoint.runner.load.LoadResult;
import dev.setpoint.runner.load.StreamingLoad;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs a template's {@code execution.engine}: starts the engine server on a free port from an
 * argument vector built from the point's inputs ({@link EngineLaunch}), waits for its health
 * endpoint while watching that it still runs, drives the fixed streaming load ({@link
 * StreamingLoad}), and stops the engine with its whole process tree ({@link RunningEngine#close}) on
 * every way out: success, failure, timeout, cancel. The run writes {@code load.json}, every request's
 * timings, and reports the template's metrics. Its requests speak HTTP/1.1: the engines' servers
 * (uvicorn) do not speak HTTP/2 without TLS.
 */
public final class EngineExecutor implements Executor {

    /** What the run writes: the load's metrics and each request's timings. */
    static final String REPORT = "load.json";

    /** How long an engine may take to stop on SIGTERM before its tree is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    /** How long an engine whose connections broke may take to be seen exiting. */
    private static final Duration EXIT_SETTLE = Duration.ofSeconds(1);

    private final HttpClient client;
    private final Duration stopGrace;

    public EngineExecutor() {
        this(
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build(),
                STOP_GRACE);
    }

    EngineExecutor(HttpClient client, Duration stopGrace) {
        this.client = client;
        this.stopGrace = stopGrace;
    }

    @Override
    public RunOutcome run(RunSpec spec, ProgressSink progress) throws InterruptedException {
        Execution.Engine engine = engine(spec.template());
        Map<String, Value> values = Parameters.checked(spec);
        LoadPlan plan = LoadPlan.of(values);
        Path workDir = spec.workDir().toAbsolutePath().normalize();
        int port = freePort();
        List<String> argv = EngineLaunch.arguments(engine, values, port);
        RunLog log = new RunLog(CommandExecutor.LOG_LIMIT_CHARS);
        ProcessRecord.endLeftover(workDir);
        progress.report("starting the engine", 0);
        LoadResult result;
        ProcessUsage usage;
        try (RunningEngine running = RunningEngine.start(argv, workDir, log, stopGrace)) {
            URI base = URI.create("http://" + EngineLaunch.HOST + ":" + port);
            running.awaitHealthy(client, base.resolve(engine.health()), engine.startupTimeout());
            result = new StreamingLoad(client, base).run(plan, engine.timeout(), (finished, total) -> {
                running.requireAlive("during the load");
                progress.report("load: " + finished + " of " + total + " requests", (double) finished / total);
            });
            if (result.failed() > 0) {
                // Requests fail fast once the engine is gone, before it is seen to exit: its exit is the reason.
                running.requireAlive(EXIT_SETTLE, "during the load");
            }
            usage = running.usage();
        }
        if (result.failed() == plan.requests()) {
            throw SetpointException.runFailed("every request of the load failed; the first: "
                    + result.firstError().orElse(""));
        }
        long bytes = write(workDir.resolve(REPORT), Json.pretty(result.toValue(plan)));
        return new RunOutcome(
                List.of(new Output(REPORT, "application/json", bytes)),
                log.text(),
                Metrics.declared(spec.template(), result.metrics()),
                usage);
    }

    /** Builds the launch and the load once, which refuses what they cannot hold, and discards them. */
    @Override
    public void check(RunSpec spec) {
        Map<String, Value> values = Parameters.checked(spec);
        EngineLaunch.arguments(engine(spec.template()), values, 0);
        LoadPlan.of(values);
    }

    /** The load's output tokens: its run time grows with them. */
    @Override
    public double workUnits(RunSpec spec) {
        LoadPlan plan = LoadPlan.of(Parameters.checked(spec));
        return (double) plan.requests() * plan.outputTokens();
    }

    private static Execution.Engine engine(Template template) {
        if (template.execution() instanceof Execution.Engine engine) {
            return engine;
        }
        throw SetpointException.invalid("/execution", "template " + template.ref() + " does not run an engine");
    }

    /** A port free now on the loopback address; another program could take it before the engine does. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(EngineLaunch.HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw SetpointException.runFailed("no free port for the engine: " + e.getMessage(), e);
        }
    }

    private static long write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return Files.size(file);
        } catch (IOException e) {
            throw SetpointException.runFailed("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
