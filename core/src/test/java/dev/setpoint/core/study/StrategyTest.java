package dev.setpoint.core.study;

import static dev.setpoint.core.study.Studies.max;
import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Strategies at the edges: grids beyond a long, histories from elsewhere, spaces used up. */
class StrategyTest {

    /** Twenty parameters of ten candidates: 10^20 points, more than a long counts. */
    private static final SearchSpace HUGE = huge();

    private static SearchSpace huge() {
        Map<String, List<Value>> parameters = new LinkedHashMap<>();
        for (int p = 0; p < 20; p++) {
            parameters.put(
                    "p" + p,
                    LongStream.range(0, 10)
                            .mapToObj(Value::of)
                            .map(Value.class::cast)
                            .toList());
        }
        return new SearchSpace(parameters);
    }

    private static List<ScoredTrial> run(Strategy strategy, StudySpec spec, int trials) {
        List<ScoredTrial> history = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            Map<String, Value> point = strategy.next(history).orElseThrow();
            history.add(Scoring.score(
                    spec, new TrialRecord(i, point, TrialStatus.SUCCEEDED, null, 1.0, 1.0, Map.of("q", (double)
                            point.values().stream()
                                    .mapToLong(v -> ((Value.Num) v).value().longValue())
                                    .sum()))));
        }
        return history;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(StrategyKind.class)
    void aGridBeyondALongStillGetsDistinctPoints(StrategyKind kind) {
        assertThat(HUGE.gridSize()).isEqualTo(BigInteger.TEN.pow(20));
        StudySpec spec = Studies.spec(kind, 5, 40, max("q"));

        List<ScoredTrial> history = run(Strategy.of(spec, HUGE), spec, 40);

        Set<Map<String, Value>> points = new HashSet<>();
        history.forEach(t -> points.add(t.trial().point()));
        assertThat(points).hasSize(40);
        if (kind == StrategyKind.GRID) {
            assertThat(history.get(11).trial().point()).isEqualTo(HUGE.point(11));
        }
        assertThat(run(Strategy.of(spec, HUGE), spec, 40)).isEqualTo(history);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(StrategyKind.class)
    void aUsedUpSpaceHasNoNextPointAndPointsFromElsewhereAreIgnored(StrategyKind kind) {
        SearchSpace space = new SearchSpace(Map.of("a", List.of(Value.of(1), Value.of(2))));
        StudySpec spec = Studies.spec(kind, 5, 10, max("q"));
        Strategy strategy = Strategy.of(spec, space);
        List<ScoredTrial> history = new ArrayList<>();
        history.add(Scoring.score(spec, TrialRecord.queued(0, Map.of("b", Value.of(1)))));
        history.add(Scoring.score(spec, TrialRecord.queued(1, Map.of("a", Value.of(3)))));
        history.add(Scoring.score(spec, TrialRecord.queued(2, space.point(1))));

        assertThat(strategy.next(history)).contains(space.point(0));

        history.add(Scoring.score(spec, Studies.failed(3, "out of memory")));
        history.add(Scoring.score(spec, TrialRecord.queued(4, space.point(0))));
        assertThat(strategy.next(history)).isEmpty();
    }

    @Test
    void bayesLearnsFromFailedTrialsAndStillFindsTheBestOfASmoothSpace() {
        Map<String, List<Value>> parameters = new LinkedHashMap<>();
        parameters.put(
                "a",
                LongStream.range(0, 12)
                        .mapToObj(Value::of)
                        .map(Value.class::cast)
                        .toList());
        parameters.put(
                "b",
                LongStream.range(0, 12)
                        .mapToObj(Value::of)
                        .map(Value.class::cast)
                        .toList());
        SearchSpace space = new SearchSpace(parameters);
        StudySpec spec = new StudySpec(
                List.of(max("q")),
                List.of(Constraint.hard("q", ConstraintOp.LE, 21)),
                StrategyKind.BAYES,
                11,
                Budget.trials(60));

        List<ScoredTrial> history = run(Strategy.of(spec, space), spec, 60);

        assertThat(history).anySatisfy(t -> assertThat(t.status()).isEqualTo(TrialStatus.FAILED));
        assertThat(StudyAnalysis.best(
                                Direction.MAXIMIZE,
                                history.stream().filter(t -> t.scores() != null).toList())
                        .scores())
                .containsExactly(21.0);
    }
}
