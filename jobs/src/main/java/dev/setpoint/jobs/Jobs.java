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
    private final JobService service;

    private Jobs(
            Database database,
            Path dataDir,
            Supplier<TemplateRegistry> templates,
            ExecutorLookup executors,
            JobEstimates estimates,
            JobsSettings settings) {
        JobEvents events = new JobEvents();
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
        this.engine = new JobEngine(database.dataSource(), database.dialect(), new RunJobHandler(worker), settings);
        ref.engine = engine;
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "job-watch");
            thread.setDaemon(true);
            return thread;
        });
        this.service = new JobService(database.jobs(), engine, worker, executors, estimates, events, files, watcher);
        watcher.scheduleWithFixedDelay(
                new StrandedJobs(database.jobs(), engine), 0, StrandedJobs.EVERY.toMillis(), TimeUnit.MILLISECONDS);
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

    @Override
    public void close() {
        watcher.shutdownNow();
        engine.close();
        meter.close();
    }
}
