package dev.setpoint.jobs;

import dev.setpoint.core.study.StrategyKind;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.Database;
import dev.setpoint.store.StudyRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The child process of {@link StudyRecoveryTest}: submits a grid study of {@value #TRIALS} prompts,
 * one trial at a time, whose trial {@value #BLOCKING} blocks; prints the study's id, and once that
 * trial runs prints {@link #RUNNING} and waits to be killed. The trials before it have ended, those
 * after it are not proposed yet.
 */
public final class CrashedStudy {

    static final String STUDY = "study ";
    static final String RUNNING = "running";
    static final int TRIALS = 6;
    static final int BLOCKING = 3;

    private CrashedStudy() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Database database = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC());
        TestRuns runs = new TestRuns();
        ExecutorLookup blocking = template -> (spec, progress) -> {
            if (!spec.parameters().get("prompt").equals(prompt(BLOCKING))) {
                return runs.executor.run(spec, progress);
            }
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
                BatchesContract.QUICK,
                new JobsSettings(1, JobsSettings.DEFAULT_POLL));
        StudyRecord study = jobs.studies(TestRuns.TRIAL_REQUESTS).submit(null, study());
        System.out.println(STUDY + study.id());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    static StudySubmission study() {
        List<Value> prompts =
                IntStream.range(0, TRIALS).mapToObj(CrashedStudy::prompt).toList();
        return StudiesContract.study(
                "restart",
                Map.of("prompt", prompts),
                "{}",
                StudiesContract.spec("min waited_ms", StrategyKind.GRID, TRIALS));
    }

    static Value prompt(int trial) {
        return Value.of("p" + trial);
    }
}
