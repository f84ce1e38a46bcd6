package dev.setpoint.jobs;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.store.BatchRecord;
import dev.setpoint.store.BatchStore;
import dev.setpoint.store.JobEstimate;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import dev.setpoint.store.NewBatch;
import dev.setpoint.store.NewJob;
import dev.setpoint.store.Page;
import dev.setpoint.store.Viewer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submitting, reading, following and cancelling batches: many jobs as one. Every item is prepared as
 * a single job is ({@link JobPreparation}) before anything is stored, and any item's problems make
 * the whole batch invalid; a valid batch is stored with all its jobs in one transaction, then its
 * chunks are queued. A chunk is consecutive items, at most {@value #CHUNK_ITEMS} of them and at most
 * {@value #CHUNK_SECONDS} s of estimated work (an item that alone takes longer is a chunk of its own),
 * run by one JobRunr job ({@link ChunkWorker}): slow items still run in parallel on the workers, and
 * thousands of quick ones do not each pay for a JobRunr job.
 */
public final class BatchService {

    /** The most items a batch may have. */
    public static final int MAX_ITEMS = 10_000;

    static final int CHUNK_ITEMS = 250;
    static final double CHUNK_SECONDS = 1.0;

    private static final Logger LOG = LoggerFactory.getLogger(BatchService.class);

    private final BatchStore store;
    private final JobEngine engine;
    private final JobPreparation preparation;
    private final JobEstimates estimates;
    private final ChunkWorker chunks;
    private final JobEvents events;
    private final BatchEvents changes;
    private final ScheduledExecutorService watcher;

    BatchService(
            BatchStore store,
            JobEngine engine,
            JobPreparation preparation,
            JobEstimates estimates,
            ChunkWorker chunks,
            JobEvents events,
            BatchEvents changes,
            ScheduledExecutorService watcher) {
        this.store = store;
        this.engine = engine;
        this.preparation = preparation;
        this.estimates = estimates;
        this.chunks = chunks;
        this.events = events;
        this.changes = changes;
        this.watcher = watcher;
    }

    /**
     * @param ownerId the submitting user; {@code null} for the command line without a server
     * @throws SetpointException INVALID with every item's problems where the item wrote what is wrong
     *     ({@code /items/N/inputs/steps}, see {@link ItemPointers}), or at
     *     {@code /items} for a batch with no items or more than {@value #MAX_ITEMS}; nothing is stored
     */
    public BatchRecord submit(@Nullable Long ownerId, BatchSubmission batch) {
        int count = batch.items().size();
        if (count == 0 || count > MAX_ITEMS) {
            throw SetpointException.invalid("/items", "a batch has 1 to " + MAX_ITEMS + " items, not " + count);
        }
        List<NewJob> jobs = new ArrayList<>(count);
        JobEstimates sameWorkSameEstimate = memoized(estimates);
        eachItem(batch, item -> jobs.add(preparation.prepare(ownerId, item, sameWorkSameEstimate)));
        List<UUID> chunkIds = chunks(jobs);
        BatchRecord stored = store.create(
                new NewBatch(UUID.randomUUID(), ownerId, batch.name(), batch.kind(), batch.spec(), jobs, chunkIds));
        enqueue(new LinkedHashSet<>(chunkIds));
        return stored;
    }

    /**
     * Refuses, before a database or a worker is started, a batch whose items {@link #submit} would
     * refuse for their inputs, presets or a template that cannot run here, with the same pointers
     * (a worker stopped while it is still starting would leave its errors on the console).
     *
     * @throws SetpointException INVALID, INCOMPATIBLE or CONFLICT, every item's problems at once
     */
    public static void check(BatchSubmission batch, ExecutorLookup executors) {
        Resolver resolver = new Resolver();
        eachItem(
                batch,
                item -> executors.executorFor(resolver.apply(item.request()).template()));
    }

    /** Does {@code action} for every item, then throws the problems of all that failed, each under its item. */
    private static void eachItem(BatchSubmission batch, Consumer<JobSubmission> action) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < batch.items().size(); i++) {
            JobSubmission item = batch.items().get(i);
            try {
                action.accept(item);
            } catch (SetpointException e) {
                String at = Pointer.of("items", String.valueOf(i));
                for (Problem problem : e.problems()) {
                    problems.add(ItemPointers.of(at, item.request().template(), problem));
                }
            }
        }
        SetpointException.throwIfAny(problems);
    }

    /**
     * An estimate depends only on the template, the quality and the work, and many items of a batch
     * share all three: each is worked out once per batch, not once per item (history reads).
     */
    private static JobEstimates memoized(JobEstimates estimates) {
        record Key(String templateRef, ResolvedQuality quality, double workUnits) {}
        Map<Key, JobEstimate> known = new HashMap<>();
        return (template, quality, executor, workUnits) -> known.computeIfAbsent(
                new Key(template.ref(), quality, workUnits),
                key -> estimates.estimate(template, quality, executor, workUnits));
    }

    /** The chunk of each item: consecutive items up to the bounds on count and on estimated seconds. */
    static List<UUID> chunks(List<NewJob> jobs) {
        List<UUID> chunkIds = new ArrayList<>(jobs.size());
        UUID chunk = null;
        int items = 0;
        double seconds = 0;
        for (NewJob job : jobs) {
            double estimate = job.estimate().seconds();
            if (chunk == null || items == CHUNK_ITEMS || seconds + estimate > CHUNK_SECONDS) {
                chunk = UUID.randomUUID();
                items = 0;
                seconds = 0;
            }
            chunkIds.add(chunk);
            items++;
            seconds += estimate;
        }
        return chunkIds;
    }

    /**
     * Idle workers of this process take chunks at once, the rest wait in JobRunr's queue, all stored in
     * JobRunr in one write. Should the process die before, {@link StrandedJobs} queues them.
     */
    private void enqueue(Set<UUID> chunkIds) {
        Map<UUID, JobRequest> requests = new LinkedHashMap<>();
        for (UUID chunk : chunkIds) {
            requests.put(chunk, new RunChunk(chunk));
        }
        engine.enqueueAll(requests);
    }

    /** The viewer's batch; NOT_FOUND for anyone else's. */
    public BatchRecord get(Viewer viewer, UUID id) {
        return store.find(viewer, id).orElseThrow(() -> notFound(id));
    }

    /** A batch whoever owns it, for the command line on its own database. */
    public BatchRecord get(UUID id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    /** The viewer's batches, newest first. */
    public Page<BatchRecord> list(Viewer viewer, int offset, int limit) {
        return store.list(viewer, offset, limit);
    }

    /** The batches of no user (the command line's own), newest first. */
    public Page<BatchRecord> listOwnerless(int offset, int limit) {
        return store.listOwnerless(offset, limit);
    }

    /** The batch's jobs in item order. */
    public List<JobRecord> jobs(BatchRecord batch) {
        return store.jobs(batch.id());
    }

    /** Cancels what has not finished of the viewer's batch. */
    public BatchRecord cancel(Viewer viewer, UUID id) {
        return cancel(get(viewer, id));
    }

    /**
     * Cancels what has not finished of a batch, whoever owns it: every unfinished item is marked
     * cancelled in one UPDATE; a chunk running here stops (its current item interrupted); a chunk
     * queued or running elsewhere is deleted from JobRunr, and a process running it interrupts it at
     * its next poll. A batch that has ended is left as it is.
     */
    public BatchRecord cancel(BatchRecord batch) {
        List<BatchStore.CancelledItem> cancelled = store.cancel(batch.id());
        Set<UUID> chunkIds = new LinkedHashSet<>();
        for (BatchStore.CancelledItem item : cancelled) {
            chunkIds.add(item.chunkId());
        }
        for (UUID chunk : chunkIds) {
            if (!chunks.cancel(chunk)) {
                engine.delete(chunk);
            }
        }
        for (BatchStore.CancelledItem item : cancelled) {
            events.publish(events.endedAt(item.jobId(), JobStatus.CANCELLED));
        }
        changes.changed(batch.id());
        return get(batch.id());
    }

    /**
     * Follows a batch: {@code onChange} gets its record now, then again whenever its counts or measured
     * time change (at once for items that end in this process, else within {@value
     * JobService#WATCH_MILLIS} ms), and last when every item has ended. Close the handle to stop early.
     */
    public AutoCloseable follow(BatchRecord batch, Consumer<BatchRecord> onChange) {
        Follower follower = new Follower(batch.id(), onChange);
        Runnable stopListening = changes.listen(batch.id(), follower::wake);
        follower.read();
        ScheduledFuture<?> watch = watcher.scheduleWithFixedDelay(
                follower::read, JobService.WATCH_MILLIS, JobService.WATCH_MILLIS, TimeUnit.MILLISECONDS);
        return () -> {
            watch.cancel(false);
            stopListening.run();
        };
    }

    /** Reads the batch when told it changed, and passes on each new state until it has ended. */
    private final class Follower {
        private final UUID id;
        private final Consumer<BatchRecord> target;
        private final AtomicBoolean pending = new AtomicBoolean();
        private @Nullable BatchRecord last;
        private boolean done;

        Follower(UUID id, Consumer<BatchRecord> target) {
            this.id = id;
            this.target = target;
        }

        /** Coalesces the changes of many ends into one read on the watcher's thread. */
        void wake() {
            if (pending.compareAndSet(false, true)) {
                watcher.execute(() -> {
                    pending.set(false);
                    read();
                });
            }
        }

        synchronized void read() {
            if (done) {
                return;
            }
            BatchRecord now;
            try {
                now = store.find(id).orElse(null);
            } catch (RuntimeException e) {
                // On the watcher's thread (the database busy): the next read tries again.
                LOG.debug("reading batch {} for its followers: {}", id, e.toString());
                return;
            }
            if (now == null || now.equals(last)) {
                done = now == null;
                return;
            }
            last = now;
            done = now.ended();
            try {
                target.accept(now);
            } catch (RuntimeException e) {
                // Its client gone: it is not called again, and the batch runs on.
                done = true;
                LOG.debug("dropped a follower of batch {}: {}", id, e.toString());
            }
        }
    }

    private static SetpointException notFound(UUID id) {
        return SetpointException.notFound("id", "no batch " + id);
    }
}
