package dev.setpoint.core.estimate;

import java.util.List;

/**
 * The finished runs on this machine, oldest first, that estimates learn from. The job store implements
 * it; only succeeded runs belong here (a failed or cancelled run's time says nothing about the work).
 */
public interface RunHistory {

    /** No runs: every estimate stands on the multipliers. */
    RunHistory EMPTY = of(List.of());

    /**
     * The latest runs of one template version, at most {@code latest} of them, oldest first. Estimates
     * ask for {@link HistoryEstimator#RUNS_READ}: a history of any length costs the same to estimate from.
     */
    List<RunObservation> observations(String templateRef, int latest);

    /** Every run, oldest first. */
    List<RunObservation> all();

    /** A view over {@code runs}, which the caller may keep appending to (as a benchmark does). */
    static RunHistory of(List<RunObservation> runs) {
        return new RunHistory() {
            @Override
            public List<RunObservation> observations(String templateRef, int latest) {
                List<RunObservation> matching = runs.stream()
                        .filter(r -> r.template().equals(templateRef))
                        .toList();
                return matching.subList(Math.max(0, matching.size() - latest), matching.size());
            }

            @Override
            public List<RunObservation> all() {
                return List.copyOf(runs);
            }
        };
    }
}
