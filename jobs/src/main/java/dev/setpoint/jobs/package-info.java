/**
 * The job engine, in plain Java with no Spring: the record in the store, the queue on JobRunr, the
 * workers, progress and estimates. The server wires it as beans; {@code setpoint run} opens it on the
 * data directory's database. A job runs one point (template, resolved parameters).
 *
 * <p><b>The record</b> is Setpoint's own {@code jobs} table ({@code JobStore}): owner, template ref,
 * quality and level, parameter preset ids and the revisions of every preset used, inputs and resolved
 * parameters, status, the estimate it was given, work units, times (created, queued, started,
 * finished, queue wait, run time), CPU time, peak memory, outputs, a log bounded to its last 64 KiB,
 * error, attempt and worker. Finished runs are the history the estimator reads: only the latest runs
 * the model uses and only the columns it needs. The estimate a job is given comes from one place,
 * {@code RunEstimates} (the template's run history once it has some, else the multipliers), which also
 * answers the server's estimates, apply and the quality preview; it learns through {@code
 * StoredRunHistory}, core's {@code RunHistory} over {@code JobStore.history}, a list of the store's
 * {@code SucceededRun}. Executors come from one place, {@code ExecutorLookup}.
 *
 * <p><b>The queue</b> is JobRunr on the same database and connection pool (its {@code jobrunr_*}
 * tables), configured in code ({@code JobEngine}) rather than through its static facade, so the server
 * and {@code setpoint run} build their own. A JobRunr job carries only Setpoint's job id ({@code
 * RunJob}); {@code RunJobHandler} hands it to {@code JobWorker}. {@code Jobs} assembles the engine;
 * both adapters use it through {@code JobService} (submit, get, list, cancel, follow, outputs).
 *
 * <p><b>Exactly once.</b> Every change of status is one guarded {@code UPDATE}: a start takes the next
 * attempt number ({@code ... SET status='running', attempt=attempt+1 WHERE id=:id AND status IN
 * ('queued','running') RETURNING *}), and an end is recorded only for the current attempt of a running
 * job. A finished or cancelled job never starts again; an attempt that was superseded or cancelled
 * cannot record an end. A run that fails is a failed job (JobRunr is not asked to retry it); only
 * errors of the machinery (the database) make JobRunr retry, and a retry is just a new attempt. An
 * interrupt (a cancel, a graceful stop) is never a failure: a stop leaves the job running for the next
 * start ({@code GracefulStopTest}).
 *
 * <p><b>Recovery.</b> JobRunr's servers heartbeat every poll interval (5 s) and the master fails a job
 * whose server missed four heartbeats (20 s) as orphaned, then retries it; the retry starts attempt 2
 * on our record ({@code RecoveryTest} kills a child JVM mid-job). Before its workers start, the engine
 * kills the commands a killed process left running ({@code ProcessRecord.endOrphans}), so no retry
 * runs beside its first attempt's orphans. A submit stores our record, then gives the job to JobRunr;
 * a process that dies between the two would leave a job JobRunr never heard of: {@code StrandedJobs}
 * looks for those at start and every minute and enqueues them again. JobRunr stops its background
 * server for good when a heartbeat fails (the database busy past the wait, PostgreSQL restarting);
 * every poll interval the engine starts it again ({@code JobEngine.restartIfStopped}), and jobs handed
 * off to the stopped pool are dropped from their reservations ({@code JobWorker.forgetHandOffs})
 * ({@code HandOffTest}, {@code BusyDatabaseTest}, {@code PostgresOutageTest}).
 *
 * <p><b>Cancel</b> marks the record cancelled first, then interrupts the worker thread if the job runs
 * in this process (executors kill their process trees on interrupt); otherwise it deletes the JobRunr
 * job, so a queued job is never fetched and a process running it elsewhere interrupts it at its next
 * poll. The interrupted worker records what the run measured until then. The directory ({@code
 * <data-dir>/jobs/<id>/}) of a job that ends cancelled or failed is removed with its partial files.
 * <b>Progress</b> goes from the executor's {@code ProgressSink} to {@code JobEvents}, an in-process
 * hub that keeps each running job's latest event; {@code JobService.follow} sends the current state
 * first, then the events, and re-reads the record every 500 ms while the job is not running in this
 * process.
 *
 * <p><b>Batches</b> ({@code BatchService}, from {@code Jobs.batches()}) are many jobs submitted as one:
 * every item is prepared as a single job is ({@code JobPreparation}, shared with {@code
 * JobService.submit}), any item's problems make the whole batch INVALID, each pointing where the item
 * wrote what is wrong ({@code /items/N/inputs/steps}, {@code ItemPointers}, for the server and the
 * command line alike), and a valid batch is stored with all its jobs in one transaction ({@code BatchStore.create}, a JDBC batch
 * insert). Items run in <b>chunks</b>: consecutive items, at most {@code CHUNK_ITEMS} and {@code
 * CHUNK_SECONDS} of estimated work (a slow item is a chunk of its own, so a comparison's levels run in
 * parallel), one JobRunr job each ({@code RunChunk}, carrying only the chunk id, which is also its
 * JobRunr id), all given to JobRunr in one write. {@code ChunkWorker} claims the chunk's unfinished
 * items in one guarded UPDATE with a new attempt (an item that ended or was cancelled is never claimed
 * again), runs each through {@code JobWorker.attempt} (progress events, measurements and metrics as
 * for a single job), and records the ends a group to a transaction, when the group is big or {@code
 * FLUSH_MILLIS} after its first end. An end refused by the guard (a cancel elsewhere, a retry that
 * claimed the chunk again) makes the chunk read each later item before running it. <b>Recovery</b>:
 * a process that dies mid-batch leaves its chunk processing in JobRunr, which finds it orphaned and
 * retries it; the retry claims only the unfinished items ({@code BatchRecoveryTest}). {@code
 * StrandedJobs} enqueues, by chunk id, a chunk with an unfinished item that JobRunr never received,
 * and never enqueues a batch's item as a single job. <b>Cancel</b> of a batch marks every unfinished
 * item cancelled in one UPDATE, interrupts the current item of a chunk running here and starts no more
 * of it, and deletes the other chunks from JobRunr (a process running one interrupts it at its next
 * poll). {@code BatchService.follow} re-reads the batch's counts when a chunk here records ends, and
 * every 500 ms for chunks running elsewhere.
 *
 * <p><b>Studies</b> ({@code StudyService}, from {@code Jobs.studies(TrialRequests)}) run a search space
 * (the merge of parameter presets, less the fixed inputs) trial by trial, each trial one point as an
 * ordinary single job: its inputs are the fixed ones (with one seed for all trials unless the space
 * varies it) and the whole point, made into a request by the caller's {@code TrialRequests} and prepared
 * as {@code JobService.submit} prepares a job, then stored with its trial in one transaction ({@code
 * StudyStore.addTrial}) and queued; a point that cannot become a job is a trial that failed with the
 * reason. A study is checked whole by core's {@code StudyChecks} before anything is stored, and its
 * spec ({@code StoredStudy}: the request normalised, the space in its order, the seed, the warnings)
 * is all a process needs to resume it. {@code StudyDriver.advance} is idempotent and reads everything
 * from the store (core's strategies keep no state: the same history gives the same point): it ends a
 * study whose wall time is up (cancelling its unfinished trials' jobs in the same transaction) or whose
 * template cannot run any more, and otherwise keeps {@code parallelism} trials in flight until the
 * budget's trials are used or the strategy has no point left. It runs on submit, when a trial's job ends
 * here ({@code TrialJobs} follows it through {@code JobEvents}), and every second for every running
 * study, which resumes a stopped process's studies and sees the ends of jobs run elsewhere; the key
 * (study, trial index) keeps two processes from adding one trial twice ({@code StudyRecoveryTest}).
 * Documents are core's {@code StudyDocument}, scored by {@code StudyAnalysis} ({@code StudyDocuments});
 * followers get one on every trial added or ended and every change of status ({@code StudyFollowers}).
 *
 * <p><b>Latency.</b> JobRunr looks for work every poll interval and when a worker becomes idle. A job
 * submitted while a worker of this process is idle skips the queue ({@code JobService.handOff}): the
 * submit reserves that worker, stores the record already running in attempt 1, stores the job in
 * JobRunr as processing on this server and gives it to the worker in memory. When every local worker
 * is busy, the job is enqueued and the local steward is asked to look at once ({@code
 * JobEngine.nudge}). Figures: docs/PERFORMANCE.md.
 */
@NullMarked
package dev.setpoint.jobs;

import org.jspecify.annotations.NullMarked;
