package dev.setpoint.jobs;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.study.Objective;
import dev.setpoint.core.study.ScoredTrial;
import dev.setpoint.core.study.StudyDocument;
import dev.setpoint.core.study.TrialStatus;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A study's trial as a parameter preset: its point, one value per parameter, and in its metadata
 * where it came from ({@code extra}: study, trial, template, objective and the value the trial
 * measured for it; with two objectives also both, as {@code objectives} and {@code values}).
 */
final class StudyPresets {

    static final String CATEGORY = "tuning";

    private StudyPresets() {}

    /**
     * @param trial the trial's index; null for the best
     * @throws SetpointException INVALID at {@code /trial} when there is no such succeeded trial
     */
    static ParameterPreset of(StudyDocument study, String name, @Nullable Integer trial) {
        ScoredTrial chosen = trial == null ? best(study) : succeeded(study, trial);
        Map<String, List<Value>> parameters = new LinkedHashMap<>();
        chosen.trial().point().forEach((parameter, value) -> parameters.put(parameter, List.of(value)));
        List<Objective> objectives = study.spec().objectives();
        Map<String, Value> extra = new LinkedHashMap<>();
        extra.put("study", Value.of(study.id()));
        extra.put("trial", Value.of(chosen.index()));
        extra.put("template", Value.of(study.template()));
        extra.put("objective", Value.of(objectives.get(0).text()));
        extra.put("value", Value.of(chosen.objectives().get(0)));
        if (objectives.size() > 1) {
            extra.put(
                    "objectives",
                    Value.arr(objectives.stream().map(o -> Value.of(o.text())).toList()));
            extra.put(
                    "values",
                    Value.arr(chosen.objectives().stream().map(Value::of).toList()));
        }
        String measured = objectives.stream()
                .map(o -> o.text() + " = " + chosen.objectives().get(objectives.indexOf(o)))
                .collect(Collectors.joining(", "));
        String description = "Trial " + chosen.index() + " of study "
                + (study.name() == null ? study.id() : study.name()) + " on " + study.template() + ": " + measured;
        return new ParameterPreset(
                null,
                name,
                description,
                CATEGORY,
                null,
                parameters,
                false,
                new Metadata(null, List.of("study"), List.of(), extra));
    }

    private static ScoredTrial best(StudyDocument study) {
        if (study.spec().objectives().size() > 1) {
            throw SetpointException.invalid(
                    "/trial",
                    "a study with two objectives has a Pareto front, not one best trial: name the trial to save"
                            + " (the front: " + study.result().paretoFront() + ")");
        }
        ScoredTrial best = study.result().best();
        if (best == null) {
            throw SetpointException.invalid(
                    "/trial", "no trial of study " + study.id() + " has succeeded yet: there is no best to save");
        }
        return best;
    }

    private static ScoredTrial succeeded(StudyDocument study, int index) {
        ScoredTrial trial = study.result().trials().stream()
                .filter(t -> t.index() == index)
                .findFirst()
                .orElseThrow(() -> SetpointException.invalid(
                        "/trial",
                        "study " + study.id() + " has no trial " + index + ": it has "
                                + study.result().trials().size() + " trials, numbered from 0"));
        if (trial.status() != TrialStatus.SUCCEEDED) {
            throw SetpointException.invalid(
                    "/trial",
                    "trial " + index + " did not succeed (" + trial.status().id()
                            + (trial.reason() == null ? "" : ": " + trial.reason())
                            + "): only a succeeded trial's point can be saved");
        }
        return trial;
    }
}
