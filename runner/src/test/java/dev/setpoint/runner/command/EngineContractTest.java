package dev.setpoint.runner.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract tests of the engine templates: the shipped sglang-server and vllm-server templates run
 * with only the launcher's executable part replaced, by {@link FakeEngine} started as a real child
 * process, which checks the flags as the engine's argparse would and streams at a set rate. The
 * engines themselves need GPUs and cannot run here.
 */
class EngineContractTest {

    @TempDir
    Path dir;

    final EngineExecutor executor = new EngineExecutor(
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), Duration.ofSeconds(5));

    /** The shipped template, launching the fake in {@code mode} with these system properties instead of the engine. */
    static Template faked(Template shipped, String mode, String... properties) {
        return faked(shipped, mode, null, properties);
    }

    static Template faked(Template shipped, String mode, Duration timeouts, String... properties) {
        Execution.Engine engine = (Execution.Engine) shipped.execution();
        List<String> launch = new ArrayList<>();
        launch.add(ProcessHandle.current().info().command().orElse("java"));
        for (String property : properties) {
            launch.add("-D" + property);
        }
        launch.addAll(List.of("-cp", System.getProperty("java.class.path"), FakeEngine.class.getName(), mode));
        Execution.Engine faked = engine.withLaunch(launch);
        if (timeouts != null) {
            faked = new Execution.Engine(
                    faked.launch(),
                    faked.requires(),
                    faked.pythonModule(),
                    faked.flags(),
                    faked.falseFlags(),
                    faked.seedNames(),
                    faked.noEquivalent(),
                    faked.health(),
                    timeouts,
                    timeouts);
        }
        return new Template(
                shipped.id(),
                shipped.version(),
                shipped.name(),
                shipped.description(),
                shipped.category(),
                shipped.inputs(),
                shipped.resources(),
                shipped.baseExecutionSeconds(),
                shipped.costPerSecond(),
                shipped.qualityMapping(),
                shipped.runtime(),
                faked,
                shipped.metrics());
    }

    static Map<String, Value> load(int requests, int concurrency, int outputTokens) {
        Map<String, Value> values = new LinkedHashMap<>();
        values.put("model", Value.of("fake/model"));
        values.put("requests", Value.of(requests));
        values.put("concurrency", Value.of(concurrency));
        values.put("prompt_tokens", Value.of(16));
        values.put("output_tokens", Value.of(outputTokens));
        return values;
    }

    private RunOutcome run(Template template, Map<String, Value> values) throws InterruptedException {
        return executor.run(new RunSpec(template, values, dir), ProgressSink.NONE);
    }

    private SetpointException failure(Template template, Map<String, Value> values) {
        return catchThrowableOfType(SetpointException.class, () -> run(template, values));
    }

    private static double metric(RunOutcome outcome, String name) {
        return ((Value.Num) outcome.metrics().get(name)).doubleValue();
    }

    /** The processes the fake noted (itself and its child), each of which must be gone. */
    private static void assertGone(Path pids) throws Exception {
        List<String> noted = Files.readAllLines(pids);
        assertThat(noted).hasSize(2);
        for (String pid : noted) {
            assertThat(ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive))
                    .as("process " + pid)
                    .isEmpty();
        }
    }

    @Test
    void anSglangPointRunsAndMeasuresTheFakesFirstTokenDelayAndTokenRate() throws Exception {
        Template template = faked(EngineLaunchTest.SGLANG, "sglang", "fake.rate=200", "fake.first_token_ms=150");
        Map<String, Value> values = load(12, 4, 20);
        values.put("tp-size", Value.of(2));
        values.put("schedule-policy", Value.of("lpm"));
        values.put("enable-mixed-chunking", Value.TRUE);
        values.put("enable-chunked-prefill", Value.FALSE);

        RunOutcome outcome = run(template, values);

        assertThat(outcome.metrics().keySet())
                .containsExactly(
                        "output_tokens_per_second",
                        "requests_per_second",
                        "p50_ttft_ms",
                        "p90_ttft_ms",
                        "p99_ttft_ms",
                        "p50_tpot_ms",
                        "p90_tpot_ms",
                        "p99_tpot_ms",
                        "p50_e2e_ms",
                        "p90_e2e_ms",
                        "p99_e2e_ms",
                        "requests_failed");
        // 150 ms to the first token, then 19 more at 5 ms each: 245 ms a request, four at a time, so
        // at most 4 x 20 tokens / 0.245 s = 326 tokens/s. The upper bounds leave room for a busy machine.
        assertThat(metric(outcome, "p50_ttft_ms")).isBetween(150.0, 800.0);
        assertThat(metric(outcome, "p50_tpot_ms")).isBetween(3.5, 25.0);
        assertThat(metric(outcome, "p50_e2e_ms")).isBetween(245.0, 1300.0);
        assertThat(metric(outcome, "output_tokens_per_second")).isBetween(50.0, 327.0);
        assertThat(metric(outcome, "requests_failed")).isZero();
        assertThat(metric(outcome, "p99_ttft_ms")).isGreaterThanOrEqualTo(metric(outcome, "p50_ttft_ms"));
        assertThat(outcome.log())
                .contains(
                        "--tp-size=2",
                        "--schedule-policy=lpm",
                        "--enable-mixed-chunk=true",
                        "--chunked-prefill-size=-1")
                .contains("Received SIGTERM, shutting down");
        Output report = outcome.outputs().get(0);
        assertThat(report.name()).isEqualTo("load.json");
        Value.Obj document = (Value.Obj) Json.parse(Files.readString(dir.resolve("load.json")));
        assertThat(((Value.Arr) document.members().get("per_request")).items()).hasSize(12);
        assertThat(outcome.processes().cpuSeconds()).isPositive();
    }

    @Test
    void aVllmPointRunsWithVllmsOwnFlags() throws Exception {
        Template template = faked(EngineLaunchTest.VLLM, "vllm", "fake.first_token_ms=20", "fake.rate=500");
        Map<String, Value> values = load(6, 3, 10);
        values.put("tensor-parallel-size", Value.of(2));
        values.put("enable-prefix-caching", Value.FALSE);
        values.put("enforce-eager", Value.TRUE);

        RunOutcome outcome = run(template, values);

        assertThat(metric(outcome, "requests_failed")).isZero();
        assertThat(metric(outcome, "requests_per_second")).isPositive();
        assertThat(outcome.log()).contains("--no-enable-prefix-caching=true", "--tensor-parallel-size=2");
    }

    @Test
    void aFlagTheEngineDoesNotKnowFailsTheRunWithWhatItsArgparseSaid() {
        Template sglangFlagsToVllm = faked(EngineLaunchTest.SGLANG, "vllm");

        SetpointException e = failure(sglangFlagsToVllm, load(1, 1, 1));

        assertThat(e.kind()).isEqualTo(SetpointException.Kind.RUN_FAILED);
        assertThat(e.getMessage())
                .contains("the engine exited with code 2 before it was healthy; the last lines of its log:")
                .contains("error: unrecognized arguments: --model-path=fake/model --tp-size=1");
    }

    @Test
    void anEngineThatDiesBeforeItIsHealthyFailsTheRunWithItsLogsLastLines() {
        SetpointException e =
                failure(faked(EngineLaunchTest.SGLANG, "sglang", "fake.exit_before_healthy=3"), load(1, 1, 1));

        assertThat(e.kind()).isEqualTo(SetpointException.Kind.RUN_FAILED);
        assertThat(e.getMessage())
                .startsWith("the engine exited with code 3 before it was healthy; the last lines of its log:\n")
                .contains("Loading model weights", "torch.OutOfMemoryError: CUDA out of memory");
    }

    @Test
    void anEngineThatIsNeverHealthyFailsAfterItsStartupTimeoutAndIsStopped() throws Exception {
        Path pids = dir.resolve("pids");
        Template slow = faked(
                EngineLaunchTest.SGLANG,
                "sglang",
                Duration.ofSeconds(4),
                "fake.startup_ms=600000",
                "fake.child=true",
                "fake.pids=" + pids);

        SetpointException e = failure(slow, load(1, 1, 1));

        assertThat(e.getMessage()).startsWith("the engine was not healthy within 4 s (GET /health)");
        assertGone(pids);
    }

    @Test
    void stoppingTheEngineEndsEveryProcessItStarted() throws Exception {
        Path pids = dir.resolve("pids");

        run(faked(EngineLaunchTest.SGLANG, "sglang", "fake.child=true", "fake.pids=" + pids), load(2, 1, 2));

        assertGone(pids);
        assertThat(dir.resolveSibling(dir.getFileName() + ".process")).doesNotExist();
    }

    @Test
    void aLoadThatTakesTooLongFailsTheRunAndStopsTheEngine() throws Exception {
        Path pids = dir.resolve("pids");
        Template slow = faked(
                EngineLaunchTest.SGLANG,
                "sglang",
                Duration.ofSeconds(4),
                "fake.rate=2",
                "fake.child=true",
                "fake.pids=" + pids);

        SetpointException e = failure(slow, load(4, 1, 100));

        assertThat(e.getMessage()).isEqualTo("the load did not finish within 4 s: 0 of 4 requests had ended");
        assertGone(pids);
    }

    @Test
    void cancellingMidLoadStopsTheEngineAndItsTree() throws Exception {
        Path pids = dir.resolve("pids");
        Template slow =
                faked(EngineLaunchTest.SGLANG, "sglang", "fake.rate=20", "fake.child=true", "fake.pids=" + pids);
        CountDownLatch loading = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread run = new Thread(() -> {
            try {
                executor.run(new RunSpec(slow, load(100, 2, 100), dir), (stage, fraction) -> {
                    if (stage.startsWith("load:")) {
                        loading.countDown();
                    }
                });
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        run.start();

        assertThat(loading.await(60, TimeUnit.SECONDS)).isTrue();
        run.interrupt();
        run.join(30_000);

        assertThat(run.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertGone(pids);
    }

    @Test
    void anEngineThatDiesDuringTheLoadFailsTheRunWithItsExitNotTheRequests() throws Exception {
        Path pids = dir.resolve("pids");
        Template crashing =
                faked(EngineLaunchTest.SGLANG, "sglang", "fake.crash_after=3", "fake.child=true", "fake.pids=" + pids);

        SetpointException e = failure(crashing, load(8, 2, 4));

        assertThat(e.getMessage())
                .startsWith("the engine exited with code 1 during the load; the last lines of its log:\n")
                .contains("CUDA error: an illegal memory access");
        assertGone(pids);
    }

    @Test
    void failedRequestsAreCountedAndTheOthersMeasured() throws Exception {
        RunOutcome outcome = run(
                faked(EngineLaunchTest.SGLANG, "sglang", "fake.fail_every=3", "fake.first_token_ms=10"), load(9, 3, 4));

        assertThat(metric(outcome, "requests_failed")).isEqualTo(3);
        assertThat(metric(outcome, "p50_ttft_ms")).isPositive();
    }

    @Test
    void aLoadWhoseEveryRequestFailsFailsTheRunWithTheFirstReason() {
        SetpointException e = failure(faked(EngineLaunchTest.SGLANG, "sglang", "fake.fail_every=1"), load(3, 1, 4));

        assertThat(e.kind()).isEqualTo(SetpointException.Kind.RUN_FAILED);
        assertThat(e.getMessage())
                .isEqualTo("every request of the load failed; the first: HTTP 500: {\"error\": {\"message\":"
                        + " \"scheduler overloaded\"}}");
    }

    @Test
    void checkRefusesWhatTheLaunchCannotHoldBeforeAnythingStarts() {
        Map<String, Value> values = load(1, 1, 1);
        values.put("model", Value.of("a\0b"));

        SetpointException e = catchThrowableOfType(
                SetpointException.class, () -> executor.check(new RunSpec(EngineLaunchTest.SGLANG, values, dir)));

        assertThat(e.kind()).isEqualTo(SetpointException.Kind.INVALID);
        assertThat(executor.workUnits(new RunSpec(EngineLaunchTest.SGLANG, load(8, 2, 100), dir)))
                .isEqualTo(800);
    }
}
