package dev.setpoint.jobs;

import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobRecord;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link RecoveryTest}: submits one job, prints its id, and once the job runs
 * prints {@link #RUNNING} and blocks until it is killed.
 */
public final class CrashedWorker {

    static final String JOB = "job ";
    static final String RUNNING = "running";

    private CrashedWorker() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Database database = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC());
        ExecutorLookup blocking = template -> (spec, progress) -> {
            System.out.println(RUNNING);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
            throw new IllegalStateException("unreachable");
        };
        Jobs jobs = Jobs.start(
                database,
                dataDir,
                () -> TestRuns.TEMPLATES,
                blocking,
                JobEstimates.MULTIPLIERS,
                new JobsSettings(1, JobsSettings.DEFAULT_POLL));
        JobRecord job = jobs.service()
                .submit(
                        null,
                        TestRuns.submission(
                                TestRuns.TEMPLATE, "standard", "{\"behaviour\": \"slow\", \"millis\": 1000}"));
        System.out.println(JOB + job.id());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
