package dev.setpoint.jobs;

import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.store.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs feature on one database, with its workers running in this process: what the server
 * wires as a bean and {@code setpoint run} opens on the embedded database. Closing stops the
 * workers; a job they were running stays {@code running} and is recovered by the next start, as is
 * a job that was stored but never reached JobRunr ({@link StrandedJobs}).
 */
public final class Jobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    private final Meter meter;
    private final JobEngine engine;
    private final ScheduledExecutorService watcher;
    private final ScheduledExecutorService flusher;
    private final JobService service;
    private final BatchService batches;
    private final Database database;
    private final Supplier<TemplateRegistry> templates;
    private final ExecutorLookup executors;
    private final JobEstimates estimates;
    private final JobPreparation preparation;
    private final JobEvents events;
    private @Nullable StudyService studies;

    private Jobs(
            Database database,
            Path dataDir,
            Supplier<TemplateRegistry> templates,
            ExecutorLookup executors,
            JobEstimates estimates,
            JobsSettings settings) {
        this.database = database;
        this.templates = templates;
        this.executors = executors;
        this.estimates = estimates;
        this.events = new JobEvents();
        JobFiles files = new JobFiles(dataDir);
        // Before JobRunr's background server exists: no recovered job may start beside an orphan.
        List<Long> orphans = files.endOrphans();
        if (!orphans.isEmpty()) {
            LOG.warn("killed the commands {} that a server killed outright had left running", orphans);
        }
        this.meter = new Meter();
        EngineRef ref = new EngineRef();
        JobWorker worker = new JobWorker(
                database.jobs(),
                templates,
                executors,
                files,
                events,
                meter,
                () -> ref.engine.serverId(),
                System::nanoTime);
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "job-watch");
            thread.setDaemon(true);
            return thread;
        });
        BatchEvents changes = new BatchEvents();
        // Its own thread, stopped after the workers, so that a chunk stopping with them can still record.
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "chunk-flush");
            thread.setDaemon(true);
            return thread;
        });
        ChunkWorker chunks = new ChunkWorker(
                database.batches(),
                database.jobs(),
                worker,
                changes,
                () -> ref.engine.serverId(),
                System::nanoTime,
                flusher);
        this.engine = new JobEngine(
                database.dataSource(),
                database.dialect(),
                List.of(new RunJobHandler(worker), new RunChunkHandler(chunks)),
                settings);
        ref.engine = engine;
        this.preparation = new JobPreparation(executors, files);
        this.service =
                new JobService(database.jobs(), engine, worker, chunks, preparation, estimates, events, files, watcher);
        this.batches =
                new BatchService(database.batches(), engine, preparation, estimates, chunks, events, changes, watcher);
        watcher.scheduleWithFixedDelay(
                new StrandedJobs(database.jobs(), database.batches(), engine),
                0,
                StrandedJobs.EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        watcher.scheduleWithFixedDelay(
                () -> keepRunning(engine, worker),
                settings.pollInterval().toMillis(),
                settings.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** See {@link JobEngine#restartIfStopped}; checked every poll interval. */
    private static void keepRunning(JobEngine engine, JobWorker worker) {
        try {
            if (engine.restartIfStopped()) {
                worker.forgetHandOffs();
                LOG.warn("JobRunr's background job server had stopped after a database error; started it again");
            }
        } catch (RuntimeException e) {
            // Scheduled: a run that throws would cancel every later one. The next check tries again.
            LOG.warn("starting JobRunr's background job server again failed: {}", e.toString());
        }
    }

    /** The worker needs the engine's server id, and the engine needs the worker. */
    private static final class EngineRef {
        volatile @Nullable JobEngine engine;
    }

    /**
     * Starts the workers (JobRunr's background job server) on the database's own connections.
     *
     * @param dataDir jobs write their outputs under {@code <dataDir>/jobs/<job-id>/}
     * @param templates the current templates (they may change while the process runs)
     */
    public static Jobs start(
            Database database,
            Path dataDir,
            Supplier<TemplateRegistry> templates,
            ExecutorLookup executors,
            JobEstimates estimates,
            JobsSettings settings) {
        return new Jobs(database, dataDir, templates, executors, estimates, settings);
    }

    public JobService service() {
        return service;
    }

    /** Batches of jobs: submitted, followed and cancelled as one. */
    public BatchService batches() {
        return batches;
    }

    /**
     * Tuning studies, whose trials run as jobs here. The first call makes the service and starts
     * advancing the running studies every {@link StudyDriver#TICK}, which resumes those a stopped
     * process left; later calls return it as it is.
     *
     * @param requests how a trial's request is made where the studies run
     */
    public synchronized StudyService studies(TrialRequests requests) {
        if (studies == null) {
            studies = startStudies(requests);
        }
        return studies;
    }

    private StudyService startStudies(TrialRequests requests) {
        TrialJobs trials = new TrialJobs(preparation, estimates, engine, service, events);
        StudyDocuments documents = new StudyDocuments(database.clock());
        StudyReader reader = new StudyReader(database.studies(), documents);
        StudyFollowers followers = new StudyFollowers(reader::read, watcher);
        StudyDriver driver = new StudyDriver(
                database.studies(),
                trials,
                templates,
                executors,
                requests,
                database.clock(),
                watcher,
                followers::changed);
        watcher.scheduleWithFixedDelay(
                () -> {
                    driver.tick();
                    followers.changedAll();
                },
                0,
                StudyDriver.TICK.toMillis(),
                TimeUnit.MILLISECONDS);
        return new StudyService(database.studies(), database.presets(), executors, driver, reader, followers);
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        engine.close();
        flusher.shutdownNow();
        meter.close();
    }
}
