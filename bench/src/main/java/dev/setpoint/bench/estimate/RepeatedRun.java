package dev.setpoint.bench.estimate;

import dev.setpoint.core.estimate.AccuracyReport;
import dev.setpoint.core.estimate.RunObservation;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How still the machine holds: one run (a template at a level, its defaults, a fixed seed) repeated,
 * each predicted from the same run's times just before it. No estimator can do better for an
 * identical run than its own latest times, so the share of runs within 15% of those is the ceiling
 * this machine puts on the accuracy target. Usage: {@code RepeatedRun template level runs}; the
 * first {@value #WARM_UP} runs only warm up.
 */
public final class RepeatedRun {

    private static final int WARM_UP = 20;
    private static final int LATEST = 5;

    private RepeatedRun() {}

    public static void main(String[] args) throws Exception {
        Template template = TemplateRegistry.builtin().resolve(args[0]);
        ResolvedQuality quality = QualityCatalog.builtin().resolve(args[1]);
        int runs = Integer.parseInt(args[2]);
        Executor executor = EstimateAccuracy.builtin(template)
                .orElseThrow(() -> new IllegalArgumentException(template.id() + " is not a built-in function"));
        // The seed is drawn once, here, as a submission draws it: every run below is the same run.
        RunSpec spec = new EstimateAccuracy(1).spec(template, quality, EstimateAccuracy.required(template), true);
        List<Double> seconds = new ArrayList<>();
        List<RunObservation> fromMedian = new ArrayList<>();
        List<RunObservation> fromLast = new ArrayList<>();
        for (int i = 0; i < WARM_UP + runs; i++) {
            long start = System.nanoTime();
            executor.run(spec, ProgressSink.NONE);
            double took = (System.nanoTime() - start) / 1e9;
            if (i >= WARM_UP) {
                double median = medianOfLatest(seconds);
                fromMedian.add(
                        new RunObservation(template.ref(), quality.preset().id(), 1, took, median));
                fromLast.add(new RunObservation(template.ref(), quality.preset().id(), 1, took, seconds.get(i - 1)));
                System.err.printf(
                        Locale.ROOT,
                        "run %d took %.4g s (median of the %d before %.4g s)%n",
                        i + 1,
                        took,
                        LATEST,
                        median);
            }
            seconds.add(took);
        }
        EstimateAccuracy.delete(spec.workDir());
        double min = seconds.subList(WARM_UP, seconds.size()).stream()
                .mapToDouble(d -> d)
                .min()
                .orElseThrow();
        double max = seconds.subList(WARM_UP, seconds.size()).stream()
                .mapToDouble(d -> d)
                .max()
                .orElseThrow();
        System.out.printf(
                Locale.ROOT,
                "%s at %s, %d runs after %d to warm up: %.4g to %.4g s%n",
                template.ref(),
                quality.preset().id(),
                runs,
                WARM_UP,
                min,
                max);
        System.out.printf(Locale.ROOT, "%-24s %5s %13s %11s%n", "predicted from", "runs", "median error", "within 15%");
        print("median of the 5 before", AccuracyReport.of(fromMedian).all());
        print("the run before", AccuracyReport.of(fromLast).all());
    }

    private static double medianOfLatest(List<Double> seconds) {
        List<Double> latest = new ArrayList<>(seconds.subList(seconds.size() - LATEST, seconds.size()));
        latest.sort(null);
        return latest.get(LATEST / 2);
    }

    private static void print(String name, AccuracyReport.Accuracy accuracy) {
        System.out.printf(
                Locale.ROOT,
                "%-24s %5d %12.1f%% %10.1f%%%n",
                name,
                accuracy.runs(),
                accuracy.medianErrorPercent(),
                accuracy.percentWithinTolerance());
    }
}
