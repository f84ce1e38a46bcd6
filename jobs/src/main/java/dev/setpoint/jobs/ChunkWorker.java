package dev.setpoint.jobs;

import dev.setpoint.store.BatchStore;
import dev.setpoint.store.BatchStore.ClaimedChunk;
import dev.setpoint.store.JobEnd;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import dev.setpoint.store.JobStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a batch's chunk on the calling (JobRunr worker) thread: claims the chunk's unfinished items in
 * a new attempt (one guarded UPDATE; an item that ended or was cancelled is never claimed), runs them
 * one after another through {@link JobWorker#attempt}, and records their ends a group to a
 * transaction: when {@value #FLUSH_ENDS} have gathered, or {@value #FLUSH_MILLIS} ms after the first
 * of them (on the flusher's thread, should the next item take long), so that followers see progress
 * and a cancel does not find ended items unrecorded. An end
 * that is refused means its item is no longer this attempt's (a cancel elsewhere, or a retry that
 * claimed the chunk again), so from then on every item is read again before it runs.
 */
final class ChunkWorker {

    static final int FLUSH_ENDS = 250;
    static final long FLUSH_MILLIS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(ChunkWorker.class);

    private final BatchStore batches;
    private final JobStore jobs;
    private final JobWorker worker;
    private final BatchEvents changes;
    private final Supplier<String> workerId;
    private final LongSupplier nanoTime;
    private final ScheduledExecutorService flusher;
    private final Map<UUID, RunningChunk> running = new ConcurrentHashMap<>();

    ChunkWorker(
            BatchStore batches,
            JobStore jobs,
            JobWorker worker,
            BatchEvents changes,
            Supplier<String> workerId,
            LongSupplier nanoTime,
            ScheduledExecutorService flusher) {
        this.batches = batches;
        this.jobs = jobs;
        this.worker = worker;
        this.changes = changes;
        this.workerId = workerId;
        this.nanoTime = nanoTime;
        this.flusher = flusher;
    }

    void run(UUID chunkId) throws InterruptedException {
        Optional<ClaimedChunk> claimed = batches.claim(chunkId, workerId.get());
        if (claimed.isEmpty()) {
            return;
        }
        long claimedNanos = nanoTime.getAsLong();
        List<JobRecord> items = claimed.get().items();
        RunningChunk chunk = new RunningChunk(items.stream().map(JobRecord::id).toList());
        Ends ends = new Ends(claimed.get().batchId());
        running.put(chunkId, chunk);
        try {
            for (JobRecord item : items) {
                Next next = chunk.next(item.id());
                if (next == Next.STOP) {
                    break;
                }
                if (next == Next.RUN && (!ends.refused() || stillOurs(item))) {
                    // The claim stored when the chunk started; an item starts when its turn comes.
                    Instant startedAt = item.startedAt().plusNanos(nanoTime.getAsLong() - claimedNanos);
                    runItem(chunk, item, startedAt, ends);
                }
            }
            ends.flush();
        } catch (InterruptedException | RuntimeException e) {
            // The ends gathered so far are real: keep them, then let JobRunr retry or stop.
            ends.flush();
            throw e;
        } finally {
            running.remove(chunkId);
        }
    }

    private void runItem(RunningChunk chunk, JobRecord item, Instant startedAt, Ends ends) throws InterruptedException {
        try {
            Optional<JobEnd> end = worker.attempt(item, startedAt);
            if (end.isPresent()) {
                ends.add(end.get());
            } else {
                // Cancelled (its end is recorded). An I/O error may have left the thread interrupted.
                Thread.interrupted();
            }
        } finally {
            chunk.done(item.id());
        }
    }

    /** Whether the item is still running in the attempt this chunk claimed. */
    private boolean stillOurs(JobRecord item) {
        return jobs.find(item.id())
                .filter(j -> j.status() == JobStatus.RUNNING && j.attempt() == item.attempt())
                .isPresent();
    }

    /**
     * A batch's cancel, for the chunks that run here: the current item is interrupted and the rest
     * are not started (the cancel ended them in the store).
     *
     * @return whether the chunk runs here
     */
    boolean cancel(UUID chunkId) {
        RunningChunk chunk = running.get(chunkId);
        if (chunk == null) {
            return false;
        }
        chunk.cancel();
        return true;
    }

    /**
     * One item's cancel: stopped, or never started, if its chunk runs here.
     *
     * @return whether its chunk runs here
     */
    boolean cancelItem(UUID jobId) {
        for (RunningChunk chunk : running.values()) {
            if (chunk.items.contains(jobId)) {
                chunk.skip(jobId);
                return true;
            }
        }
        return false;
    }

    private enum Next {
        RUN,
        SKIP,
        STOP
    }

    /** A chunk running here: which item is current, and what was cancelled. */
    private final class RunningChunk {
        final Set<UUID> items;
        private final Set<UUID> skipped = ConcurrentHashMap.newKeySet();
        private boolean cancelled;
        private @Nullable UUID current;

        RunningChunk(List<UUID> items) {
            this.items = Set.copyOf(items);
        }

        synchronized Next next(UUID id) {
            if (cancelled) {
                return Next.STOP;
            }
            if (skipped.contains(id)) {
                return Next.SKIP;
            }
            current = id;
            return Next.RUN;
        }

        synchronized void done(UUID id) {
            current = null;
            worker.forgetCancel(id);
        }

        synchronized void cancel() {
            cancelled = true;
            if (current != null) {
                worker.cancelRun(current);
            }
        }

        synchronized void skip(UUID id) {
            skipped.add(id);
            if (id.equals(current)) {
                worker.cancelRun(id);
            }
        }
    }

    /** The ends not yet recorded; the chunk's thread adds them, and either it or the flusher records them. */
    private final class Ends {
        private final UUID batchId;
        private final List<JobEnd> pending = new ArrayList<>();
        private @Nullable ScheduledFuture<?> due;
        private boolean refused;

        Ends(UUID batchId) {
            this.batchId = batchId;
        }

        /**
         * An end that took longer than {@value #FLUSH_MILLIS} ms is recorded at once: its followers
         * have waited long enough, and should it be refused, the chunk learns before its next item.
         */
        synchronized void add(JobEnd end) {
            pending.add(end);
            if (pending.size() >= FLUSH_ENDS || end.measurements().runSeconds() * 1000 >= FLUSH_MILLIS) {
                flush();
            } else if (due == null) {
                due = flusher.schedule(this::flushLogged, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
            }
        }

        synchronized boolean refused() {
            return refused;
        }

        /** On the flusher's thread; what is not recorded stays for the chunk's own next flush. */
        private void flushLogged() {
            try {
                flush();
            } catch (RuntimeException e) {
                LOG.debug("recording the ends of batch {} failed; the chunk tries again: {}", batchId, e.toString());
            }
        }

        synchronized void flush() {
            if (due != null) {
                due.cancel(false);
                due = null;
            }
            if (pending.isEmpty()) {
                return;
            }
            List<JobEnd> recorded = batches.finish(pending);
            refused |= recorded.size() < pending.size();
            pending.clear();
            recorded.forEach(worker::ended);
            changes.changed(batchId);
        }
    }
}
