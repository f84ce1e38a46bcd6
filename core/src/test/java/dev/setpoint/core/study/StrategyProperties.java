package dev.setpoint.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.property.Generator;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every strategy on random spaces, replayed against random measurements. */
class StrategyProperties {

    static LongStream seeds() {
        return Generator.seeds(60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void gridVisitsEveryPointExactlyOnceInGridOrder(long seed) {
        Generator gen = new Generator(seed);
        TrialTable table = Studies.table(gen, Studies.space(gen));
        int size = table.space().gridSize().intValueExact();

        List<ScoredTrial> replayed =
                Replay.replay(table, Studies.spec(StrategyKind.GRID, seed, Budget.MAX_TRIALS, Studies.max("quality")));

        assertThat(replayed).hasSize(size);
        for (int i = 0; i < size; i++) {
            assertThat(replayed.get(i).trial().point()).isEqualTo(table.space().point(i));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomIsReproducibleBySeedAndNeverRepeatsAPoint(long seed) {
        Generator gen = new Generator(seed);
        TrialTable table = Studies.table(gen, Studies.space(gen));
        StudySpec spec = Studies.spec(StrategyKind.RANDOM, seed, Budget.MAX_TRIALS, Studies.max("quality"));

        List<Map<String, Value>> first = points(Replay.replay(table, spec));
        List<Map<String, Value>> again = points(Replay.replay(table, spec));

        assertThat(again).isEqualTo(first);
        assertThat(first)
                .doesNotHaveDuplicates()
                .hasSize(table.space().gridSize().intValueExact());
        assertThat(Set.copyOf(first)).isEqualTo(Set.copyOf(points(table)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomOrdersDifferWithTheSeed(long seed) {
        SearchSpace space = new SearchSpace(Map.of("a", ints(10), "b", ints(10)));
        TrialTable table = Studies.table(new Generator(seed), space);

        List<Map<String, Value>> one =
                points(Replay.replay(table, Studies.spec(StrategyKind.RANDOM, seed, 20, Studies.max("quality"))));
        List<Map<String, Value>> other = points(
                Replay.replay(table, Studies.spec(StrategyKind.RANDOM, seed + 1000, 20, Studies.max("quality"))));

        assertThat(one).isNotEqualTo(other);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(StrategyKind.class)
    void noStrategyProposesAPointInTheHistoryPendingIncluded(StrategyKind kind) {
        for (long seed : seeds().toArray()) {
            Generator gen = new Generator(seed);
            TrialTable table = Studies.table(gen, Studies.space(gen));
            StudySpec spec = Studies.spec(kind, seed, Budget.MAX_TRIALS, Studies.max("quality"));
            Strategy strategy = Strategy.of(spec, table.space());
            List<ScoredTrial> history = new ArrayList<>();
            Set<Map<String, Value>> seen = new HashSet<>();
            for (Optional<Map<String, Value>> next = strategy.next(history);
                    next.isPresent();
                    next = strategy.next(history)) {
                assertThat(seen.add(next.get()))
                        .as("seed %d proposes %s again", seed, next.get())
                        .isTrue();
                TrialRecord measured = table.trials().get((int) index(table.space(), next.get()));
                TrialRecord trial = gen.chance(0.3)
                        ? TrialRecord.queued(history.size(), next.get())
                        : new TrialRecord(
                                history.size(),
                                next.get(),
                                measured.status(),
                                measured.reason(),
                                measured.runSeconds(),
                                measured.cost(),
                                measured.metrics());
                history.add(Scoring.score(spec, trial));
            }
            assertThat(seen)
                    .as("seed %d", seed)
                    .hasSize(table.space().gridSize().intValueExact());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bayesIsDeterministicForASeedAndHistory(long seed) {
        Generator gen = new Generator(seed);
        TrialTable table = Studies.table(gen, Studies.space(gen));
        StudySpec spec = Studies.spec(StrategyKind.BAYES, seed, 30, Studies.max("quality"), Studies.min("run_seconds"));

        List<ScoredTrial> first = Replay.replay(table, spec);
        List<ScoredTrial> again = Replay.replay(table, spec);

        assertThat(points(again)).isEqualTo(points(first));
        for (int cut = 0; cut < first.size(); cut++) {
            assertThat(Strategy.of(spec, table.space()).next(first.subList(0, cut)))
                    .as("resumed after %d trials", cut)
                    .contains(first.get(cut).trial().point());
        }
    }

    private static long index(SearchSpace space, Map<String, Value> point) {
        SpaceIndex index = new SpaceIndex(space);
        return index.index(index.coordinates(point));
    }

    private static List<Value> ints(int count) {
        return LongStream.range(0, count)
                .mapToObj(Value::of)
                .map(Value.class::cast)
                .toList();
    }

    private static List<Map<String, Value>> points(List<ScoredTrial> trials) {
        return trials.stream().map(t -> t.trial().point()).toList();
    }

    private static List<Map<String, Value>> points(TrialTable table) {
        return table.trials().stream().map(TrialRecord::point).toList();
    }
}
