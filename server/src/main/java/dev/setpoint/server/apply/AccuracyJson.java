package dev.setpoint.server.apply;

import dev.setpoint.core.estimate.AccuracyReport;
import dev.setpoint.core.estimate.HistoryEstimator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The accuracy report on the wire; figures without runs are null. */
final class AccuracyJson {

    private AccuracyJson() {}

    static Map<String, Object> of(AccuracyReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tolerance_percent", 100 * AccuracyReport.TOLERANCE);
        out.put("learned_after_runs", HistoryEstimator.MIN_RUNS);
        out.put("templates", report.templates().stream().map(t -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("template", t.template());
            row.put("all", figures(t.all()));
            row.put("learned", figures(t.learned()));
            return row;
        }).toList());
        out.put("all", figures(report.all()));
        out.put("learned", figures(report.learned()));
        return out;
    }

    private static Map<String, Object> figures(AccuracyReport.Accuracy a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runs", a.runs());
        out.put("median_error_percent", a.runs() == 0 ? null : a.medianErrorPercent());
        out.put("percent_within_tolerance", a.runs() == 0 ? null : a.percentWithinTolerance());
        return out;
    }
}
