package dev.setpoint.jobs;

import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.BatchRecord;
import dev.setpoint.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The child process of {@link BatchRecoveryTest}: submits a batch of {@value #ITEMS} quick items
 * whose item {@value #BLOCKING} blocks, prints the batch's id, and once that item runs prints {@link
 * #RUNNING} and waits to be killed. The items before it have run (and, after a flush, are recorded);
 * those after it in its chunk and the chunks after it are still to run.
 */
public final class CrashedBatch {

    static final String BATCH = "batch ";
    static final String RUNNING = "running";
    /** Two chunks and a half: one done, one blocked in its middle, one queued. */
    static final int ITEMS = BatchService.CHUNK_ITEMS * 5 / 2;

    static final int BLOCKING = BatchService.CHUNK_ITEMS * 3 / 2;

    private CrashedBatch() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Database database = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC());
        TestRuns runs = new TestRuns();
        ExecutorLookup blocking = template -> (spec, progress) -> {
            if (!spec.parameters().get("behaviour").equals(Value.of("slow"))) {
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
        BatchRecord batch = jobs.batches().submit(null, batch());
        System.out.println(BATCH + batch.id());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Item {@value #BLOCKING} is slow: in the child it blocks, after the restart it takes 50 ms. */
    static BatchSubmission batch() {
        List<JobSubmission> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            String inputs = i == BLOCKING ? "{\"behaviour\": \"slow\", \"millis\": 50}" : "{\"prompt\": \"" + i + "\"}";
            items.add(TestRuns.submission(TestRuns.TEMPLATE, "draft", inputs));
        }
        return new BatchSubmission(null, "batch", new Value.Obj(Map.of()), items);
    }
}
