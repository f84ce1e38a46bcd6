package dev.setpoint.jobs;

import dev.setpoint.store.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.filters.RetryFilter;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.jobrunr.storage.sql.sqlite.SqLiteStorageProvider;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;
import org.jspecify.annotations.Nullable;

/**
 * JobRunr on the store's database: its tables ({@code jobrunr_*}) next to Setpoint's, a background
 * job server with the configured number of workers, and the scheduler that enqueues. JobRunr's
 * queue entries carry only the job id; a job that was processing on a server that died is failed as
 * orphaned once that server missed its heartbeats, then retried, which recovers it.
 */
final class JobEngine implements AutoCloseable {

    /** Retries of a job whose run threw (database trouble, an orphaned run); its attempts are counted. */
    private static final int RETRIES = 10;
    /** JobRunr waits seed^retry seconds before a retry; 2 gives 2 s, 4 s, 8 s... */
    private static final int BACKOFF_SEED = 2;

    private static final long ANNOUNCE_WAIT_NANOS = 2_000_000_000L;

    private final StorageProvider storage;
    private final JobRequestScheduler scheduler;
    private final BackgroundJobServer server;
    private final ExecutorService nudger = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "job-nudge");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean nudgePending = new AtomicBoolean();
    private boolean closed;

    /** @param handlers what runs each kind of JobRunr job ({@link RunJob}, {@link RunChunk}) */
    JobEngine(DataSource dataSource, Dialect dialect, List<Object> handlers, JobsSettings settings) {
        Jackson3JsonMapper json = new Jackson3JsonMapper();
        this.storage = dialect == Dialect.POSTGRESQL
                ? new PostgresStorageProvider(dataSource)
                : new SqLiteStorageProvider(dataSource);
        storage.setJobMapper(new JobMapper(json));
        this.scheduler = new JobRequestScheduler(storage);
        JobActivator activator = new JobActivator() {
            @Override
            public <T> @Nullable T activateJob(Class<T> type) {
                return handlers.stream()
                        .filter(type::isInstance)
                        .map(type::cast)
                        .findFirst()
                        .orElse(null);
            }
        };
        this.server = new BackgroundJobServer(
                storage,
                json,
                activator,
                BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration()
                        .andName("setpoint-" + ProcessHandle.current().pid())
                        .andWorkerCount(settings.workers())
                        .andPollInterval(settings.pollInterval()));
        server.setJobFilters(List.of(new RetryFilter(RETRIES, BACKOFF_SEED)));
        server.start();
    }

    /** This server's id, recorded as the worker of the jobs it runs. */
    String serverId() {
        return server.getId().toString();
    }

    /**
     * Queues the job, or gives it to this process's worker pool when JobRunr counts a worker of it idle
     * (a worker then starts it through the store, as a job from the queue).
     */
    void enqueue(UUID jobId) {
        enqueue(jobId, new RunJob(jobId));
    }

    /** As {@link #enqueue(UUID)}, for any of Setpoint's JobRunr jobs under its own id. */
    void enqueue(UUID id, JobRequest request) {
        if (idleWorkers() > 0) {
            handOff(id, request);
        } else {
            scheduler.enqueue(id, request);
            nudge();
        }
    }

    /**
     * Many jobs, each under its own id, in one write: as many as this process has idle workers are
     * handed to them (as {@link #handOff}), the rest queued, and the local steward asked to look at
     * once. Should the write fail, none of them is in JobRunr (the caller's sweep finds them).
     */
    void enqueueAll(Map<UUID, JobRequest> requests) {
        int idle = idleWorkers();
        List<Job> jobs = new ArrayList<>();
        List<Job> handedOff = new ArrayList<>();
        requests.forEach((id, request) -> {
            Job job = new Job(id, new JobDetails(request));
            if (handedOff.size() < idle) {
                job.startProcessingOn(server);
                handedOff.add(job);
            }
            jobs.add(job);
        });
        storage.save(jobs);
        handedOff.forEach(server::processJob);
        if (jobs.size() > handedOff.size()) {
            nudge();
        }
    }

    /** How many workers of this process are not running a job now (none once it stops). */
    int idleWorkers() {
        return server.isRunning()
                ? server.getWorkDistributionStrategy().getWorkerCount()
                        - server.getJobSteward().getOccupiedWorkerCount()
                : 0;
    }

    /**
     * The job skips the queue: it is stored straight away as processing on this server (one write
     * instead of an enqueue, a poll and an update) and given to the worker pool in memory. If the
     * process dies, JobRunr finds it orphaned like any job it was processing and retries it, which
     * recovers it. Should it wait in the pool past the orphan timeout, JobRunr retries it meanwhile,
     * and the attempt guard in the store lets only one attempt record an end.
     */
    void handOff(UUID jobId) {
        handOff(jobId, new RunJob(jobId));
    }

    void handOff(UUID id, JobRequest request) {
        Job job = new Job(id, new JobDetails(request));
        job.startProcessingOn(server);
        storage.save(job);
        server.processJob(job);
    }

    /**
     * Starts JobRunr's background job server again if it stopped while this engine is open, and says
     * whether it did. JobRunr stops it for good when one of its heartbeats fails (SQLite busy past the
     * wait, PostgreSQL restarting), which would leave every later job queued with nothing to run it.
     * Jobs it was running were interrupted; JobRunr finds them orphaned and retries them.
     */
    synchronized boolean restartIfStopped() {
        if (closed || server.isRunning()) {
            return false;
        }
        server.start();
        return true;
    }

    /** Whether JobRunr has the job, in any state. */
    boolean knows(UUID jobId) {
        try {
            storage.getJobById(jobId);
            return true;
        } catch (JobNotFoundException e) {
            return false;
        }
    }

    /**
     * Removes a job from the queue; a server processing it interrupts it at its next poll. A job
     * JobRunr does not have (a batch's item, which its chunk runs) is left alone.
     */
    void delete(UUID jobId) {
        try {
            scheduler.delete(jobId, "cancelled");
        } catch (JobNotFoundException e) {
            // Nothing queued under that id.
        }
    }

    /**
     * JobRunr's workers look for new jobs every poll interval (at least 5 s on SQL databases) and
     * whenever a worker becomes idle. A job enqueued in this process need not wait for the poll:
     * the steward is asked to look now. Workers of other processes still find it at their poll.
     */
    private void nudge() {
        if (server.isRunning() && nudgePending.compareAndSet(false, true)) {
            nudger.execute(() -> {
                nudgePending.set(false);
                server.getJobSteward().run();
            });
        }
    }

    /** Stops the workers; a server stopped before it announced itself would fail its first heartbeat. */
    @Override
    public synchronized void close() {
        closed = true;
        nudger.shutdownNow();
        long deadline = System.nanoTime() + ANNOUNCE_WAIT_NANOS;
        try {
            while (!server.isAnnounced() && server.isRunning() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (server.isRunning()) {
            server.stop();
        }
        storage.close();
    }
}
