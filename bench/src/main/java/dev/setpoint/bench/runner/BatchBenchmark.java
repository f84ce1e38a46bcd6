package dev.setpoint.bench.runner;

import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.BatchService;
import dev.setpoint.jobs.BatchSubmission;
import dev.setpoint.jobs.ExecutorLookup;
import dev.setpoint.jobs.JobSubmission;
import dev.setpoint.jobs.Jobs;
import dev.setpoint.jobs.JobsSettings;
import dev.setpoint.jobs.RunEstimates;
import dev.setpoint.store.BatchRecord;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobEstimate;
import dev.setpoint.store.JobStatus;
import dev.setpoint.store.NewBatch;
import dev.setpoint.store.NewJob;
import dev.setpoint.store.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Batches of no-op jobs through the real path (store, chunks on JobRunr, worker) on SQLite or
 * PostgreSQL, as {@link RunnerBenchmark} does for single jobs.
 *
 * <p>Store: a batch of {@code N} no-op jobs stored in one transaction ({@code BatchStore.create}, on a
 * database of its own with no workers), one batch after another. End to end: a batch of {@code N}
 * no-op items submitted through {@code BatchService.submit} (each item resolved, checked and estimated,
 * then stored, then its chunks queued) until every item is recorded succeeded, as its follower is told;
 * jobs per minute over that time.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.setpoint.bench.runner.BatchBenchmark sqlite 1000 20 10 2
 *   (database: sqlite | postgresql; items per batch; batches stored; batches run; workers)
 * </pre>
 */
public final class BatchBenchmark {

    /** The shipped no-op built-in: writes a two-byte file and returns. */
    private static final Template NOOP = TemplateRegistry.builtin().resolve("noop");

    private BatchBenchmark() {}

    public static void main(String[] args) throws Exception {
        String vendor = args.length > 0 ? args[0] : "sqlite";
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int stored = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int run = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int workers = args.length > 4 ? Integer.parseInt(args[4]) : JobsSettings.defaultWorkers();
        System.out.printf(
                "batch benchmark: %s, %d items a batch, %d worker(s), %d cores%n",
                vendor, items, workers, Runtime.getRuntime().availableProcessors());
        store(url(vendor), items, stored);
        endToEnd(vendor, items, run, workers);
    }

    private static String url(String vendor) throws Exception {
        return vendor.equals("postgresql")
                ? TestPostgres.newDatabase()
                : Database.sqliteUrl(Files.createTempDirectory("setpoint-batch-bench"));
    }

    /** {@code count} batches stored one after another, after a warm-up of a fifth as many. */
    private static void store(String url, int items, int count) {
        try (Database database = Database.open(url, Clock.systemUTC())) {
            for (int i = 0; i < Math.max(2, count / 5); i++) {
                database.batches().create(batch(items));
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                NewBatch batch = batch(items);
                long start = System.nanoTime();
                database.batches().create(batch);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            System.out.printf("store %d jobs in one transaction, %d batches (ms): %s%n", items, count, summary(millis));
        }
    }

    // The subscription is the resource: it is held while waiting, never referenced (javac's [try] lint).
    @SuppressWarnings("try")
    private static void endToEnd(String vendor, int items, int count, int workers) throws Exception {
        Path dataDir = Files.createTempDirectory("setpoint-batch-bench");
        String url = vendor.equals("postgresql") ? TestPostgres.newDatabase() : Database.sqliteUrl(dataDir);
        ExecutorLookup lookup = ExecutorLookup.runner();
        try (Database database = Database.open(url, Clock.systemUTC());
                Jobs jobs = Jobs.start(
                        database,
                        dataDir,
                        TemplateRegistry::builtin,
                        lookup,
                        RunEstimates.learningFrom(database.jobs(), lookup),
                        new JobsSettings(workers, JobsSettings.DEFAULT_POLL))) {
            BatchService batches = jobs.batches();
            runOne(batches, items); // warm-up
            List<Double> perMinute = new ArrayList<>();
            List<Double> submits = new ArrayList<>();
            long totalNanos = 0;
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                long[] submitted = new long[1];
                BatchRecord done = runOne(batches, items, submitted);
                long end = System.nanoTime();
                if (done.counts().get(JobStatus.SUCCEEDED) != items) {
                    throw new IllegalStateException("not every item succeeded: " + done.counts());
                }
                totalNanos += end - start;
                perMinute.add(items / ((end - start) / 1e9) * 60);
                submits.add((submitted[0] - start) / 1e6);
            }
            System.out.printf("submit call, %d items (ms): %s%n", items, summary(submits));
            System.out.printf(
                    "end to end, %d batches of %d no-op items one after another: %.0f jobs/minute overall; "
                            + "per batch %s%n",
                    count, items, (double) count * items / (totalNanos / 1e9) * 60, summary(perMinute));
        }
    }

    private static BatchRecord runOne(BatchService batches, int items) throws Exception {
        return runOne(batches, items, new long[1]);
    }

    // The subscription is the resource: it is held while waiting, never referenced (javac's [try] lint).
    @SuppressWarnings("try")
    private static BatchRecord runOne(BatchService batches, int items, long[] submitted) throws Exception {
        BatchRecord batch = batches.submit(null, submission(items));
        submitted[0] = System.nanoTime();
        CompletableFuture<BatchRecord> ended = new CompletableFuture<>();
        try (AutoCloseable following = batches.follow(batch, b -> {
            if (b.ended()) {
                ended.complete(b);
            }
        })) {
            return ended.get(10, TimeUnit.MINUTES);
        }
    }

    private static BatchSubmission submission(int items) {
        List<JobSubmission> jobs = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            Map<String, Value> inputs = Map.of("prompt", Value.of("item " + i));
            jobs.add(new JobSubmission(
                    ApplyRequest.of(NOOP, QualityCatalog.builtin().resolve("draft"), inputs),
                    List.of(),
                    List.of(),
                    new Value.Obj(inputs)));
        }
        return new BatchSubmission("bench", "batch", new Value.Obj(Map.of()), jobs);
    }

    /** {@code items} no-op jobs as a submit would store them, in chunks of a hundred. */
    private static NewBatch batch(int items) {
        List<NewJob> jobs = new ArrayList<>(items);
        List<UUID> chunks = new ArrayList<>(items);
        UUID chunk = UUID.randomUUID();
        for (int i = 0; i < items; i++) {
            if (i % 100 == 0) {
                chunk = UUID.randomUUID();
            }
            Value.Obj inputs = new Value.Obj(Map.of("prompt", Value.of("item " + i)));
            jobs.add(new NewJob(
                    UUID.randomUUID(),
                    null,
                    NOOP.ref(),
                    "draft",
                    1,
                    List.of(),
                    List.of(),
                    inputs,
                    new Value.Obj(Map.of("prompt", Value.of("item " + i), "seed", Value.of(i))),
                    new JobEstimate(0.001, 0.0005, 0.002, "multipliers"),
                    1));
            chunks.add(chunk);
        }
        return new NewBatch(UUID.randomUUID(), null, null, "batch", new Value.Obj(Map.of()), jobs, chunks);
    }

    private static String summary(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(
                "median %.1f, min %.1f, max %.1f",
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
