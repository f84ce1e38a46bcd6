package dev.setpoint.jobs;

import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import dev.setpoint.store.JobEnd;
import dev.setpoint.store.JobOutput;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import dev.setpoint.store.JobStore;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one job on the calling (JobRunr worker) thread: takes a new attempt, runs the executor,
 * measures it and records the end. Only the current attempt can record an end, so a job recovered
 * after a crash, or cancelled meanwhile, never finishes twice. A job handed off to an idle worker
 * was stored already started in its first attempt, so its worker writes no start: it records when
 * the job really reached it with the end (later by the hand-over, or by a whole run if another job
 * took the worker first).
 */
final class JobWorker {

    private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);
    private static final long PROGRESS_EVERY_NANOS = 100_000_000;

    private final JobStore store;
    private final Supplier<TemplateRegistry> templates;
    private final ExecutorLookup executors;
    private final JobFiles files;
    private final JobEvents events;
    private final Meter meter;
    private final Supplier<String> workerId;
    private final LongSupplier nanoTime;
    private final Map<UUID, Thread> running = new ConcurrentHashMap<>();
    private final Set<UUID> cancelled = ConcurrentHashMap.newKeySet();
    private final Map<UUID, HandedOff> handedOff = new ConcurrentHashMap<>();

    /** A job handed off to this process's workers, and when; {@link #RESERVED} until it is stored. */
    private record HandedOff(@Nullable JobRecord job, long nanos) {
        static final HandedOff RESERVED = new HandedOff(null, 0);
    }

    JobWorker(
            JobStore store,
            Supplier<TemplateRegistry> templates,
            ExecutorLookup executors,
            JobFiles files,
            JobEvents events,
            Meter meter,
            Supplier<String> workerId,
            LongSupplier nanoTime) {
        this.store = store;
        this.templates = templates;
        this.executors = executors;
        this.files = files;
        this.events = events;
        this.meter = meter;
        this.workerId = workerId;
        this.nanoTime = nanoTime;
    }

    /**
     * Reserves one of this process's idle workers for a job about to be handed off, unless every
     * idle one is reserved already. A worker counts as busy from the moment it takes a job (JobRunr
     * counts it), and a reservation lasts until then, so two submits never count on the same worker;
     * a job JobRunr polls from the queue at that moment still can, and the job handed off then waits
     * in the pool for the next free worker.
     *
     * @param idleWorkers how many workers are not running a job now
     */
    synchronized boolean reserve(UUID id, int idleWorkers) {
        if (handedOff.size() >= idleWorkers) {
            return false;
        }
        handedOff.put(id, HandedOff.RESERVED);
        return true;
    }

    /** The reserved job, stored running, is being given to the worker pool. */
    void handedOff(JobRecord job) {
        handedOff.put(job.id(), new HandedOff(job, nanoTime.getAsLong()));
    }

    /** The hand-off failed: the reservation is released. */
    void notHandedOff(UUID id) {
        handedOff.remove(id);
    }

    /**
     * JobRunr's worker pool stopped, and with it went the jobs handed off to it but not yet taken:
     * their entries are dropped, or each would hold a worker's reservation for good. JobRunr finds
     * those jobs orphaned and retries them, here or in another process, through the store (a new
     * attempt). Reservations of submits still in progress stay; their hand-off fails or reaches the
     * new pool.
     */
    void forgetHandOffs() {
        handedOff.values().removeIf(handed -> handed.job() != null);
    }

    void run(UUID id) throws InterruptedException {
        Optional<Started> started = started(id);
        if (started.isPresent()) {
            attempt(started.get().job(), started.get().at()).ifPresent(this::record);
        }
    }

    /**
     * Runs a started job on this thread, interruptible by {@link #interrupt}: how it ended, to be
     * recorded, or empty when a cancel stopped it (recorded already).
     *
     * @throws InterruptedException when a shutdown stopped it: it stays running for the next start
     */
    Optional<JobEnd> attempt(JobRecord job, Instant startedAt) throws InterruptedException {
        UUID id = job.id();
        running.put(id, Thread.currentThread());
        try {
            if (cancelled.remove(id)) {
                throw new InterruptedException("cancelled before it started");
            }
            return Optional.of(execute(job, startedAt));
        } catch (InterruptedException e) {
            interrupted(id);
            return Optional.empty();
        } finally {
            running.remove(id);
            cancelled.remove(id);
        }
    }

    /** Records one job's end, and tells its followers if it was recorded. */
    private void record(JobEnd end) {
        boolean recorded = store.finish(end);
        if (recorded) {
            ended(end);
        }
    }

    /**
     * After an end was recorded: a failed job's files go (a succeeded one's are its outputs), and its
     * followers are told.
     */
    void ended(JobEnd end) {
        if (end.status() == JobStatus.FAILED) {
            discardFiles(end.id());
            events.publish(events.endedAt(end.id(), JobStatus.FAILED));
        } else {
            events.publish(JobEvent.ended(end.id(), JobStatus.SUCCEEDED));
        }
    }

    /** The job as started, with when it reached this worker; empty when it must not run. */
    private Optional<Started> started(UUID id) {
        HandedOff handed = handedOff.remove(id);
        if (handed != null && handed.job() != null) {
            return Optional.of(new Started(
                    handed.job(), handed.job().startedAt().plusNanos(nanoTime.getAsLong() - handed.nanos())));
        }
        return store.start(id, workerId.get()).map(job -> new Started(job, job.startedAt()));
    }

    private record Started(JobRecord job, Instant at) {}

    /**
     * Interrupts the job if it runs here (the executor stops and kills its processes). A job handed
     * off but not yet taken by its worker will start through the store, which finds it cancelled.
     *
     * @return whether it ran here, or was about to
     */
    boolean interrupt(UUID id) {
        if (handedOff.remove(id) != null) {
            return true;
        }
        Thread thread = running.get(id);
        if (thread == null) {
            return false;
        }
        cancelled.add(id);
        thread.interrupt();
        return true;
    }

    /**
     * Cancels a job of a chunk that runs, or is about to run, on this process: interrupted if it runs,
     * else stopped as soon as its {@link #attempt} begins. The chunk clears it after the attempt
     * ({@link #forgetCancel}).
     */
    void cancelRun(UUID id) {
        cancelled.add(id);
        Thread thread = running.get(id);
        if (thread != null) {
            thread.interrupt();
        }
    }

    void forgetCancel(UUID id) {
        cancelled.remove(id);
    }

    /** Runs the executor and measures the run: how it ended. */
    private JobEnd execute(JobRecord job, Instant startedAt) throws InterruptedException {
        UUID id = job.id();
        int attempt = job.attempt();
        double estimate = job.job().estimate().seconds();
        events.publish(new JobEvent(id, JobStatus.RUNNING, "starting", 0, estimate));
        Meter.Run run = meter.start();
        RunOutcome outcome;
        List<JobOutput> outputs;
        try {
            Template template = templates.get().resolve(job.job().templateRef());
            Executor executor = executors.executorFor(template);
            RunSpec spec = new RunSpec(template, job.parameters().members(), files.fresh(id));
            outcome = executor.run(spec, progress(id, estimate));
            outputs = outputs(outcome.outputs());
        } catch (InterruptedException e) {
            throw stopped(job, startedAt, run, e);
        } catch (RuntimeException | OutOfMemoryError e) {
            if (Thread.currentThread().isInterrupted()) {
                // The interrupt reached a file or a socket first, which report it as an I/O error (a
                // video's encoder stopped mid-write): a cancel or a shutdown all the same, not a failure.
                throw stopped(job, startedAt, run, new InterruptedException(message(e)));
            }
            // A run that fails is a failed job, not an error of the queue: JobRunr must not retry it.
            // Running out of memory too: the run's arrays are garbage once it has thrown, and a retry
            // would only run out again.
            return JobEnd.failed(id, attempt, startedAt, run.stop(), message(e), "");
        } finally {
            run.stop();
        }
        return JobEnd.succeeded(
                id,
                attempt,
                startedAt,
                Meter.withProcesses(run.stop(), outcome.processes()),
                new Value.Obj(outcome.metrics()),
                outputs,
                outcome.log());
    }

    /**
     * What a failed or cancelled run wrote is no output: nothing serves it, and it would only fill the
     * disk. The job has ended already; a directory that cannot be removed is only logged.
     */
    private void discardFiles(UUID id) {
        try {
            files.remove(id);
        } catch (UncheckedIOException e) {
            LOG.warn("job {} ended; its files could not be removed: {}", id, e.getMessage());
        }
    }

    /**
     * The run was interrupted: a cancelled one still ran, and used the machine, until now, which is
     * recorded; a shutdown's interrupt records nothing.
     */
    private InterruptedException stopped(JobRecord job, Instant startedAt, Meter.Run run, InterruptedException e) {
        store.measureCancelled(job.id(), job.attempt(), startedAt, run.stop());
        return e;
    }

    /**
     * A cancel marked the job cancelled before interrupting; a shutdown did not, and leaves it running
     * for the next start to recover, so JobRunr is told the run did not end.
     */
    private void interrupted(UUID id) throws InterruptedException {
        JobStatus status = store.find(id).map(JobRecord::status).orElse(JobStatus.CANCELLED);
        if (status == JobStatus.CANCELLED) {
            discardFiles(id);
            events.publish(events.endedAt(id, JobStatus.CANCELLED));
            return;
        }
        LOG.info("job {} interrupted while {}; it is recovered on the next start", id, status.id());
        throw new InterruptedException("job " + id + " interrupted by a shutdown");
    }

    private ProgressSink progress(UUID id, double estimate) {
        return new Progress(id, estimate, nanoTime.getAsLong());
    }

    /**
     * A run's progress as events for its followers, timed by the worker's clock: a new stage at once,
     * the same stage at most every {@link #PROGRESS_EVERY_NANOS} (a command may report every frame).
     */
    private final class Progress implements ProgressSink {
        private final UUID id;
        private final double estimate;
        private final long start;
        private long lastSent;
        private @Nullable String lastStage;

        Progress(UUID id, double estimate, long start) {
            this.id = id;
            this.estimate = estimate;
            this.start = start;
            this.lastSent = start;
        }

        @Override
        public void report(String stage, double fraction) {
            long now = nanoTime.getAsLong();
            if (stage.equals(lastStage) && now - lastSent < PROGRESS_EVERY_NANOS) {
                return;
            }
            lastSent = now;
            lastStage = stage;
            double done = Math.max(0, Math.min(1, fraction));
            double elapsed = (now - start) / 1e9;
            events.publish(new JobEvent(id, JobStatus.RUNNING, stage, done, timeLeft(estimate, elapsed, done)));
        }
    }

    /**
     * Seconds left of a run {@code done} (0 to 1) of the way after {@code elapsed} seconds: the rest of
     * the work at a rate between the estimate's and the one measured so far, the measured one weighing
     * as much as the share done. Early progress says little (a run's first percent may be its set-up),
     * and the progress rate alone said 10 minutes left of a 100 s run at 1 %; near the end the
     * measured rate is what counts.
     */
    static double timeLeft(double estimate, double elapsed, double done) {
        double measuredRate = elapsed > 0 ? done / elapsed : 0;
        double expectedRate = estimate > 0 ? 1 / estimate : measuredRate;
        double rate = (1 - done) * expectedRate + done * measuredRate;
        return rate > 0 ? (1 - done) / rate : 0;
    }

    /** The outputs as recorded; a name that leaves the job's directory fails the job. */
    private List<JobOutput> outputs(List<Output> outputs) {
        List<JobOutput> recorded = new ArrayList<>();
        for (Output output : outputs) {
            files.checkName(output.name());
            recorded.add(new JobOutput(output.name(), output.mediaType(), output.bytes()));
        }
        return recorded;
    }

    private static String message(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "the run ran out of memory (" + e.getMessage() + "); ask for less, or run fewer jobs at once";
        }
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().replace('\n', ' ');
    }
}
