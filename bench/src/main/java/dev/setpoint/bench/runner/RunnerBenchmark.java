package dev.setpoint.bench.runner;

import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
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
import dev.setpoint.store.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runner overhead and no-op throughput through the real job path (store, JobRunr, worker) on SQLite
 * or PostgreSQL. The executor does nothing, so every millisecond measured is the runner's.
 *
 * <p>Overhead: one job at a time, each submitted as soon as the one before it was recorded or, with
 * a gap, that many milliseconds later (JobRunr's own bookkeeping of the previous job then no longer
 * competes: the overhead of a job on an idle runner). The runner's part runs from the moment the job is recorded queued
 * to the moment its end is recorded, split at its start (moments taken by the store's clock, in
 * nanoseconds); the whole, from the {@code submit} call to the final event, adds resolving and
 * estimating the job. Throughput: {@code N} jobs submitted by four threads, until every one is recorded succeeded.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.setpoint.bench.runner.RunnerBenchmark sqlite 300 3000 2 0
 *   (database: sqlite | postgresql; overhead jobs; throughput jobs; workers; gap between overhead jobs in ms)
 * </pre>
 *
 * Jobs are the shipped {@code noop} built-in, estimated as the server estimates them (from the run
 * history), so the figures include everything a real job pays for except the work.
 */
public final class RunnerBenchmark {

    /** The shipped no-op built-in: writes a two-byte file and returns. */
    private static final Template NOOP = TemplateRegistry.builtin().resolve("noop");

    private static final int SUBMITTERS = 4;

    private RunnerBenchmark() {}

    public static void main(String[] args) throws Exception {
        String vendor = args.length > 0 ? args[0] : "sqlite";
        int overheadJobs = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int throughputJobs = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        int workers = args.length > 3 ? Integer.parseInt(args[3]) : JobsSettings.defaultWorkers();
        long gapMillis = args.length > 4 ? Long.parseLong(args[4]) : 0;
        Path dataDir = Files.createTempDirectory("setpoint-runner-bench");
        String url = vendor.equals("postgresql") ? TestPostgres.newDatabase() : Database.sqliteUrl(dataDir);
        ExecutorLookup lookup = ExecutorLookup.runner();
        MarkingClock clock = new MarkingClock();
        try (Database database = Database.open(url, clock);
                Jobs jobs = Jobs.start(
                        database,
                        dataDir,
                        TemplateRegistry::builtin,
                        lookup,
                        RunEstimates.learningFrom(database.jobs(), lookup),
                        new JobsSettings(workers, JobsSettings.DEFAULT_POLL))) {
            System.out.printf(
                    "runner benchmark: %s, %d worker(s), %d cores%n",
                    vendor, workers, Runtime.getRuntime().availableProcessors());
            overhead(jobs.service(), clock, Math.max(20, overheadJobs / 10), gapMillis, false);
            overhead(jobs.service(), clock, overheadJobs, gapMillis, true);
            throughput(jobs.service(), database, throughputJobs);
        }
    }

    // The subscription is the resource: it is held while waiting, never referenced (javac's [try] lint).
    @SuppressWarnings("try")
    private static void overhead(JobService service, MarkingClock clock, int count, long gapMillis, boolean report)
            throws Exception {
        List<Double> total = new ArrayList<>();
        List<Double> submit = new ArrayList<>();
        List<Double> queueToRecorded = new ArrayList<>();
        List<Double> queue = new ArrayList<>();
        List<Double> record = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // The gap is the benchmark's parameter, not a wait for something: with it, JobRunr's own
            // bookkeeping of the previous job (after our end is recorded) is over before the next submit.
            if (gapMillis > 0) {
                Thread.sleep(gapMillis);
            }
            CompletableFuture<JobEvent> last = new CompletableFuture<>();
            clock.marks.clear();
            long start = System.nanoTime();
            JobRecord job = service.submit(null, submission(i));
            long submitted = System.nanoTime();
            try (JobEvents.Following f = service.follow(job, e -> {
                if (e.last()) {
                    last.complete(e);
                }
            })) {
                last.get(60, TimeUnit.SECONDS);
            }
            long end = System.nanoTime();
            total.add((end - start) / 1e6);
            submit.add((submitted - start) / 1e6);
            // The job store reads the clock when a job is recorded queued (create), started and ended. A
            // job handed to an idle worker is recorded queued and started at once: two reads, no split.
            List<Long> marks = List.copyOf(clock.marks);
            queueToRecorded.add((marks.get(marks.size() - 1) - marks.get(0)) / 1e6);
            if (marks.size() == 3) {
                queue.add((marks.get(1) - marks.get(0)) / 1e6);
                record.add((marks.get(2) - marks.get(1)) / 1e6);
            }
        }
        if (report) {
            System.out.printf("overhead, %d jobs one at a time, %d ms apart (ms)%n", count, gapMillis);
            System.out.printf("  queue to start to recorded: %s%n", summary(queueToRecorded));
            System.out.printf(
                    "    %d of them stored started, handed straight to an idle worker%n", count - queue.size());
            if (!queue.isEmpty()) {
                System.out.printf("    the others, queue to start: %s%n", summary(queue));
                System.out.printf("    the others, start to recorded (the no-op run included): %s%n", summary(record));
            }
            System.out.printf("  submit call to final event: %s%n", summary(total));
            System.out.printf(
                    "    submit call (resolve, estimate, record, hand-off or enqueue): %s%n", summary(submit));
        }
    }

    /**
     * The system clock, noting {@link System#nanoTime} whenever the store reads it: when a job is
     * recorded queued, started and ended, at the store's own moments, finer than its timestamps.
     */
    private static final class MarkingClock extends Clock {
        final Queue<Long> marks;
        private final ZoneId zone;

        MarkingClock() {
            this(new ConcurrentLinkedQueue<>(), ZoneOffset.UTC);
        }

        private MarkingClock(Queue<Long> marks, ZoneId zone) {
            this.marks = marks;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            marks.add(System.nanoTime());
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        /** The same marks in another zone. */
        @Override
        public Clock withZone(ZoneId newZone) {
            return new MarkingClock(marks, newZone);
        }
    }

    /** {@code count} jobs submitted by {@value #SUBMITTERS} threads at once, until all are recorded. */
    private static void throughput(JobService service, Database database, int count) throws Exception {
        long before = succeeded(database);
        long start = System.nanoTime();
        ExecutorService submitters = Executors.newFixedThreadPool(SUBMITTERS);
        List<Callable<@Nullable Void>> batches = new ArrayList<>();
        for (int t = 0; t < SUBMITTERS; t++) {
            int first = t;
            batches.add(() -> {
                for (int i = first; i < count; i += SUBMITTERS) {
                    service.submit(null, submission(i));
                }
                return null;
            });
        }
        for (Future<@Nullable Void> batch : submitters.invokeAll(batches)) {
            batch.get();
        }
        submitters.shutdown();
        long submitted = System.nanoTime();
        long done;
        while ((done = succeeded(database) - before) < count) {
            Thread.sleep(20);
        }
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        System.out.printf(
                "throughput: %d no-op jobs in %.1f s = %.0f jobs/minute (submitting took %.1f s, "
                        + "%.0f submits/s)%n",
                done, seconds, done / seconds * 60, (submitted - start) / 1e9, count / ((submitted - start) / 1e9));
    }

    private static long succeeded(Database database) {
        // The benchmark's jobs have no owner, so they are counted through the template's run history.
        return database.jobs().history(NOOP.ref(), Integer.MAX_VALUE).size();
    }

    private static JobSubmission submission(int i) {
        Map<String, Value> inputs = Map.of("prompt", Value.of("job " + i));
        return new JobSubmission(
                ApplyRequest.of(NOOP, QualityCatalog.builtin().resolve("draft"), inputs),
                List.of(),
                List.of(),
                new Value.Obj(inputs));
    }

    private static String summary(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(
                "median %.2f, p90 %.2f, p99 %.2f, max %.2f",
                at(sorted, 0.5), at(sorted, 0.9), at(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
    }
}
