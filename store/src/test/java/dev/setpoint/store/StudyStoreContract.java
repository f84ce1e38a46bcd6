package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.study.StudyStatus;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Studies: stored as written, trials added with their jobs once per index, ended once. */
abstract class StudyStoreContract extends StoreContract {

    private static final RunMeasurements MEASURED = new RunMeasurements(0.75, 0.5, 2048);
    // The space's members are not in alphabetical order: they must come back as written.
    private static final String SPEC = """
            {"template": "noop@1.0.0", "space": {"tp-size": [2, 4], "crf": [18, 23]}, "seed": 7}""";

    @Test
    void aStudyComesBackAsItWasStoredRunningSinceItsCreation() {
        Viewer owner = newUser();
        UUID id = UUID.randomUUID();

        StudyRecord created = db.studies().create(id, owner.userId(), "first", spec());

        StudyRecord found = db.studies().find(owner, id).orElseThrow();
        assertThat(found).isEqualTo(created);
        assertThat(found.status()).isEqualTo(StudyStatus.RUNNING);
        assertThat(found.createdAt()).isEqualTo(clock.instant()).isEqualTo(found.startedAt());
        assertThat(found.finishedAt()).isNull();
        assertThat(found.reason()).isNull();
        assertThat(found.name()).isEqualTo("first");
        assertThat(Json.write(found.spec())).isEqualTo(Json.write(spec()));
        assertThat(db.studies().find(newUser(), id)).isEmpty();
        assertThat(db.studies().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void trialsComeBackInIndexOrderWithTheirJobsStatusMeasurementsAndReasons() {
        Viewer owner = newUser();
        UUID study = db.studies()
                .create(UUID.randomUUID(), owner.userId(), null, spec())
                .id();
        NewJob succeeded = job(owner.userId());
        NewJob failed = job(owner.userId());
        NewJob queued = job(owner.userId());
        db.studies().addTrial(study, NewTrial.of(1, point(2, 23), failed));
        db.studies().addTrial(study, NewTrial.of(0, point(2, 18), succeeded));
        db.studies().addTrial(study, NewTrial.failed(2, point(4, 18), "crf 18 is refused"));
        db.studies().addTrial(study, NewTrial.of(3, point(4, 23), queued));
        Value.Obj metrics = (Value.Obj) Json.parse("{\"ssim\": 0.98}");
        int attempt = db.jobs().start(succeeded.id(), "w").orElseThrow().attempt();
        db.jobs()
                .finish(JobEnd.succeeded(succeeded.id(), attempt, clock.instant(), MEASURED, metrics, List.of(), "ok"));
        attempt = db.jobs().start(failed.id(), "w").orElseThrow().attempt();
        db.jobs().finish(JobEnd.failed(failed.id(), attempt, clock.instant(), MEASURED, "exit 1", ""));

        List<StudyTrialRow> trials = db.studies().trials(study);

        Value.Obj none = new Value.Obj(Map.of());
        assertThat(trials)
                .containsExactly(
                        new StudyTrialRow(0, point(2, 18), succeeded.id(), JobStatus.SUCCEEDED, null, 0.75, metrics),
                        new StudyTrialRow(1, point(2, 23), failed.id(), JobStatus.FAILED, "exit 1", 0.75, none),
                        new StudyTrialRow(2, point(4, 18), null, null, "crf 18 is refused", null, none),
                        new StudyTrialRow(3, point(4, 23), queued.id(), JobStatus.QUEUED, null, null, none));
        assertThat(Json.write(trials.get(0).point())).isEqualTo(Json.write(point(2, 18)));
        JobRecord job = db.jobs().find(owner, queued.id()).orElseThrow();
        assertThat(job.job()).isEqualTo(queued);
        assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(db.studies().trials(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aTrialIndexTakenAlreadyIsAConflictThatStoresNeitherTrialNorJob() {
        Viewer owner = newUser();
        UUID study = db.studies()
                .create(UUID.randomUUID(), owner.userId(), null, spec())
                .id();
        db.studies().addTrial(study, NewTrial.of(0, point(2, 18), job(owner.userId())));
        NewJob second = job(owner.userId());

        assertFails(Kind.CONFLICT, "trial 0", () -> db.studies().addTrial(study, NewTrial.of(0, point(4, 23), second)));
        assertFails(
                Kind.CONFLICT, "trial 0", () -> db.studies().addTrial(study, NewTrial.failed(0, point(4, 23), "no")));

        assertThat(db.studies().trials(study))
                .singleElement()
                .satisfies(t -> assertThat(t.point()).isEqualTo(point(2, 18)));
        assertThat(db.jobs().find(second.id())).isEmpty();
        assertFails(
                Kind.NOT_FOUND,
                () -> db.studies().addTrial(UUID.randomUUID(), NewTrial.of(0, point(2, 18), job(owner.userId()))));
    }

    @Test
    void aFinishEndsTheStudyOnceAndCancelsOnlyItsUnfinishedJobs() {
        Viewer owner = newUser();
        UUID study = db.studies()
                .create(UUID.randomUUID(), owner.userId(), null, spec())
                .id();
        NewJob done = job(owner.userId());
        NewJob running = job(owner.userId());
        NewJob queued = job(owner.userId());
        db.studies().addTrial(study, NewTrial.of(0, point(2, 18), done));
        db.studies().addTrial(study, NewTrial.of(1, point(2, 23), running));
        db.studies().addTrial(study, NewTrial.of(2, point(4, 18), queued));
        db.studies().addTrial(study, NewTrial.failed(3, point(4, 23), "refused"));
        NewJob elsewhere = job(owner.userId());
        db.jobs().create(elsewhere);
        int attempt = db.jobs().start(done.id(), "w").orElseThrow().attempt();
        db.jobs()
                .finish(JobEnd.succeeded(
                        done.id(), attempt, clock.instant(), MEASURED, new Value.Obj(Map.of()), List.of(), ""));
        db.jobs().start(running.id(), "w");
        clock.advance(Duration.ofMinutes(10));

        assertThat(db.studies().finish(study, StudyStatus.FINISHED, "the budget's 10 min ran out"))
                .hasValueSatisfying(
                        cancelled -> assertThat(cancelled).containsExactlyInAnyOrder(running.id(), queued.id()));

        StudyRecord found = db.studies().find(study).orElseThrow();
        assertThat(found.status()).isEqualTo(StudyStatus.FINISHED);
        assertThat(found.reason()).isEqualTo("the budget's 10 min ran out");
        assertThat(found.finishedAt()).isEqualTo(clock.instant());
        assertThat(found.startedAt()).isEqualTo(clock.instant().minus(Duration.ofMinutes(10)));
        assertThat(db.studies().trials(study))
                .extracting(StudyTrialRow::status)
                .containsExactly(JobStatus.SUCCEEDED, JobStatus.CANCELLED, JobStatus.CANCELLED, null);
        assertThat(db.jobs().find(elsewhere.id()).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
        // Ended once: neither a second end nor a cancel changes it, and it takes no more trials.
        assertThat(db.studies().finish(study, StudyStatus.FAILED, "again")).isEmpty();
        assertThat(db.studies().cancel(study, "cancelled")).isEmpty();
        assertThat(db.studies().find(study).orElseThrow()).isEqualTo(found);
        NewJob late = job(owner.userId());
        assertFails(
                Kind.CONFLICT,
                "has ended (finished)",
                () -> db.studies().addTrial(study, NewTrial.of(4, point(2, 18), late)));
        assertThat(db.jobs().find(late.id())).isEmpty();
        assertThatThrownBy(() -> db.studies().finish(study, StudyStatus.RUNNING, "no"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCancelledStudyKeepsItsFinishedTrials() {
        Viewer owner = newUser();
        UUID study = db.studies()
                .create(UUID.randomUUID(), owner.userId(), null, spec())
                .id();
        NewJob done = job(owner.userId());
        NewJob queued = job(owner.userId());
        db.studies().addTrial(study, NewTrial.of(0, point(2, 18), done));
        db.studies().addTrial(study, NewTrial.of(1, point(2, 23), queued));
        int attempt = db.jobs().start(done.id(), "w").orElseThrow().attempt();
        db.jobs().finish(JobEnd.failed(done.id(), attempt, clock.instant(), MEASURED, "exit 3", ""));

        assertThat(db.studies().cancel(study, "cancelled by its owner")).contains(List.of(queued.id()));

        StudyRecord found = db.studies().find(study).orElseThrow();
        assertThat(found.status()).isEqualTo(StudyStatus.CANCELLED);
        assertThat(found.reason()).isEqualTo("cancelled by its owner");
        assertThat(db.studies().trials(study))
                .extracting(StudyTrialRow::status, StudyTrialRow::reason)
                .containsExactly(tuple(JobStatus.FAILED, "exit 3"), tuple(JobStatus.CANCELLED, null));
    }

    @Test
    void studiesAreListedNewestFirstToTheirOwnerOnly() {
        Viewer owner = newUser();
        Viewer other = newUser();
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(db.studies()
                    .create(UUID.randomUUID(), owner.userId(), "s" + i, spec())
                    .id());
            clock.advance(Duration.ofSeconds(1));
        }
        db.studies().create(UUID.randomUUID(), other.userId(), null, spec());
        Collections.reverse(created);

        Page<StudyRecord> all = db.studies().list(owner, 0, 50);
        assertThat(all.items()).extracting(StudyRecord::id).containsExactlyElementsOf(created);
        assertThat(all.total()).isEqualTo(3);
        Page<StudyRecord> second = db.studies().list(owner, 1, 1);
        assertThat(second.items()).extracting(StudyRecord::id).containsExactly(created.get(1));
        assertThat(second.total()).isEqualTo(3);
        assertThat(db.studies().find(other, created.get(0))).isEmpty();
        assertThat(db.studies().find(new Viewer(other.userId(), true), created.get(0)))
                .isEmpty();
        assertThat(db.studies().list(other, 0, 50).total()).isEqualTo(1);
        assertFails(Kind.INVALID, () -> db.studies().list(owner, -1, 10));
    }

    @Test
    void studiesOfNoUserAreListedApartAndTheRunningOnesOldestFirst() {
        TestClock time = new TestClock();
        try (Database fresh = Database.open(newDatabaseUrl(), time)) {
            Viewer owner = Viewer.of(fresh.users().createUser(unique("user"), null, Role.USER));
            UUID owned = fresh.studies()
                    .create(UUID.randomUUID(), owner.userId(), null, spec())
                    .id();
            time.advance(Duration.ofSeconds(1));
            UUID first = fresh.studies()
                    .create(UUID.randomUUID(), null, null, spec())
                    .id();
            time.advance(Duration.ofSeconds(1));
            UUID second = fresh.studies()
                    .create(UUID.randomUUID(), null, null, spec())
                    .id();
            UUID ended = fresh.studies()
                    .create(UUID.randomUUID(), null, null, spec())
                    .id();
            fresh.studies().finish(ended, StudyStatus.FAILED, "its template is gone");

            Page<StudyRecord> ownerless = fresh.studies().listOwnerless(0, 50);
            assertThat(ownerless.items())
                    .extracting(StudyRecord::id)
                    .containsExactlyInAnyOrder(ended, second, first)
                    .endsWith(first);
            assertThat(ownerless.total()).isEqualTo(3);
            assertThat(fresh.studies().running()).extracting(StudyRecord::id).containsExactly(owned, first, second);
            assertThat(fresh.studies().find(ended).orElseThrow().status()).isEqualTo(StudyStatus.FAILED);
        }
    }

    @Test
    void aTrialHasEitherAJobOrTheFailureThatKeptItFromOne() {
        assertThatThrownBy(() -> new NewTrial(0, point(2, 18), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NewTrial.failed(-1, point(2, 18), "no")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Value.Obj spec() {
        return (Value.Obj) Json.parse(SPEC);
    }

    private static Value.Obj point(int tpSize, int crf) {
        return (Value.Obj) Json.parse("{\"tp-size\": " + tpSize + ", \"crf\": " + crf + "}");
    }

    private static NewJob job(Long ownerId) {
        Value.Obj inputs = (Value.Obj) Json.parse("{\"prompt\": \"a trial\"}");
        return new NewJob(
                UUID.randomUUID(),
                ownerId,
                "noop@1.0.0",
                "draft",
                1,
                List.of(3L),
                List.of(),
                inputs,
                inputs,
                new JobEstimate(1.5, 1, 2, "multipliers"),
                1);
    }
}
