package dev.setpoint.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Batches: many jobs stored at once, each item a job of its own with its place in the batch and the
 * chunk that runs it. A chunk's worker claims the chunk's unfinished items in one guarded UPDATE and
 * records their ends many to a transaction, with the same guards as single jobs ({@link JobStore}): a
 * claim takes a new attempt, only the current attempt of a running item records an end, and an
 * item that ended or was cancelled is never claimed again.
 */
public interface BatchStore {

    /** Stores the batch and all its jobs, queued now, in one transaction: all of them or nothing. */
    BatchRecord create(NewBatch batch);

    /** A batch by id, whoever owns it. */
    Optional<BatchRecord> find(UUID id);

    /** A batch the viewer owns; empty for anyone else's. */
    Optional<BatchRecord> find(Viewer viewer, UUID id);

    /** The viewer's batches, newest first. */
    Page<BatchRecord> list(Viewer viewer, int offset, int limit);

    /** The batches that belong to no user (the command line without a server), newest first. */
    Page<BatchRecord> listOwnerless(int offset, int limit);

    /** The batch's jobs in item order. */
    List<JobRecord> jobs(UUID batchId);

    /** Cancels every item of the batch that has not finished, in one UPDATE; the items it cancelled. */
    List<CancelledItem> cancel(UUID batchId);

    /** An item a batch's cancel ended, and the chunk it belonged to. */
    record CancelledItem(UUID jobId, UUID chunkId) {}

    /**
     * Marks every unfinished item of the chunk running on {@code worker} in a new attempt, as {@link
     * JobStore#start} does for one job; empty when none is left to run.
     */
    Optional<ClaimedChunk> claim(UUID chunkId, String worker);

    /** A chunk's items as claimed, in item order, and their batch. */
    record ClaimedChunk(UUID batchId, List<JobRecord> items) {
        public ClaimedChunk {
            items = List.copyOf(items);
        }
    }

    /**
     * Records many ends in one transaction, each guarded as {@link JobStore#succeed} is.
     *
     * @return the ends recorded; the others' attempts were no longer current (cancelled, superseded)
     */
    List<JobEnd> finish(List<JobEnd> ends);

    /**
     * Up to {@code limit} chunks with an item queued for longer than {@code wait} that has not
     * finished, oldest first: what a sweep checks JobRunr has.
     */
    List<UUID> unfinishedChunksLongerThan(Duration wait, int limit);
}
