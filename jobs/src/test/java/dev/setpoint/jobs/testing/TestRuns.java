package dev.setpoint.jobs.testing;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateLoader;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.ExecutorLookup;
import dev.setpoint.jobs.JobSubmission;
import dev.setpoint.jobs.TrialRequests;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A runnable test template and an executor for it whose behaviour the inputs choose: {@code ok}
 * writes {@code out.txt}, {@code slow} takes {@code millis} reporting progress, {@code slow_io} too
 * but reports an interrupt as a file channel does (an I/O error, the thread still interrupted),
 * {@code fail} throws,
 * {@code exhaust} throws the OutOfMemoryError a run that exhausts the heap would (a real one would
 * take the test JVM's memory with it),
 * {@code refuse} is refused by the executor's check before it is queued; {@code prompt} is free text it ignores.
 * A run that ends measures {@code output_bytes} of what it wrote and {@code waited_ms}, the millis it
 * waited.
 * (The built-in functions are another branch's; this one stands in for them in these tests.)
 */
public final class TestRuns {

    public static final String TEMPLATE_YAML = """
            id: test-run
            version: 1.0.0
            name: Test run
            category: text_generation
            inputs:
              behaviour: {type: enum, default: ok, values: [ok, slow, slow_io, fail, exhaust, refuse]}
              millis: {type: integer, default: 0, min: 0, max: 600000}
              seed: {type: integer, default: -1, min: -1, max: 4294967295}
              prompt: {type: string, default: a test}
            resources: {cpu: 1, memory: 1}
            base_execution_time: 2
            cost_per_second: 0.001
            execution: {builtin: text}
            """;
    public static final Template TEMPLATE = TemplateLoader.parse(TEMPLATE_YAML);
    public static final Template NOT_RUNNABLE = TemplateLoader.parse("""
            id: test-plan
            version: 1.0.0
            name: Not runnable
            category: text_generation
            inputs:
              prompt: {type: string, default: x}
            resources: {cpu: 1, memory: 1}
            base_execution_time: 2
            cost_per_second: 0.001
            """);
    /** The test template with the metrics its runs measure declared, for studies, whose objectives name them. */
    public static final Template STUDY = TemplateLoader.parse(
            TEMPLATE_YAML.replace("id: test-run", "id: test-study").replace("execution:", """
                    metrics:
                      waited_ms: {unit: ms, better: lower, description: "The millis the run waited"}
                      output_bytes: {unit: bytes, better: none, description: "Size of out.txt"}
                    execution:"""));

    public static final TemplateRegistry TEMPLATES = TemplateRegistry.of(List.of(TEMPLATE, NOT_RUNNABLE, STUDY));

    /** A study's trial requests on {@link #TEMPLATES}, at a built-in level named by its id. */
    public static final TrialRequests TRIAL_REQUESTS = (ownerId, templateRef, quality, inputs) -> ApplyRequest.of(
            TEMPLATES.resolve(templateRef), QualityCatalog.builtin().resolve(((Value.Str) quality).value()), inputs);

    /** How often each job ran, to the end or not. */
    public final Map<UUID, AtomicInteger> runs = new ConcurrentHashMap<>();

    public final Map<UUID, Boolean> interrupted = new ConcurrentHashMap<>();

    public final Executor executor = new Executor() {
        @Override
        public RunOutcome run(RunSpec spec, ProgressSink progress) throws InterruptedException {
            UUID id = UUID.fromString(spec.workDir().getFileName().toString());
            runs.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            String behaviour = ((Value.Str) spec.parameters().get("behaviour")).value();
            long millis = ((Value.Num) spec.parameters().get("millis")).value().longValue();
            if (behaviour.equals("fail")) {
                throw SetpointException.invalid("behaviour", "it broke, as asked");
            }
            if (behaviour.equals("exhaust")) {
                throw new OutOfMemoryError("Java heap space");
            }
            try {
                for (long waited = 0; waited < millis; waited += 20) {
                    progress.report("waiting", (double) waited / millis);
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                interrupted.put(id, true);
                if (behaviour.equals("slow_io")) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException("cannot write out.txt", new ClosedByInterruptException());
                }
                throw e;
            }
            progress.report("writing", 0.99);
            try {
                Files.writeString(spec.workDir().resolve("out.txt"), "done " + id, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new RunOutcome(
                    List.of(new Output("out.txt", "text/plain", 41)),
                    "wrote out.txt",
                    Map.of("output_bytes", Value.of(41), "waited_ms", Value.of(millis)));
        }

        @Override
        public void check(RunSpec spec) {
            if (spec.parameters().get("behaviour").equals(Value.of("refuse"))) {
                throw SetpointException.invalid("/parameters/behaviour", "refused, as asked");
            }
        }

        @Override
        public double workUnits(RunSpec spec) {
            return 1 + ((Value.Num) spec.parameters().get("millis")).value().doubleValue();
        }
    };

    public final ExecutorLookup lookup = template -> {
        if (!template.runnable()) {
            throw ExecutorLookup.unavailable(template, "it declares no execution");
        }
        if (!template.id().equals(TEMPLATE.id()) && !template.id().equals(STUDY.id())) {
            throw ExecutorLookup.unavailable(template, "these tests run only " + TEMPLATE.ref());
        }
        return executor;
    };

    public int runsOf(UUID id) {
        AtomicInteger count = runs.get(id);
        return count == null ? 0 : count.get();
    }

    public static JobSubmission submission(Template template, String quality, String inputs) {
        Value.Obj given = (Value.Obj) Json.parse(inputs);
        ApplyRequest request =
                ApplyRequest.of(template, QualityCatalog.builtin().resolve(quality), given.members());
        return new JobSubmission(request, List.of(), List.of(), given);
    }
}
