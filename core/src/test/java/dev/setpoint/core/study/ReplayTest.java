package dev.setpoint.core.study;

import static dev.setpoint.core.study.Studies.max;
import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strategies replayed against the shipped examples' measured grids. */
class ReplayTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x264", "image"})
    void gridReplaysEveryMeasuredPointOnceInTheTablesOrder(String name) {
        TrialTable table = ShippedTables.load(name);

        List<ScoredTrial> replayed =
                Replay.replay(table, Studies.spec(StrategyKind.GRID, 1, Budget.MAX_TRIALS, max("psnr")));

        assertThat(replayed).hasSize(96);
        for (int i = 0; i < replayed.size(); i++) {
            TrialRecord measured = table.trials().get(i);
            assertThat(replayed.get(i).trial()).isEqualTo(measured);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x264", "image"})
    void randomReplaysTheSamePointsForTheSameSeedUpToTheBudget(String name) {
        TrialTable table = ShippedTables.load(name);
        StudySpec spec = Studies.spec(StrategyKind.RANDOM, 7, 20, max("psnr"));

        List<ScoredTrial> first = Replay.replay(table, spec);

        assertThat(first).hasSize(20);
        assertThat(first).extracting(ScoredTrial::index).containsExactlyElementsOf(range(20));
        assertThat(points(Replay.replay(table, spec))).isEqualTo(points(first)).doesNotHaveDuplicates();
        assertThat(points(Replay.replay(table, Studies.spec(StrategyKind.RANDOM, 8, 20, max("psnr")))))
                .isNotEqualTo(points(first));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GRID", "RANDOM", "BAYES"})
    void aPointTheTableLacksIsAFailedTrialSayingSo(StrategyKind kind) {
        TrialTable full = ShippedTables.load("image");
        TrialTable half =
                new TrialTable(full.template(), full.space(), full.trials().subList(0, 48));

        List<ScoredTrial> replayed = Replay.replay(half, Studies.spec(kind, 3, 96, max("psnr")));

        assertThat(replayed).hasSize(96);
        assertThat(replayed.stream().filter(t -> t.status() == TrialStatus.FAILED))
                .hasSize(48)
                .allSatisfy(t -> assertThat(t.reason()).isEqualTo("the trial table has no trial at this point"));
        assertThat(StudyAnalysis.best(
                        Direction.MAXIMIZE,
                        replayed.stream().filter(t -> t.scores() != null).toList()))
                .isNotNull();
    }

    private static List<Integer> range(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    private static List<Map<String, Value>> points(List<ScoredTrial> trials) {
        return trials.stream().map(t -> t.trial().point()).toList();
    }
}
