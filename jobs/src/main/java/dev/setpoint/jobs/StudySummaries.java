package dev.setpoint.jobs;

import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A study as lists show it ({@code GET /api/studies}, {@code setpoint studies list}): its document's
 * heading members without the trials, the space or the analysis, and the best trial's index and first
 * score (in its objective's unit, its penalty included); both null without a best trial, as with two
 * objectives, whose front is listed by index instead.
 */
public final class StudySummaries {

    private static final List<String> KEPT = List.of(
            "id",
            "name",
            "status",
            "reason",
            "created_at",
            "finished_at",
            "template",
            "quality",
            "strategy",
            "objectives",
            "progress",
            "pareto_front");

    private StudySummaries() {}

    /** The summary of a study document as {@code core.format.StudyJson} writes it. */
    public static Value.Obj of(Value.Obj study) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (String member : KEPT) {
            out.put(member, study.members().getOrDefault(member, Value.NULL));
        }
        Value best = study.members().getOrDefault("best", Value.NULL);
        out.put("best_trial", best instanceof Value.Obj trial ? trial.members().get("index") : Value.NULL);
        out.put(
                "best_score",
                best instanceof Value.Obj trial && trial.members().get("scores") instanceof Value.Arr s
                        ? s.items().get(0)
                        : Value.NULL);
        return new Value.Obj(out);
    }
}
