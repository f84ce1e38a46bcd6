package dev.setpoint.jobs;

import dev.setpoint.core.estimate.RunHistory;
import dev.setpoint.core.estimate.RunObservation;
import dev.setpoint.store.JobStore;
import java.util.List;

/** The estimator's view of the job store: every succeeded job is a run to learn from. */
final class JobRunHistory implements RunHistory {

    private final JobStore store;

    JobRunHistory(JobStore store) {
        this.store = store;
    }

    @Override
    public List<RunObservation> observations(String templateRef, int latest) {
        return store.history(templateRef, latest).stream().map(JobRunHistory::observation).toList();
    }

    @Override
    public List<RunObservation> all() {
        return store.history().stream().map(JobRunHistory::observation).toList();
    }

    private static RunObservation observation(dev.setpoint.store.RunHistory run) {
        return new RunObservation(run.templateRef(), run.quality(), run.workUnits(), run.runSeconds(),
                run.estimate().seconds());
    }
}
