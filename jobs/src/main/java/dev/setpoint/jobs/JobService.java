package dev.setpoint.jobs;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.store.JobQuery;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import dev.setpoint.store.JobStore;
import dev.setpoint.store.NewJob;
import dev.setpoint.store.Page;
import dev.setpoint.store.Viewer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Submitting, reading, following and cancelling jobs: what the HTTP API and {@code setpoint run}
 * share. A job is prepared ({@link JobPreparation}: resolved like apply, seeded, checked to be
 * runnable here, estimated), stored queued, and only then handed to the queue, so a worker always
 * finds its record.
 */
public final class JobService {

    /** How often a follower re-reads a job that runs in another process. */
    static final long WATCH_MILLIS = 500;

    private final JobStore store;
    private final JobEngine engine;
    private final JobWorker worker;
    private final ChunkWorker chunks;
    private final JobPreparation preparation;
    private final JobEstimates estimates;
    private final JobEvents events;
    private final JobFiles files;
    private final ScheduledExecutorService watcher;

    JobService(
            JobStore store,
            JobEngine engine,
            JobWorker worker,
            ChunkWorker chunks,
            JobPreparation preparation,
            JobEstimates estimates,
            JobEvents events,
            JobFiles files,
            ScheduledExecutorService watcher) {
        this.store = store;
        this.engine = engine;
        this.worker = worker;
        this.chunks = chunks;
        this.preparation = preparation;
        this.estimates = estimates;
        this.events = events;
        this.files = files;
        this.watcher = watcher;
    }

    /**
     * @param ownerId the submitting user; {@code null} for the command line without a server
     * @throws SetpointException INCOMPATIBLE when the presets do not fit, CONFLICT when the template
     *     cannot run here (with the reason)
     */
    public JobRecord submit(@Nullable Long ownerId, JobSubmission submission) {
        NewJob job = preparation.prepare(ownerId, submission, estimates);
        UUID id = job.id();
        if (worker.reserve(id, engine.idleWorkers())) {
            return handOff(job);
        }
        JobRecord queued = store.create(job);
        engine.enqueue(id);
        return queued;
    }

    /**
     * A job for an idle worker of this process skips the queue, and is stored already running so that
     * the worker need not write its start. Should JobRunr's save fail, or the process die before it,
     * the job is left running without a worker, and {@link StrandedJobs} enqueues it again.
     */
    private JobRecord handOff(NewJob job) {
        try {
            JobRecord running = store.createRunning(job, engine.serverId());
            worker.handedOff(running);
            engine.handOff(job.id());
            return running;
        } catch (RuntimeException e) {
            worker.notHandedOff(job.id());
            throw e;
        }
    }

    /** The viewer's job; NOT_FOUND for anyone else's. */
    public JobRecord get(Viewer viewer, UUID id) {
        return store.find(viewer, id).orElseThrow(() -> notFound(id));
    }

    /** A job whoever owns it, for the command line on its own database. */
    public JobRecord get(UUID id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    public Page<JobRecord> list(Viewer viewer, JobQuery query) {
        return store.list(viewer, query);
    }

    /** Cancels the viewer's job: a queued one never runs, a running one is interrupted. */
    public JobRecord cancel(Viewer viewer, UUID id) {
        return cancel(get(viewer, id));
    }

    /** Cancels a job whoever owns it (the command line's own jobs). */
    public JobRecord cancel(JobRecord job) {
        if (!store.cancel(job.id())) {
            throw new SetpointException(
                    Kind.CONFLICT,
                    "status",
                    "job " + job.id() + " has already ended: "
                            + store.find(job.id())
                                    .map(JobRecord::status)
                                    .orElse(job.status())
                                    .id());
        }
        stopCancelled(job.id());
        return get(job.id());
    }

    /** Stops a job whose record has just been marked cancelled, and tells its followers. */
    void stopCancelled(UUID id) {
        // Here the worker is interrupted at once and its queue entry ends normally; elsewhere, deleting
        // the entry makes the server running it interrupt it at its next poll. A batch's item running
        // here in its chunk is interrupted or skipped; one elsewhere ends when its chunk records it.
        if (!chunks.cancelItem(id) && !worker.interrupt(id)) {
            engine.delete(id);
        }
        events.publish(events.endedAt(id, JobStatus.CANCELLED));
    }

    /** The file of one of the viewer's job's outputs; NOT_FOUND for a name the job did not produce. */
    public Path output(Viewer viewer, UUID id, String name) {
        JobRecord job = get(viewer, id);
        return output(job, name);
    }

    public Path output(JobRecord job, String name) {
        boolean listed = job.outputs().stream().anyMatch(o -> o.name().equals(name));
        Path file = listed ? files.output(job.id(), name) : null;
        if (file == null || !Files.isRegularFile(file)) {
            throw SetpointException.notFound("name", "job " + job.id() + " has no output named '" + name + "'");
        }
        return file;
    }

    /** Where the job is now: its latest progress if it runs here, else its stored status. */
    public JobEvent current(JobRecord job) {
        JobEvent latest = job.status() == JobStatus.RUNNING ? events.latest(job.id()) : null;
        return latest != null ? latest : JobEvent.stored(job);
    }

    /**
     * Follows a job: the current state first, then every event until its final one. Jobs running in
     * another process are followed by re-reading their record every {@value #WATCH_MILLIS} ms.
     */
    public JobEvents.Following follow(JobRecord job, Consumer<JobEvent> follower) {
        Follower once = new Follower(follower);
        JobEvents.Following following = events.follow(job.id(), once);
        // Read again once following: a job that ended after the caller read it ended unseen by us.
        once.accept(current(store.find(job.id()).orElse(job)));
        ScheduledFuture<?> watch = watcher.scheduleWithFixedDelay(
                () -> {
                    if (!once.done && events.latest(job.id()) == null) {
                        store.find(job.id())
                                .filter(j -> j.status() != once.lastStatus)
                                .map(this::current)
                                .ifPresent(once);
                    }
                },
                WATCH_MILLIS,
                WATCH_MILLIS,
                TimeUnit.MILLISECONDS);
        return () -> {
            watch.cancel(false);
            following.close();
        };
    }

    /** Passes events on until the final one; each status change once. */
    private static final class Follower implements Consumer<JobEvent> {
        private final Consumer<JobEvent> target;
        private volatile boolean done;
        private volatile @Nullable JobStatus lastStatus;

        Follower(Consumer<JobEvent> target) {
            this.target = target;
        }

        @Override
        public synchronized void accept(JobEvent event) {
            if (done) {
                return;
            }
            lastStatus = event.status();
            done = event.last();
            target.accept(event);
        }
    }

    private static SetpointException notFound(UUID id) {
        return SetpointException.notFound("id", "no job " + id);
    }
}
