package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.study.StrategyKind;
import dev.setpoint.core.study.StudyDocument;
import dev.setpoint.core.study.StudyStatus;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.testing.Await;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.Database;
import dev.setpoint.store.Role;
import dev.setpoint.store.StudyRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's studies read and cancelled straight in the database, with the jobs stopped (as
 * {@code setpoint studies} finds them after a {@code tune}); and what {@code tune} and the server share:
 * the default budget and the list's summary.
 */
class StoredStudiesTest {

    @TempDir
    Path dataDir;

    @Test
    void aFinishedStudyOfNoUserIsListedReadAndSavedButNotCancelledAndOthersAreNotFound() throws Exception {
        try (Database database = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC())) {
            UUID mine;
            UUID owned;
            try (Jobs jobs = start(database)) {
                StudyService studies = jobs.studies(TestRuns.TRIAL_REQUESTS);
                mine = studies.submit(null, grid(0, 10)).id();
                long user =
                        database.users().createUser("owner", null, Role.USER).id();
                owned = studies.submit(user, grid(0, 10)).id();
                Await.until(() -> studies.get(mine).status() != StudyStatus.RUNNING
                        && studies.get(owned).status() != StudyStatus.RUNNING);
            }
            StoredStudies stored = new StoredStudies(database);

            assertThat(stored.list(10)).extracting(StudyDocument::id).containsExactly(mine.toString());
            StudyDocument study = stored.get(mine);
            assertThat(study.status()).isEqualTo(StudyStatus.FINISHED);
            assertThat(study.result().trials()).hasSize(2);
            ParameterPreset best = StoredStudies.preset(study, "Quickest", null);
            assertThat(best.parameters().get("millis")).containsExactly(Value.of(0));
            assertThat(best.metadata().extra().get("study")).isEqualTo(Value.of(mine.toString()));
            assertKind(Kind.CONFLICT, () -> stored.cancel(mine));
            assertKind(Kind.NOT_FOUND, () -> stored.get(owned));
            assertKind(Kind.NOT_FOUND, () -> stored.cancel(UUID.randomUUID()));
        }
    }

    @Test
    void aStudyAKilledTuneLeftRunningIsCancelledWithItsUnfinishedTrials() throws Exception {
        try (Database database = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC())) {
            UUID running;
            try (Jobs jobs = start(database)) {
                StudyService studies = jobs.studies(TestRuns.TRIAL_REQUESTS);
                running = studies.submit(
                                null,
                                StudiesContract.study(
                                        "slow",
                                        Map.of("millis", List.of(Value.of(60_000), Value.of(59_000))),
                                        "{\"behaviour\": \"slow\"}",
                                        StudiesContract.spec("min waited_ms", StrategyKind.GRID, 2)))
                        .id();
                Await.until(() -> !studies.get(running).result().trials().isEmpty());
            }
            StoredStudies stored = new StoredStudies(database);

            List<UUID> cancelled = stored.cancel(running);

            assertThat(cancelled).hasSize(1);
            assertThat(stored.get(running).status()).isEqualTo(StudyStatus.CANCELLED);
            assertThat(database.studies().find(running).map(StudyRecord::reason))
                    .contains(StudyService.CANCELLED);
        }
    }

    @Test
    void theDefaultBudgetIsTheWholeGridOrTwentySampledPointsAndNeverMoreThanTheGrid() {
        Map<String, List<Value>> space = new LinkedHashMap<>();
        space.put("millis", List.of(Value.of(0), Value.of(10), Value.of(20)));
        space.put("prompt", List.of(Value.of("a"), Value.of("b")));
        Map<String, List<Value>> large = new LinkedHashMap<>();
        large.put(
                "millis",
                IntStream.range(0, 30).mapToObj(i -> (Value) Value.of(i)).toList());

        assertThat(StudyBudgets.defaultTrials(StrategyKind.GRID, base(space, "{}")))
                .isEqualTo(6);
        assertThat(StudyBudgets.defaultTrials(StrategyKind.RANDOM, base(space, "{}")))
                .isEqualTo(6);
        assertThat(StudyBudgets.defaultTrials(StrategyKind.BAYES, base(large, "{}")))
                .isEqualTo(20);
        assertThat(StudyBudgets.defaultTrials(StrategyKind.GRID, base(large, "{}")))
                .isEqualTo(30);
        assertThat(StudyBudgets.defaultTrials(StrategyKind.GRID, base(space, "{\"millis\": 5}")))
                .as("an input takes its parameter out of the space")
                .isEqualTo(2);
        assertThat(StudyBudgets.defaultTrials(StrategyKind.GRID, base(Map.of(), "{}")))
                .as("nothing to tune is the checks' to report")
                .isEqualTo(1);
    }

    @Test
    void aSummaryKeepsTheHeadingAndTheBestTrialsIndexAndScore() {
        Value.Obj document = (Value.Obj)
                Json.parse("{\"id\": \"s\", \"name\": null, \"status\": \"finished\", \"space\": {}, \"trials\": [],"
                        + " \"best\": {\"index\": 3, \"scores\": [50.4]}, \"pareto_front\": []}");
        Value.Obj front = (Value.Obj) Json.parse("{\"id\": \"t\", \"best\": null, \"pareto_front\": [1, 2]}");

        Value.Obj summary = StudySummaries.of(document);

        assertThat(summary.members()).doesNotContainKeys("space", "trials", "best");
        assertThat(summary.members().get("best_trial")).isEqualTo(Value.of(3));
        assertThat(summary.members().get("best_score")).isEqualTo(Value.of(50.4));
        assertThat(StudySummaries.of(front).members().get("best_score")).isEqualTo(Value.NULL);
        assertThat(StudySummaries.of(front).members().get("template")).isEqualTo(Value.NULL);
    }

    private Jobs start(Database database) {
        return Jobs.start(
                database,
                dataDir,
                () -> TestRuns.TEMPLATES,
                new TestRuns().lookup,
                BatchesContract.QUICK,
                new JobsSettings(2, JobsSettings.DEFAULT_POLL));
    }

    private static StudySubmission grid(int... millis) {
        List<Value> values =
                Arrays.stream(millis).mapToObj(m -> (Value) Value.of(m)).toList();
        return StudiesContract.study(
                "grid",
                Map.of("millis", values),
                "{}",
                StudiesContract.spec("min waited_ms", StrategyKind.GRID, values.size()));
    }

    private static ApplyRequest base(Map<String, List<Value>> space, String inputs) {
        return StudiesContract.study("b", space, inputs, StudiesContract.spec("min waited_ms", StrategyKind.GRID, 1))
                .base()
                .request();
    }

    private static void assertKind(Kind kind, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
