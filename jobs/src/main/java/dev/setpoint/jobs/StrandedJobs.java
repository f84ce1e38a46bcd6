package dev.setpoint.jobs;

import dev.setpoint.store.BatchStore;
import dev.setpoint.store.JobStore;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds unfinished jobs that JobRunr never received and enqueues them. A submit stores the job
 * (queued, or running when it is handed straight to an idle worker), then gives it to JobRunr; a
 * process that dies between the two, or a JobRunr insert that fails, leaves a job that nothing would
 * ever run. Run at start and every {@link #EVERY}: the oldest {@value #BATCH} unfinished jobs queued
 * for longer than {@link #STRANDED_AFTER} that JobRunr does not know are enqueued again; a worker
 * then starts them in a new attempt. A submit takes milliseconds, so a minute leaves no doubt that it
 * was interrupted. A batch's items are looked for by chunk: a chunk with an unfinished item that
 * JobRunr does not know is enqueued again under its id, and an item is never enqueued as a single job.
 */
final class StrandedJobs implements Runnable {

    static final Duration STRANDED_AFTER = Duration.ofMinutes(1);
    static final Duration EVERY = Duration.ofMinutes(1);
    private static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(StrandedJobs.class);

    private final JobStore store;
    private final BatchStore batches;
    private final JobEngine engine;

    StrandedJobs(JobStore store, BatchStore batches, JobEngine engine) {
        this.store = store;
        this.batches = batches;
        this.engine = engine;
    }

    @Override
    public void run() {
        try {
            for (UUID id : store.unfinishedLongerThan(STRANDED_AFTER, BATCH)) {
                if (!engine.knows(id)) {
                    LOG.warn("job {} was stored but never reached the queue; queueing it now", id);
                    engine.enqueue(id);
                }
            }
            for (UUID chunk : batches.unfinishedChunksLongerThan(STRANDED_AFTER, BATCH)) {
                if (!engine.knows(chunk)) {
                    LOG.warn("chunk {} of a batch was stored but never reached the queue; queueing it now", chunk);
                    engine.enqueue(chunk, new RunChunk(chunk));
                }
            }
        } catch (RuntimeException e) {
            // Scheduled: a run that throws would cancel every later one.
            LOG.warn("looking for jobs that never reached the queue failed: {}", e.toString());
        }
    }
}
