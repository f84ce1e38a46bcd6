package dev.setpoint.core.estimate;

import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.Template;
import java.util.List;
import java.util.Objects;

/**
 * Estimates that learn from the runs on this machine (see {@link HistoryModel} for the model). A
 * template with fewer than {@value #MIN_RUNS} finished runs is estimated by {@link Estimator}'s
 * multipliers. Stateless beyond the history: every estimate reads the history afresh.
 */
public final class HistoryEstimator {

    /** Runs a template needs before its history is used: three is the fewest a median can outvote one outlier in. */
    public static final int MIN_RUNS = 3;

    /** The latest runs of a template the model is fitted to; older ones are not read. */
    public static final int RUNS_READ = HistoryModel.WINDOW;

    private final RunHistory history;

    public HistoryEstimator(RunHistory history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    /**
     * When the size of the work is not known: the template's runs at this same quality preset, once it
     * has {@value #MIN_RUNS}, else the multipliers.
     */
    public Estimate estimate(Template template, ResolvedQuality quality) {
        List<RunObservation> runs = history.observations(template.ref(), RUNS_READ);
        HistoryModel.Prediction p = runs.isEmpty()
                ? null
                : HistoryModel.fit(runs).predictLevel(quality.preset().id(), MIN_RUNS);
        return p == null ? Estimator.estimate(template, quality) : fromHistory(template, quality, p);
    }

    /** From the template's work-unit model once it has {@value #MIN_RUNS} runs, else the multipliers scaled by the work. */
    public Estimate estimate(Template template, ResolvedQuality quality, Work work) {
        List<RunObservation> runs = history.observations(template.ref(), RUNS_READ);
        if (runs.size() < MIN_RUNS) {
            return counted(Estimator.estimate(template, quality, work), runs.size());
        }
        HistoryModel.Prediction p =
                HistoryModel.fit(runs).predict(work.units(), quality.preset().id());
        return fromHistory(template, quality, p);
    }

    /** Predicted against actual for every finished run. */
    public AccuracyReport accuracy() {
        return AccuracyReport.of(history.all());
    }

    /** The multipliers' estimate, saying how many runs there are so far (too few to learn from). */
    private static Estimate counted(Estimate multipliers, int runs) {
        return new Estimate(
                multipliers.expectedSeconds(),
                multipliers.minSeconds(),
                multipliers.maxSeconds(),
                multipliers.cost(),
                multipliers.resources(),
                Estimate.Basis.MULTIPLIERS,
                runs);
    }

    private static Estimate fromHistory(Template template, ResolvedQuality quality, HistoryModel.Prediction p) {
        return new Estimate(
                p.seconds(),
                p.low(),
                p.high(),
                Estimator.cost(template, quality, p.seconds()),
                Estimator.scaledResources(template.resources(), quality),
                Estimate.Basis.HISTORY,
                p.runs());
    }
}
