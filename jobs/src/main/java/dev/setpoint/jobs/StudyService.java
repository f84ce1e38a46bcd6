package dev.setpoint.jobs;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.estimate.Estimator;
import dev.setpoint.core.merge.Merger;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.Seeds;
import dev.setpoint.core.study.SearchSpace;
import dev.setpoint.core.study.StudyChecks;
import dev.setpoint.core.study.StudyDocument;
import dev.setpoint.core.study.StudySpec;
import dev.setpoint.core.study.StudyStatus;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.Page;
import dev.setpoint.store.PresetStore;
import dev.setpoint.store.StoredPreset;
import dev.setpoint.store.StudyRecord;
import dev.setpoint.store.StudyStore;
import dev.setpoint.store.Viewer;
import dev.setpoint.store.Visibility;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Tuning studies: a search space (the merge of parameter presets, less the fixed inputs) run trial by
 * trial, each trial one point as an ordinary single job, chosen by the study's strategy and scored
 * against its objectives and constraints. What the HTTP API and {@code setpoint tune} share; from
 * {@link Jobs#studies}. A study is checked whole before anything is stored, then advanced by {@link
 * StudyDriver}, and survives a restart: every process that opens the jobs resumes the running ones.
 */
public final class StudyService {

    /** Why a study cancelled on request ended. */
    static final String CANCELLED = "cancelled on request";

    private final StudyStore store;
    private final PresetStore presets;
    private final ExecutorLookup executors;
    private final StudyDriver driver;
    private final StudyReader reader;
    private final StudyFollowers followers;

    StudyService(
            StudyStore store,
            PresetStore presets,
            ExecutorLookup executors,
            StudyDriver driver,
            StudyReader reader,
            StudyFollowers followers) {
        this.store = store;
        this.presets = presets;
        this.executors = executors;
        this.driver = driver;
        this.reader = reader;
        this.followers = followers;
    }

    /**
     * Every problem of a study's specification (an objective or constraint on a metric the template
     * does not report, an empty space, a candidate the template refuses, a budget out of bounds), with
     * its pointer; empty when there is none. Nothing is opened or stored.
     */
    public static List<Problem> check(StudySubmission submission) {
        return StudyChecks.check(
                submission.base().request().template(),
                submission.spec(),
                space(submission.base().request()));
    }

    /**
     * Stores the study and starts its first trials.
     *
     * @param ownerId the submitting user; {@code null} for the command line without a server
     * @return the study as stored; its spec holds the warnings it starts with (a grid larger than its
     *     budget)
     * @throws SetpointException INVALID with every problem {@link #check} finds, CONFLICT when the
     *     template cannot run here; nothing is stored then
     */
    public StudyRecord submit(@Nullable Long ownerId, StudySubmission submission) {
        ApplyRequest request = submission.base().request();
        Template template = request.template();
        SearchSpace space = space(request);
        StudySpec spec = submission.spec();
        SetpointException.throwIfAny(StudyChecks.check(template, spec, space));
        executors.executorFor(template);
        StoredStudy stored = new StoredStudy(
                template.ref(),
                submission.quality(),
                submission.base().presetIds(),
                submission.base().revisions(),
                request.strategy(),
                oneSeed(template, request.inputs(), space),
                space,
                spec,
                StudyChecks.warnings(spec, space),
                Estimator.cost(template, request.quality(), 1));
        UUID id = UUID.randomUUID();
        store.create(id, ownerId, submission.name(), stored.toJson());
        driver.advanceOrLeave(id);
        return store.find(id).orElseThrow();
    }

    /** The merged presets' space, less what the fixed inputs set; without presets, nothing to tune. */
    private static SearchSpace space(ApplyRequest request) {
        return request.presets().isEmpty()
                ? new SearchSpace(Map.of())
                : SearchSpace.of(Merger.merge(request.presets(), request.strategy()), request.inputs());
    }

    /**
     * The fixed inputs with one seed for every trial (theirs, else one drawn now) unless the space
     * varies the seed: trials that drew seeds of their own would differ by more than their points.
     */
    private static Map<String, Value> oneSeed(Template template, Map<String, Value> inputs, SearchSpace space) {
        return space.parameters().containsKey(Seeds.INPUT)
                ? inputs
                : Comparisons.seeded(template, inputs, null, ThreadLocalRandom.current());
    }

    /** The viewer's study; NOT_FOUND for anyone else's. */
    public StudyDocument get(Viewer viewer, UUID id) {
        return document(find(viewer, id));
    }

    /** A study whoever owns it, for the command line on its own database. */
    public StudyDocument get(UUID id) {
        return document(find(id));
    }

    /** The viewer's studies, newest first. */
    public Page<StudyRecord> list(Viewer viewer, int offset, int limit) {
        return store.list(viewer, offset, limit);
    }

    /** The studies of no user (the command line's own), newest first. */
    public Page<StudyRecord> listOwnerless(int offset, int limit) {
        return store.listOwnerless(offset, limit);
    }

    /** Cancels the viewer's study. */
    public StudyDocument cancel(Viewer viewer, UUID id) {
        return cancel(find(viewer, id).id());
    }

    /**
     * Cancels a running study, whoever owns it: no more trials, its queued and running ones cancelled
     * (interrupted where they run), its finished ones kept.
     *
     * @throws SetpointException CONFLICT when it has ended already
     */
    public StudyDocument cancel(UUID id) {
        if (!driver.end(id, StudyStatus.CANCELLED, CANCELLED)) {
            throw new SetpointException(
                    Kind.CONFLICT,
                    "status",
                    "study " + id + " has already ended: " + find(id).status().id());
        }
        return get(id);
    }

    /**
     * Follows a study: {@code onChange} gets its document now, then on every trial added or ended and
     * every change of status, last when it ends. Close the handle to stop early.
     */
    public AutoCloseable follow(UUID id, Consumer<StudyDocument> onChange) {
        find(id);
        return followers.follow(id, onChange);
    }

    /**
     * Saves a trial's point as a private parameter preset of the viewer's, one value per parameter,
     * its metadata recording the study, the trial, the objective and its value.
     *
     * @param trial the trial's index; null for the best (a study with one objective)
     * @throws SetpointException INVALID at {@code /trial} when that trial did not succeed, the study
     *     has no best yet, or has two objectives and no trial was named; CONFLICT for a name taken
     */
    public StoredPreset savePreset(Viewer viewer, UUID id, String name, @Nullable Integer trial) {
        StudyDocument document = get(viewer, id);
        return presets.create(viewer, StudyPresets.of(document, name, trial), Visibility.PRIVATE);
    }

    /**
     * The preset {@link #savePreset} would store, of a study whoever owns it, unsaved: for the command
     * line without a server, which writes it to a file.
     */
    public ParameterPreset preset(UUID id, String name, @Nullable Integer trial) {
        return StudyPresets.of(get(id), name, trial);
    }

    private StudyDocument document(StudyRecord record) {
        return reader.document(record);
    }

    private StudyRecord find(Viewer viewer, UUID id) {
        return store.find(viewer, id).orElseThrow(() -> notFound(id));
    }

    private StudyRecord find(UUID id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    private static SetpointException notFound(UUID id) {
        return SetpointException.notFound("id", "no study " + id);
    }
}
