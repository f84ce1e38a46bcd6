package dev.setpoint.core.estimate;

import dev.setpoint.core.value.Figures;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How close the estimates runs were given came to their measured times, per template and overall.
 * "Learned" figures leave out each template's first {@link HistoryEstimator#MIN_RUNS} runs, whose
 * estimates could only come from the multipliers: they measure the history model itself.
 *
 * @param templates one row per template ref, sorted by ref
 */
public record AccuracyReport(List<TemplateAccuracy> templates, Accuracy all, Accuracy learned) {

    /** STORY-050's promise: estimates within 15%. */
    public static final double TOLERANCE = 0.15;

    public AccuracyReport {
        templates = List.copyOf(templates);
    }

    /**
     * @param runs how many runs the figures cover
     * @param medianErrorPercent the median of |estimate - actual| / actual, in percent; NaN without runs
     * @param percentWithinTolerance the share of runs whose error was at most {@link #TOLERANCE}, in percent; NaN without runs
     */
    public record Accuracy(int runs, double medianErrorPercent, double percentWithinTolerance) {

        /** Percentages are derived figures too: six significant digits ({@link Figures}). */
        public Accuracy {
            medianErrorPercent = Figures.figure(medianErrorPercent);
            percentWithinTolerance = Figures.figure(percentWithinTolerance);
        }

        static Accuracy of(List<RunObservation> runs) {
            double[] errors = runs.stream()
                    .mapToDouble(r -> Math.abs(r.relativeError()))
                    .sorted()
                    .toArray();
            if (errors.length == 0) {
                return new Accuracy(0, Double.NaN, Double.NaN);
            }
            int mid = errors.length / 2;
            double median = errors.length % 2 == 1 ? errors[mid] : (errors[mid - 1] + errors[mid]) / 2;
            long within = Arrays.stream(errors).filter(e -> e <= TOLERANCE).count();
            return new Accuracy(errors.length, 100 * median, 100.0 * within / errors.length);
        }

        /** {@code {"runs", "median_error_percent", "percent_within_tolerance"}}, figures null without runs. */
        public Value toValue() {
            Map<String, Value> out = new LinkedHashMap<>();
            out.put("runs", Value.of(runs));
            out.put("median_error_percent", runs == 0 ? Value.NULL : Value.of(medianErrorPercent));
            out.put("percent_within_tolerance", runs == 0 ? Value.NULL : Value.of(percentWithinTolerance));
            return new Value.Obj(out);
        }
    }

    /** The figures of one template: over all its runs and over those after its first few. */
    public record TemplateAccuracy(String template, Accuracy all, Accuracy learned) {

        /** {@code {"template", "all", "learned"}}. */
        public Value toValue() {
            Map<String, Value> out = new LinkedHashMap<>();
            out.put("template", Value.of(template));
            out.put("all", all.toValue());
            out.put("learned", learned.toValue());
            return new Value.Obj(out);
        }
    }

    /** The wire form: tolerance, the runs "learned" leaves out, a row per template, and the overall figures. */
    public Value toValue() {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("tolerance_percent", Value.of(100 * TOLERANCE));
        out.put("learned_after_runs", Value.of(HistoryEstimator.MIN_RUNS));
        out.put(
                "templates",
                Value.arr(templates.stream().map(TemplateAccuracy::toValue).toList()));
        out.put("all", all.toValue());
        out.put("learned", learned.toValue());
        return new Value.Obj(out);
    }

    /** The report over {@code runs}, oldest first (so that "first runs" means something). */
    public static AccuracyReport of(List<RunObservation> runs) {
        Map<String, List<RunObservation>> byTemplate = new TreeMap<>();
        runs.forEach(r ->
                byTemplate.computeIfAbsent(r.template(), t -> new ArrayList<>()).add(r));
        List<TemplateAccuracy> rows = new ArrayList<>();
        List<RunObservation> learned = new ArrayList<>();
        byTemplate.forEach((template, own) -> {
            List<RunObservation> afterFirst = own.subList(Math.min(own.size(), HistoryEstimator.MIN_RUNS), own.size());
            learned.addAll(afterFirst);
            rows.add(new TemplateAccuracy(template, Accuracy.of(own), Accuracy.of(afterFirst)));
        });
        return new AccuracyReport(rows, Accuracy.of(runs), Accuracy.of(learned));
    }
}
