package dev.setpoint.core.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a study's trials say.
 *
 * @param trials every trial, scored, in index order
 * @param best the succeeded trial with the best score, for one objective; {@code null} with two
 *     objectives, or before any trial succeeded
 * @param paretoFront with two objectives, the indexes of the succeeded trials no other succeeded
 *     trial dominates, in index order; empty with one objective
 * @param effects per parameter, how much the first objective varied with it
 * @param bestSoFar trial index to the best score of the first objective among the trials up to it;
 *     from the first succeeded trial on (before it there is no best)
 */
public record StudyResult(
        List<ScoredTrial> trials,
        @Nullable ScoredTrial best,
        List<Integer> paretoFront,
        List<ParameterEffect> effects,
        Map<Integer, Double> bestSoFar) {

    public StudyResult {
        trials = List.copyOf(trials);
        paretoFront = List.copyOf(paretoFront);
        effects = List.copyOf(effects);
        bestSoFar = Collections.unmodifiableMap(new LinkedHashMap<>(bestSoFar));
    }
}
