package dev.setpoint.jobs;

import dev.setpoint.core.estimate.RunHistory;
import dev.setpoint.core.estimate.RunObservation;
import dev.setpoint.store.JobStore;
import dev.setpoint.store.SucceededRun;
import java.util.List;

/** Core's {@code RunHistory} over the job store: every succeeded job is a run to learn from. */
final class StoredRunHistory implements RunHistory {

    private final JobStore store;

    StoredRunHistory(JobStore store) {
        this.store = store;
    }

    @Override
    public List<RunObservation> observations(String templateRef, int latest) {
        return store.history(templateRef, latest).stream()
                .map(StoredRunHistory::observation)
                .toList();
    }

    @Override
    public List<RunObservation> all() {
        return store.history().stream().map(StoredRunHistory::observation).toList();
    }

    private static RunObservation observation(SucceededRun run) {
        return new RunObservation(
                run.templateRef(),
                run.quality(),
                run.workUnits(),
                run.runSeconds(),
                run.estimate().seconds());
    }
}
