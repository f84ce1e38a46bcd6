package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.study.ScoredTrial;
import dev.setpoint.core.study.StudyDocument;
import dev.setpoint.core.study.StudyStatus;
import dev.setpoint.core.study.TrialStatus;
import dev.setpoint.jobs.testing.Await;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobQuery;
import dev.setpoint.store.JobRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL in the middle of a study: after a restart the study resumes and
 * finishes, every point once. The trials that had ended are not run again; the one that was running
 * is its job's, recovered by JobRunr as an orphan (20 s) in a new attempt; the driver proposes the
 * rest as it would have, and no trial or job is made twice.
 */
class StudyRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void aStudyInFlightWhenTheProcessIsKilledResumesAndFinishesEveryPointOnce() throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashedStudy.class.getName(),
                        dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        UUID id;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            id = UUID.fromString(next(out, CrashedStudy.STUDY));
            next(out, CrashedStudy.RUNNING);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        TestRuns runs = new TestRuns();
        try (Database database = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC());
                Jobs jobs = Jobs.start(
                        database,
                        dataDir,
                        () -> TestRuns.TEMPLATES,
                        runs.lookup,
                        BatchesContract.QUICK,
                        new JobsSettings(1, JobsSettings.DEFAULT_POLL))) {
            StudyService studies = jobs.studies(TestRuns.TRIAL_REQUESTS);
            Await.until(() -> studies.get(id).status() != StudyStatus.RUNNING, 120);
            StudyDocument done = studies.get(id);

            assertThat(done.status()).isEqualTo(StudyStatus.FINISHED);
            List<ScoredTrial> trials = done.result().trials();
            assertThat(trials).hasSize(CrashedStudy.TRIALS);
            for (ScoredTrial trial : trials) {
                int i = trial.index();
                assertThat(trial.status()).as("trial %d", i).isEqualTo(TrialStatus.SUCCEEDED);
                assertThat(trial.trial().point()).as("trial %d", i).containsEntry("prompt", CrashedStudy.prompt(i));
                UUID job = UUID.fromString(done.jobIds().get(i));
                boolean ranBefore = i < CrashedStudy.BLOCKING;
                assertThat(runs.runsOf(job)).as("runs of trial %d here", i).isEqualTo(ranBefore ? 0 : 1);
                int attempt = i == CrashedStudy.BLOCKING ? 2 : 1;
                assertThat(database.jobs().find(job).orElseThrow().attempt())
                        .as("attempt of trial %d", i)
                        .isEqualTo(attempt);
            }
            // One job per trial, none made twice.
            assertThat(database.jobs()
                            .listOwnerless(JobQuery.everything(0, 100))
                            .items())
                    .extracting(JobRecord::id)
                    .hasSize(CrashedStudy.TRIALS);
        }
    }

    private static String next(BufferedReader out, String prefix) throws Exception {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        throw new AssertionError("the child ended before printing " + prefix);
    }
}
