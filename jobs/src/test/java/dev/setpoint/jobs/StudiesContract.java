package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.study.Budget;
import dev.setpoint.core.study.Constraint;
import dev.setpoint.core.study.Objective;
import dev.setpoint.core.study.ScoredTrial;
import dev.setpoint.core.study.StrategyKind;
import dev.setpoint.core.study.StudyDocument;
import dev.setpoint.core.study.StudySpec;
import dev.setpoint.core.study.StudyStatus;
import dev.setpoint.core.study.TrialStatus;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.testing.Await;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import dev.setpoint.store.PresetRevision;
import dev.setpoint.store.Role;
import dev.setpoint.store.StoredPreset;
import dev.setpoint.store.StudyRecord;
import dev.setpoint.store.TestClock;
import dev.setpoint.store.Viewer;
import dev.setpoint.store.Visibility;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Studies run through their trials' jobs on JobRunr, on a real database (SQLite, PostgreSQL), with two
 * workers; the store's clock is the test's, so that wall time passes when the test says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StudiesContract {

    private static final AtomicInteger USERS = new AtomicInteger();

    @TempDir
    static Path dataDir;

    private final TestRuns runs = new TestRuns();
    private final TestClock clock = new TestClock();
    private final AtomicReference<TemplateRegistry> templates = new AtomicReference<>(TestRuns.TEMPLATES);
    private Database database;
    private Jobs jobs;
    private StudyService studies;

    abstract String newDatabaseUrl(Path dataDir);

    @BeforeAll
    void start() {
        database = Database.open(newDatabaseUrl(dataDir), clock);
        jobs = Jobs.start(
                database,
                dataDir,
                templates::get,
                runs.lookup,
                BatchesContract.QUICK,
                new JobsSettings(2, JobsSettings.DEFAULT_POLL));
        studies = jobs.studies(TestRuns.TRIAL_REQUESTS);
    }

    @AfterAll
    void stop() {
        jobs.close();
        database.close();
    }

    @Test
    void aGridStudyRunsEveryPointOnceAsAJobAndFinishesWithTheBest() throws Exception {
        Viewer owner = newUser();
        Map<String, List<Value>> space = new LinkedHashMap<>();
        space.put("millis", values(0, 10, 20));
        space.put("prompt", List.of(Value.of("a"), Value.of("b")));
        List<StudyDocument> seen = new CopyOnWriteArrayList<>();

        StudyRecord submitted = studies.submit(
                owner.userId(), study("grid", space, "{\"seed\": 5}", spec("max waited_ms", StrategyKind.GRID, 6)));
        try (AutoCloseable following = studies.follow(submitted.id(), seen::add)) {
            Await.until(() -> !seen.isEmpty() && seen.get(seen.size() - 1).status() != StudyStatus.RUNNING);
        }

        StudyDocument done = studies.get(owner, submitted.id());
        assertThat(done.status()).isEqualTo(StudyStatus.FINISHED);
        assertThat(done.reason()).isNull();
        assertThat(done.template()).isEqualTo(TestRuns.STUDY.ref());
        assertThat(done.warnings()).isEmpty();
        List<ScoredTrial> trials = done.result().trials();
        assertThat(trials).hasSize(6).allSatisfy(t -> assertThat(t.status()).isEqualTo(TrialStatus.SUCCEEDED));
        Set<Map<String, Value>> points = new HashSet<>();
        trials.forEach(t -> points.add(t.trial().point()));
        assertThat(points).hasSize(6);
        assertThat(done.result().best()).isNotNull();
        assertThat(done.result().best().trial().point()).containsEntry("millis", Value.of(20));
        assertThat(done.result().best().objectives()).containsExactly(20.0);
        for (ScoredTrial trial : trials) {
            UUID jobId = UUID.fromString(done.jobIds().get(trial.index()));
            JobRecord job = database.jobs().find(owner, jobId).orElseThrow();
            // An ordinary single job: the whole point and the fixed inputs as its inputs, the study's presets.
            Map<String, Value> inputs = new LinkedHashMap<>(Map.of("seed", Value.of(5)));
            inputs.putAll(trial.trial().point());
            assertThat(job.job().inputs().members()).isEqualTo(inputs);
            assertThat(job.job().presetIds()).containsExactly(42L);
            assertThat(job.job().presetRevisions()).containsExactly(new PresetRevision(42, "space", 3));
            assertThat(job.job().quality()).isEqualTo("draft");
            assertThat(job.parameters().members()).containsAllEntriesOf(inputs);
            assertThat(runs.runsOf(jobId)).isEqualTo(1);
            assertThat(trial.trial().cost()).isPositive();
        }
        // Followers saw it grow trial by trial, and last its end.
        List<Integer> sizes = seen.stream().map(d -> d.result().trials().size()).toList();
        assertThat(sizes).isSorted().contains(6);
        assertThat(seen.get(seen.size() - 1))
                .satisfies(d -> assertThat(d.count(TrialStatus.SUCCEEDED)).isEqualTo(6));
        assertThat(studies.list(owner, 0, 10).items())
                .extracting(StudyRecord::id)
                .containsExactly(submitted.id());
        assertThat(studies.listOwnerless(0, 100).items())
                .extracting(StudyRecord::id)
                .doesNotContain(submitted.id());
        assertFails(Kind.NOT_FOUND, () -> studies.get(newUser(), submitted.id()));
        assertFails(Kind.CONFLICT, () -> studies.cancel(owner, submitted.id()));
    }

    @ParameterizedTest
    @EnumSource(
            value = StrategyKind.class,
            names = {"RANDOM", "BAYES"})
    void aSampledStudyStopsAtItsMaxTrialsWithDistinctPoints(StrategyKind strategy) throws Exception {
        Map<String, List<Value>> space = new LinkedHashMap<>();
        space.put("millis", values(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        space.put("prompt", List.of(Value.of("a"), Value.of("b")));

        UUID id = studies.submit(null, study(null, space, "{}", spec("min waited_ms", strategy, 5)))
                .id();
        StudyDocument done = awaitEnd(id);

        assertThat(done.status()).isEqualTo(StudyStatus.FINISHED);
        assertThat(done.reason()).isEqualTo("its budget of 5 trials is used up");
        assertThat(done.result().trials()).hasSize(5);
        assertThat(done.result().trials().stream().map(t -> t.trial().point()).distinct())
                .hasSize(5);
        assertThat(studies.listOwnerless(0, 100).items())
                .extracting(StudyRecord::id)
                .contains(id);
    }

    @Test
    void failedTrialsAreScoredFailedWithTheirReasonsAndNeverWin() throws Exception {
        Map<String, List<Value>> space = new LinkedHashMap<>();
        space.put("behaviour", List.of(Value.of("fail"), Value.of("ok"), Value.of("exhaust"), Value.of("refuse")));
        space.put("millis", values(10, 0));
        StudySpec spec = new StudySpec(
                List.of(Objective.parse("max waited_ms")),
                List.of(Constraint.parse("waited_ms <= 5")),
                StrategyKind.GRID,
                1,
                Budget.trials(8));

        StudyDocument done =
                awaitEnd(studies.submit(null, study(null, space, "{}", spec)).id());

        assertThat(done.status()).isEqualTo(StudyStatus.FINISHED);
        List<ScoredTrial> trials = done.result().trials();
        assertThat(trials).hasSize(8);
        assertThat(trials.get(0).reason()).contains("it broke, as asked");
        assertThat(trials.get(2).reason()).contains("waited_ms <= 5");
        assertThat(trials.get(4).reason()).contains("Java heap space");
        assertThat(trials.get(6).reason()).contains("refused, as asked");
        assertThat(done.jobIds()).doesNotContainKeys(6, 7);
        assertThat(trials).filteredOn(t -> t.index() != 3).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(TrialStatus.FAILED);
            assertThat(t.scores()).isNull();
        });
        assertThat(done.result().best()).isNotNull().satisfies(best -> {
            assertThat(best.index()).isEqualTo(3);
            assertThat(best.trial().point()).containsEntry("behaviour", Value.of("ok"));
        });
    }

    @Test
    void aCancelStopsThePendingTrialsAndKeepsTheFinishedOnes() throws Exception {
        Viewer owner = newUser();
        Map<String, List<Value>> space = Map.of("millis", values(0, 60_000, 1));
        UUID id = studies.submit(owner.userId(), study(null, space, "{}", spec("max waited_ms", StrategyKind.GRID, 3)))
                .id();
        UUID slow = awaitRunning(id, 1);

        StudyDocument cancelled = studies.cancel(owner, id);

        assertThat(cancelled.status()).isEqualTo(StudyStatus.CANCELLED);
        assertThat(cancelled.reason()).isEqualTo(StudyService.CANCELLED);
        assertThat(cancelled.result().trials())
                .extracting(ScoredTrial::status)
                .containsExactly(TrialStatus.SUCCEEDED, TrialStatus.CANCELLED);
        assertThat(cancelled.result().best().index()).isZero();
        Await.until(() -> runs.interrupted.containsKey(slow));
        assertThat(database.jobs().find(slow).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
        assertFails(Kind.CONFLICT, () -> studies.cancel(id));
        assertThat(studies.get(id).result().trials()).hasSize(2);
    }

    @Test
    void aStudyWhoseWallTimeRunsOutFinishesAndCancelsItsUnfinishedTrials() throws Exception {
        Map<String, List<Value>> space = Map.of("millis", values(0, 60_000, 1));
        StudySpec spec = new StudySpec(
                List.of(Objective.parse("max waited_ms")),
                List.of(),
                StrategyKind.GRID,
                1,
                new Budget(3, Duration.ofSeconds(30), 1));
        UUID id = studies.submit(null, study(null, space, "{}", spec)).id();
        UUID slow = awaitRunning(id, 1);

        clock.advance(Duration.ofSeconds(31));
        StudyDocument done = awaitEnd(id);

        assertThat(done.status()).isEqualTo(StudyStatus.FINISHED);
        assertThat(done.reason())
                .isEqualTo("its time budget of 30 s ran out after 2 trials; the 1 unfinished were cancelled");
        assertThat(done.result().trials())
                .extracting(ScoredTrial::status)
                .containsExactly(TrialStatus.SUCCEEDED, TrialStatus.CANCELLED);
        assertThat(done.elapsedSeconds()).isEqualTo(31.0);
        Await.until(() -> runs.interrupted.containsKey(slow));
    }

    @Test
    void aStudyWhoseTemplateIsGoneFailsWithTheReasonAndStopsItsTrials() throws Exception {
        UUID id = studies.submit(
                        null,
                        study(
                                null,
                                Map.of("millis", values(0, 60_000, 1)),
                                "{}",
                                spec("max waited_ms", StrategyKind.GRID, 3)))
                .id();
        UUID slow = awaitRunning(id, 1);

        templates.set(TemplateRegistry.of(List.of(TestRuns.TEMPLATE)));
        StudyDocument failed;
        try {
            failed = awaitEnd(id);
        } finally {
            templates.set(TestRuns.TEMPLATES);
        }

        assertThat(failed.status()).isEqualTo(StudyStatus.FAILED);
        assertThat(failed.reason()).startsWith("its template test-study@1.0.0 cannot run any more: ");
        assertThat(failed.result().trials())
                .extracting(ScoredTrial::status)
                .containsExactly(TrialStatus.SUCCEEDED, TrialStatus.CANCELLED);
        Await.until(() -> runs.interrupted.containsKey(slow));
    }

    @Test
    void aTrialSavedAsAPresetHasOneValuePerParameterAndSaysWhereItCameFrom() throws Exception {
        Viewer owner = newUser();
        Map<String, List<Value>> space = new LinkedHashMap<>();
        space.put("millis", values(3, 7));
        space.put("behaviour", List.of(Value.of("ok"), Value.of("fail")));
        UUID id = studies.submit(
                        owner.userId(), study("save", space, "{}", spec("max waited_ms", StrategyKind.GRID, 4)))
                .id();
        awaitEnd(id);

        StoredPreset saved = studies.savePreset(owner, id, "Best wait", null);

        ParameterPreset preset = (ParameterPreset) saved.preset();
        assertThat(saved.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(saved.ownerId()).isEqualTo(owner.userId());
        assertThat(preset.parameters())
                .isEqualTo(Map.of("millis", List.of(Value.of(7)), "behaviour", List.of(Value.of("ok"))));
        assertThat(preset.metadata().extra())
                .containsEntry("study", Value.of(id.toString()))
                .containsEntry("trial", Value.of(2))
                .containsEntry("objective", Value.of("max waited_ms"))
                .containsEntry("value", Value.of(7.0));
        assertThat(preset.description()).contains("Trial 2 of study save", "max waited_ms = 7.0");
        // The same, unsaved, for the command line without a server (the store gives a saved one its id).
        ParameterPreset unsaved = studies.preset(id, "Best wait", null);
        assertThat(unsaved.id()).isNull();
        assertThat(unsaved.parameters()).isEqualTo(preset.parameters());
        assertThat(unsaved.metadata()).isEqualTo(preset.metadata());
        StoredPreset chosen = studies.savePreset(owner, id, "First wait", 0);
        assertThat(((ParameterPreset) chosen.preset()).parameters()).containsEntry("millis", List.of(Value.of(3)));
        assertInvalid("did not succeed (failed: ", () -> studies.savePreset(owner, id, "Failed", 1));
        assertInvalid("has no trial 9: it has 4 trials", () -> studies.savePreset(owner, id, "None", 9));
        assertFails(Kind.NOT_FOUND, () -> studies.savePreset(newUser(), id, "Not mine", null));
        assertFails(Kind.CONFLICT, () -> studies.savePreset(owner, id, "Best wait", null));
    }

    @Test
    void aStudyWithTwoObjectivesSavesOnlyTheTrialItIsTold() throws Exception {
        Viewer owner = newUser();
        StudySpec spec = new StudySpec(
                List.of(Objective.parse("max waited_ms"), Objective.parse("min output_bytes")),
                List.of(),
                StrategyKind.GRID,
                1,
                Budget.trials(2));
        UUID id = studies.submit(owner.userId(), study(null, Map.of("millis", values(1, 2)), "{}", spec))
                .id();
        StudyDocument done = awaitEnd(id);

        assertThat(done.result().best()).isNull();
        assertThat(done.result().paretoFront()).containsExactly(1);
        assertInvalid("two objectives", () -> studies.savePreset(owner, id, "Front", null));
        StoredPreset saved = studies.savePreset(owner, id, "Front", 1);
        assertThat(((ParameterPreset) saved.preset()).metadata().extra())
                .containsEntry("objectives", Value.arr(Value.of("max waited_ms"), Value.of("min output_bytes")))
                .containsEntry("values", Value.arr(Value.of(2.0), Value.of(41.0)));
    }

    @Test
    void aStudyThatSavesNoBestBeforeATrialSucceeded() throws Exception {
        Viewer owner = newUser();
        UUID id = studies.submit(
                        owner.userId(),
                        study(
                                null,
                                Map.of("behaviour", List.of(Value.of("fail"), Value.of("refuse"))),
                                "{}",
                                spec("max waited_ms", StrategyKind.GRID, 2)))
                .id();
        StudyDocument done = awaitEnd(id);

        assertThat(done.result().best()).isNull();
        assertInvalid("has succeeded yet", () -> studies.savePreset(owner, id, "Nothing", null));
    }

    @Test
    void badSpecificationsAreInvalidBeforeAnythingIsStored() {
        long before = studies.listOwnerless(0, 1).total();
        StudySpec spec = new StudySpec(
                List.of(Objective.parse("max psnr")),
                List.of(Constraint.parse("run_seconds <= 2"), Constraint.parse("ssim >= 0.9")),
                StrategyKind.GRID,
                1,
                Budget.trials(4));
        StudySubmission empty = study(null, Map.of(), "{}", spec);

        assertThatThrownBy(() -> studies.submit(null, empty)).isInstanceOfSatisfying(SetpointException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("/objectives/0/metric", "/constraints/1/metric", "/space");
            assertThat(e.problems().get(0).message()).contains("waited_ms");
        });
        assertThat(StudyService.check(empty))
                .extracting(Problem::path)
                .containsExactly("/objectives/0/metric", "/constraints/1/metric", "/space");
        StudySubmission unrunnable = new StudySubmission(
                null,
                base(TestRuns.NOT_RUNNABLE, Map.of("prompt", List.of(Value.of("x"), Value.of("y"))), "{}"),
                Value.of("draft"),
                spec("min run_seconds", StrategyKind.GRID, 2));
        assertThat(StudyService.check(unrunnable)).isEmpty();
        assertFails(Kind.CONFLICT, () -> studies.submit(null, unrunnable));
        assertThat(studies.listOwnerless(0, 1).total()).isEqualTo(before);
        assertFails(Kind.NOT_FOUND, () -> studies.get(UUID.randomUUID()));
        assertFails(Kind.NOT_FOUND, () -> studies.follow(UUID.randomUUID(), d -> {}));
    }

    /** Waits until trial {@code index} runs; its job. */
    private UUID awaitRunning(UUID id, int index) throws InterruptedException {
        Await.until(() -> {
            StudyDocument now = studies.get(id);
            return now.result().trials().size() > index
                    && now.result().trials().get(index).status() == TrialStatus.RUNNING;
        });
        return UUID.fromString(studies.get(id).jobIds().get(index));
    }

    private StudyDocument awaitEnd(UUID id) throws InterruptedException {
        Await.until(() -> studies.get(id).status() != StudyStatus.RUNNING);
        return studies.get(id);
    }

    private Viewer newUser() {
        return Viewer.of(database.users()
                .createUser(
                        "tuner" + USERS.incrementAndGet() + "x"
                                + ProcessHandle.current().pid(),
                        null,
                        Role.USER));
    }

    static StudySpec spec(String objective, StrategyKind strategy, int maxTrials) {
        return new StudySpec(List.of(Objective.parse(objective)), List.of(), strategy, 7, Budget.trials(maxTrials));
    }

    /** A study of the test template at draft over {@code space}, one preset's candidates. */
    static StudySubmission study(String name, Map<String, List<Value>> space, String inputs, StudySpec spec) {
        return new StudySubmission(name, base(TestRuns.STUDY, space, inputs), Value.of("draft"), spec);
    }

    private static JobSubmission base(Template template, Map<String, List<Value>> space, String inputs) {
        Value.Obj given = (Value.Obj) Json.parse(inputs);
        List<ParameterPreset> presets = space.isEmpty()
                ? List.of()
                : List.of(new ParameterPreset(null, "space", "", null, null, space, false, Metadata.EMPTY));
        ApplyRequest request = new ApplyRequest(
                template, QualityCatalog.builtin().resolve("draft"), presets, MergeStrategy.UNION, given.members());
        return new JobSubmission(request, List.of(42L), List.of(new PresetRevision(42, "space", 3)), given);
    }

    private static List<Value> values(int... numbers) {
        return Arrays.stream(numbers).mapToObj(n -> (Value) Value.of(n)).toList();
    }

    private static void assertFails(Kind kind, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind));
    }

    private static void assertInvalid(String message, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SetpointException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.getMessage()).contains(message);
            assertThat(e.problems()).extracting(Problem::path).containsOnly("/trial");
        });
    }
}
