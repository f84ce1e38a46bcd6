package dev.setpoint.jobs;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.study.Budget;
import dev.setpoint.core.study.ScoredTrial;
import dev.setpoint.core.study.Scoring;
import dev.setpoint.core.study.Strategy;
import dev.setpoint.core.study.StudyStatus;
import dev.setpoint.core.study.TrialRecord;
import dev.setpoint.core.study.TrialStatus;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.NewJob;
import dev.setpoint.store.NewTrial;
import dev.setpoint.store.StudyRecord;
import dev.setpoint.store.StudyStore;
import dev.setpoint.store.StudyTrialRow;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs studies: {@link #advance} keeps a study's {@code parallelism} trials in flight until its budget's
 * trials or time are used or its strategy has no point left, then ends it. Advancing is idempotent and
 * reads everything it decides on from the store (a strategy keeps no state), so it is simply called
 * again: on submit, when a trial's job ends in this process ({@link JobEvents}), and every {@link
 * #TICK} for every running study, which also resumes the studies of a process that stopped and sees
 * the ends of jobs run elsewhere. Advances run one at a time in this process; the store refuses a trial
 * index taken already, so two processes cannot both add it.
 */
final class StudyDriver {

    /** How often every running study is advanced, and its followers told of changes made elsewhere. */
    static final Duration TICK = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(StudyDriver.class);

    private final StudyStore store;
    private final TrialJobs jobs;
    private final Supplier<TemplateRegistry> templates;
    private final ExecutorLookup executors;
    private final TrialRequests requests;
    private final Clock clock;
    private final ScheduledExecutorService watcher;
    private final Consumer<UUID> changed;
    private final Set<UUID> pending = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();

    StudyDriver(
            StudyStore store,
            TrialJobs jobs,
            Supplier<TemplateRegistry> templates,
            ExecutorLookup executors,
            TrialRequests requests,
            Clock clock,
            ScheduledExecutorService watcher,
            Consumer<UUID> changed) {
        this.store = store;
        this.jobs = jobs;
        this.templates = templates;
        this.executors = executors;
        this.requests = requests;
        this.clock = clock;
        this.watcher = watcher;
        this.changed = changed;
    }

    /** Advances every running study; scheduled, so it never throws. */
    void tick() {
        try {
            for (StudyRecord study : store.running()) {
                advanceOrLeave(study.id());
            }
        } catch (RuntimeException e) {
            // The database busy: the next tick tries again.
            LOG.warn("advancing the running studies failed: {}", e.toString());
        }
    }

    /** Advances the study soon on the watcher's thread; many wakes before it runs make one advance. */
    void wake(UUID id) {
        if (pending.add(id)) {
            try {
                watcher.execute(() -> {
                    pending.remove(id);
                    advanceOrLeave(id);
                });
            } catch (RejectedExecutionException e) {
                // Closing: the next start resumes the study.
                pending.remove(id);
            }
        }
    }

    /** Advances the study, or leaves it to the next tick when the database fails now. */
    void advanceOrLeave(UUID id) {
        try {
            advance(id);
        } catch (RuntimeException e) {
            LOG.warn("advancing study {} failed; the next tick tries again: {}", id, e.toString());
        }
    }

    /**
     * Brings the study to where its budget and strategy say it should be: ended when its time is up,
     * its template cannot run any more, or nothing is left to run; else with as many trials in flight
     * as its parallelism allows, while its budget has trials left and its strategy points.
     */
    void advance(UUID id) {
        synchronized (lock) {
            StudyRecord study = store.find(id).orElse(null);
            if (study == null || study.status() != StudyStatus.RUNNING) {
                return;
            }
            StoredStudy stored = StoredStudy.of(study.spec());
            List<StudyTrialRow> rows = store.trials(id);
            List<TrialRecord> trials = new ArrayList<>(StudyDocuments.trials(stored, rows));
            long inFlight = follow(id, rows);
            Budget budget = stored.spec().budget();
            if (budget.maxTime() != null
                    && !clock.instant().isBefore(study.startedAt().plus(budget.maxTime()))) {
                end(id, StudyStatus.FINISHED, timeUp(budget.maxTime(), trials.size(), inFlight));
                return;
            }
            String unrunnable = unrunnable(stored);
            if (unrunnable != null) {
                end(id, StudyStatus.FAILED, unrunnable);
                return;
            }
            Proposed proposed = propose(study, stored, trials, inFlight);
            long running = trials.stream().filter(t -> !finished(t.status())).count();
            if (proposed != Proposed.ENDED_ELSEWHERE
                    && running == 0
                    && (proposed == Proposed.NOTHING_LEFT || trials.size() >= budget.maxTrials())) {
                // A strategy never proposes a point twice: as many trials as points is the whole space.
                boolean whole = proposed == Proposed.NOTHING_LEFT
                        || BigInteger.valueOf(trials.size())
                                        .compareTo(stored.space().gridSize())
                                >= 0;
                end(id, StudyStatus.FINISHED, whole ? null : budgetUsed(budget.maxTrials()));
            }
        }
        changed.accept(id);
    }

    /**
     * Follows the unfinished trials' jobs, so that their ends here advance the study at once, and
     * forgets the finished ones (which may have ended in another process, unheard).
     *
     * @return how many trials are in flight
     */
    private long follow(UUID id, List<StudyTrialRow> rows) {
        long inFlight = 0;
        for (StudyTrialRow row : rows) {
            UUID job = row.jobId();
            if (job == null) {
                continue;
            }
            if (row.status() != null && !row.status().finished()) {
                jobs.follow(job, () -> wake(id));
                inFlight++;
            } else {
                jobs.unfollow(job);
            }
        }
        return inFlight;
    }

    /** How proposing trials stopped. */
    private enum Proposed {
        /** The parallelism or the budget's trials are used: the strategy may have more. */
        ROOM_USED,
        /** The strategy has no point left. */
        NOTHING_LEFT,
        /** The study was cancelled or ended meanwhile, or another process added the trial: it goes on from there. */
        ENDED_ELSEWHERE
    }

    /**
     * Adds trials while fewer than the parallelism are in flight and the budget has trials left.
     *
     * @param trials the study's trials; the ones added are appended
     */
    private Proposed propose(StudyRecord study, StoredStudy stored, List<TrialRecord> trials, long inFlight) {
        Budget budget = stored.spec().budget();
        Strategy strategy = Strategy.of(stored.spec(), stored.space());
        long flying = inFlight;
        while (flying < budget.parallelism() && trials.size() < budget.maxTrials()) {
            List<ScoredTrial> history =
                    trials.stream().map(t -> Scoring.score(stored.spec(), t)).toList();
            Optional<Map<String, Value>> next = strategy.next(history);
            if (next.isEmpty()) {
                return Proposed.NOTHING_LEFT;
            }
            NewTrial trial = trial(study, stored, trials.size(), next.get());
            try {
                store.addTrial(study.id(), trial);
            } catch (SetpointException e) {
                if (e.kind() != Kind.CONFLICT) {
                    throw e;
                }
                return Proposed.ENDED_ELSEWHERE;
            }
            NewJob job = trial.job();
            if (job == null) {
                trials.add(new TrialRecord(
                        trial.index(), next.get(), TrialStatus.FAILED, trial.failure(), null, null, Map.of()));
            } else {
                jobs.follow(job.id(), () -> wake(study.id()));
                jobs.enqueue(job.id());
                trials.add(TrialRecord.queued(trial.index(), next.get()));
                flying++;
            }
        }
        return Proposed.ROOM_USED;
    }

    /**
     * The trial's job, run with the fixed inputs and the whole point; or why none can be made (its
     * request or its inputs refused, the executor refusing the point).
     */
    private NewTrial trial(StudyRecord study, StoredStudy stored, int index, Map<String, Value> point) {
        Value.Obj at = new Value.Obj(point);
        Map<String, Value> inputs = new LinkedHashMap<>(stored.inputs());
        inputs.putAll(point);
        try {
            ApplyRequest request = requests.request(study.ownerId(), stored.templateRef(), stored.quality(), inputs);
            JobSubmission submission =
                    new JobSubmission(request, stored.presetIds(), stored.revisions(), new Value.Obj(inputs));
            return NewTrial.of(index, at, jobs.prepare(study.ownerId(), submission));
        } catch (SetpointException e) {
            if (e.kind() == Kind.UNAVAILABLE || e.kind() == Kind.STORAGE_FULL) {
                // The database, not the point: the next advance proposes the point again.
                throw e;
            }
            return NewTrial.failed(index, at, reason(e));
        }
    }

    /** Why the study's template cannot run here any more, or null when it can. */
    private @Nullable String unrunnable(StoredStudy stored) {
        try {
            executors.executorFor(templates.get().resolve(stored.templateRef()));
            return null;
        } catch (SetpointException e) {
            return "its template " + stored.templateRef() + " cannot run any more: " + reason(e);
        }
    }

    /**
     * Ends a running study, and stops its unfinished trials' jobs.
     *
     * @return false when it had ended already
     */
    boolean end(UUID id, StudyStatus status, @Nullable String reason) {
        Optional<List<UUID>> cancelled = store.finish(id, status, reason);
        cancelled.ifPresent(ids -> {
            ids.forEach(jobs::stopCancelled);
            changed.accept(id);
        });
        return cancelled.isPresent();
    }

    private static boolean finished(TrialStatus status) {
        return status != TrialStatus.QUEUED && status != TrialStatus.RUNNING;
    }

    static String reason(SetpointException e) {
        return e.problems().stream().map(Problem::toString).collect(Collectors.joining("; "));
    }

    private static String timeUp(Duration maxTime, int trials, long cancelled) {
        String ran = "its time budget of " + seconds(maxTime) + " ran out after " + trials + " trials";
        return cancelled == 0 ? ran : ran + "; the " + cancelled + " unfinished were cancelled";
    }

    private static String budgetUsed(int maxTrials) {
        return "its budget of " + maxTrials + " trials is used up";
    }

    private static String seconds(Duration duration) {
        double seconds = duration.toMillis() / 1000.0;
        return (seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds)) + " s";
    }
}
