package dev.setpoint.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Jobs and their run history. Every change of status is one guarded UPDATE, so concurrent workers,
 * a cancel and a recovery cannot finish a job twice: a start takes a new attempt number, and only
 * the attempt that is current may record the job's end.
 */
public interface JobStore {

    /** Stores a new job, queued now. */
    JobRecord create(NewJob job);

    /**
     * Stores a new job that a worker takes at once: queued and started now, in its first attempt on
     * {@code worker}. It saves a job handed to an idle worker the write of its start.
     */
    JobRecord createRunning(NewJob job, String worker);

    /** A job by id, whoever owns it (for workers). */
    Optional<JobRecord> find(UUID id);

    /** A job the viewer owns; empty for anyone else's, so that existence does not leak. */
    Optional<JobRecord> find(Viewer viewer, UUID id);

    /** The viewer's jobs, newest first. */
    Page<JobRecord> list(Viewer viewer, JobQuery query);

    /** The jobs that belong to no user (run by the command line without a server), newest first. */
    Page<JobRecord> listOwnerless(JobQuery query);

    /**
     * Marks a queued job, or one left running by a worker that died, running for a new attempt.
     *
     * @return the job as started, with its new attempt number; empty when it is finished (or
     *     unknown) and must not run
     */
    Optional<JobRecord> start(UUID id, String worker);

    /**
     * Records how {@code end.attempt()} ended (a success with its outputs and metrics, or a failure
     * with its error), and when it started: for a job {@linkplain #createRunning created running},
     * later than it was stored, by the time it took to reach its worker.
     *
     * @return false when that attempt is no longer current
     */
    boolean finish(JobEnd end);

    /** Up to {@code limit} jobs queued for longer than {@code wait} that have not finished, oldest first. */
    List<UUID> unfinishedLongerThan(Duration wait, int limit);

    /** Cancels a job that has not finished; false when it had. */
    boolean cancel(UUID id);

    /**
     * Records what {@code attempt} of a job cancelled while it ran had measured when it stopped (it
     * ran, and used the machine, until then); false when the job is not cancelled or that attempt is
     * not its current one.
     */
    boolean measureCancelled(UUID id, int attempt, Instant startedAt, RunMeasurements measurements);

    /**
     * The latest successful runs of one template version ({@code id@version}), at most {@code latest}
     * of them, oldest first.
     */
    List<SucceededRun> history(String templateRef, int latest);

    /** Every successful run of every template, oldest first. */
    List<SucceededRun> history();
}
