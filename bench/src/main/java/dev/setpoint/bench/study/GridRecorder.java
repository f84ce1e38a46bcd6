package dev.setpoint.bench.study;

import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.TuningPresets;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.ExecutorLookup;
import dev.setpoint.jobs.JobEvent;
import dev.setpoint.jobs.JobEvents;
import dev.setpoint.jobs.JobService;
import dev.setpoint.jobs.JobSubmission;
import dev.setpoint.jobs.Jobs;
import dev.setpoint.jobs.JobsSettings;
import dev.setpoint.jobs.RunEstimates;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Records the trial table of a shipped tuning example by running every point of its grid, one at a
 * time, as a job on the real job path (store, queue, worker, executor) on a fresh SQLite data
 * directory, as a study with parallelism 1 runs them. A trial's {@code run_seconds} and metrics are
 * its job's; its cost is {@code run_seconds} times the template's {@code cost_per_second}. One
 * unrecorded run of the first point comes first, so that the first trial does not pay for the
 * JVM's warm-up alone.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.setpoint.bench.study.GridRecorder x264 bench/src/main/resources/studies/x264.json
 *   (example: x264 | image; the file to write)
 * </pre>
 */
public final class GridRecorder {

    private final Example example;
    private final JobService jobs;

    private GridRecorder(Example example, JobService jobs) {
        this.example = example;
        this.jobs = jobs;
    }

    /** A shipped tuning preset, the template it fits and the quick inputs its study fixes. */
    record Example(String name, String template, ParameterPreset preset, Map<String, Value> inputs) {

        static final List<Example> ALL = List.of(
                new Example(
                        "x264",
                        "ffmpeg-video",
                        TuningPresets.X264_SPEED_AND_QUALITY,
                        Map.of("width", Value.of(1280), "height", Value.of(720), "duration_seconds", Value.of(2))),
                new Example(
                        "image",
                        "sd-image",
                        TuningPresets.IMAGE_SAMPLER_SWEEP,
                        Map.of(
                                "prompt",
                                Value.of("a lighthouse at dusk"),
                                "width",
                                Value.of(256),
                                "height",
                                Value.of(256),
                                "seed",
                                Value.of(7))));

        static Example named(String name) {
            return ALL.stream()
                    .filter(e -> e.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no example " + name + "; there are x264, image"));
        }

        /** The point at {@code index} in grid order: the last parameter varies fastest. */
        Map<String, Value> point(long index) {
            Map<String, Value> point = new LinkedHashMap<>();
            List<Map.Entry<String, List<Value>>> parameters =
                    new ArrayList<>(preset.parameters().entrySet());
            long rest = index;
            for (int i = parameters.size() - 1; i >= 0; i--) {
                List<Value> values = parameters.get(i).getValue();
                point.put(parameters.get(i).getKey(), values.get((int) (rest % values.size())));
                rest /= values.size();
            }
            Map<String, Value> ordered = new LinkedHashMap<>();
            parameters.forEach(p -> ordered.put(p.getKey(), point.get(p.getKey())));
            return ordered;
        }

        long gridSize() {
            return preset.parameters().values().stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
        }
    }

    public static void main(String[] args) throws Exception {
        Example example = Example.named(args.length > 0 ? args[0] : "x264");
        Path out = Path.of(args.length > 1 ? args[1] : example.name() + ".json");
        Path dataDir = Files.createTempDirectory("setpoint-grid-");
        ExecutorLookup lookup = ExecutorLookup.runner();
        try (Database database = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC());
                Jobs jobs = Jobs.start(
                        database,
                        dataDir,
                        TemplateRegistry::builtin,
                        lookup,
                        RunEstimates.learningFrom(database.jobs(), lookup),
                        new JobsSettings(1, JobsSettings.DEFAULT_POLL))) {
            Files.writeString(
                    out,
                    Json.pretty(new GridRecorder(example, jobs.service()).record()) + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    private Value.Obj record() throws Exception {
        Template template = TemplateRegistry.builtin().resolve(example.template());
        System.err.printf(
                Locale.ROOT,
                "%s: %d points, load average before: %s%n",
                template.ref(),
                example.gridSize(),
                loadAverage());
        run(template, example.point(0));
        long start = System.nanoTime();
        List<Value> trials = new ArrayList<>();
        for (int i = 0; i < example.gridSize(); i++) {
            Map<String, Value> point = example.point(i);
            JobRecord job = run(template, point);
            trials.add(trial(i, point, job, template.costPerSecond()));
            System.err.printf(
                    Locale.ROOT,
                    "[%d/%d] %s %s %.3f s %s%n",
                    i + 1,
                    example.gridSize(),
                    Json.write(new Value.Obj(point)),
                    job.status().id(),
                    seconds(job),
                    Json.write(job.metrics()));
        }
        System.err.printf(
                Locale.ROOT,
                "grid of %d points recorded in %.1f s; load average after: %s%n",
                trials.size(),
                (System.nanoTime() - start) / 1e9,
                loadAverage());
        Map<String, Value> table = new LinkedHashMap<>();
        table.put("template", Value.of(template.ref()));
        Map<String, Value> space = new LinkedHashMap<>();
        example.preset().parameters().forEach((name, values) -> space.put(name, Value.arr(values)));
        table.put("space", new Value.Obj(space));
        table.put("trials", Value.arr(trials));
        return new Value.Obj(table);
    }

    // The subscription is the resource: it is held while waiting, never referenced (javac's [try] lint).
    @SuppressWarnings("try")
    private JobRecord run(Template template, Map<String, Value> point) throws Exception {
        Map<String, Value> inputs = new LinkedHashMap<>(example.inputs());
        inputs.putAll(point);
        JobRecord job = jobs.submit(
                null,
                new JobSubmission(
                        ApplyRequest.of(template, QualityCatalog.builtin().resolve("standard"), inputs),
                        List.of(),
                        List.of(),
                        new Value.Obj(inputs)));
        CompletableFuture<JobEvent> last = new CompletableFuture<>();
        try (JobEvents.Following f = jobs.follow(job, e -> {
            if (e.last()) {
                last.complete(e);
            }
        })) {
            last.get(30, TimeUnit.MINUTES);
        }
        return jobs.get(job.id());
    }

    private static Value trial(int index, Map<String, Value> point, JobRecord job, double costPerSecond) {
        boolean succeeded = job.status() == JobStatus.SUCCEEDED;
        Map<String, Value> trial = new LinkedHashMap<>();
        trial.put("index", Value.of(index));
        trial.put("point", new Value.Obj(point));
        trial.put("status", Value.of(succeeded ? "succeeded" : "failed"));
        trial.put("reason", succeeded || job.error() == null ? Value.NULL : Value.of(job.error()));
        trial.put("run_seconds", job.measurements() == null ? Value.NULL : rounded(seconds(job)));
        trial.put("cost", job.measurements() == null ? Value.NULL : rounded(seconds(job) * costPerSecond));
        trial.put("metrics", job.metrics());
        return new Value.Obj(trial);
    }

    private static double seconds(JobRecord job) {
        return job.measurements() == null ? Double.NaN : job.measurements().runSeconds();
    }

    /** Six significant digits, as the API gives measured figures. */
    private static Value rounded(double value) {
        return new Value.Num(new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros());
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
