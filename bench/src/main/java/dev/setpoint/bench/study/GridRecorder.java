package dev.setpoint.bench.study;

import dev.setpoint.core.format.StudyJson;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.merge.Merger;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.TuningPresets;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.study.SearchSpace;
import dev.setpoint.core.study.TrialRecord;
import dev.setpoint.core.study.TrialStatus;
import dev.setpoint.core.study.TrialTable;
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

        /** The study's search space: the preset merged (alone), less what the quick inputs fix. */
        SearchSpace space() {
            return SearchSpace.of(Merger.merge(List.of(preset), MergeStrategy.UNION), inputs);
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
        SearchSpace space = example.space();
        long points = space.gridSize().longValueExact();
        System.err.printf(
                Locale.ROOT, "%s: %d points, load average before: %s%n", template.ref(), points, loadAverage());
        run(template, space.point(0));
        long start = System.nanoTime();
        List<TrialRecord> trials = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            Map<String, Value> point = space.point(i);
            JobRecord job = run(template, point);
            trials.add(trial(i, point, job, template.costPerSecond()));
            System.err.printf(
                    Locale.ROOT,
                    "[%d/%d] %s %s %.3f s %s%n",
                    i + 1,
                    points,
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
        return StudyJson.encode(new TrialTable(template.ref(), space, trials));
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

    /** The trial as a study records it: its job's status, error, run time, cost and metrics. */
    private static TrialRecord trial(int index, Map<String, Value> point, JobRecord job, double costPerSecond) {
        boolean succeeded = job.status() == JobStatus.SUCCEEDED;
        Double runSeconds = job.measurements() == null ? null : rounded(seconds(job));
        Map<String, Double> metrics = new LinkedHashMap<>();
        job.metrics().members().forEach((name, value) -> metrics.put(name, ((Value.Num) value).doubleValue()));
        return new TrialRecord(
                index,
                point,
                succeeded ? TrialStatus.SUCCEEDED : TrialStatus.FAILED,
                succeeded ? null : job.error(),
                runSeconds,
                runSeconds == null ? null : rounded(runSeconds * costPerSecond),
                metrics);
    }

    private static double seconds(JobRecord job) {
        return job.measurements() == null ? Double.NaN : job.measurements().runSeconds();
    }

    /** Six significant digits, as the API gives measured figures. */
    private static double rounded(double value) {
        return new BigDecimal(value).round(new MathContext(6)).doubleValue();
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
