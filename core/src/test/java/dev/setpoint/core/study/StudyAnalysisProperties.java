package dev.setpoint.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.property.Generator;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Best trials, Pareto fronts, best so far and effects of random studies, against brute force. */
class StudyAnalysisProperties {

    static LongStream seeds() {
        return Generator.seeds(200);
    }

    /** Random trials: some failed, some pending, values often tied, a soft constraint sometimes broken. */
    private static List<TrialRecord> trials(Generator gen) {
        List<TrialRecord> trials = new ArrayList<>();
        int count = gen.between(0, 40);
        for (int i = 0; i < count; i++) {
            Map<String, Value> point = Map.of("a", Value.of(gen.between(0, 3)), "b", Value.of(gen.oneOf("x", "y")));
            TrialStatus status = gen.chance(0.8) ? TrialStatus.SUCCEEDED : gen.oneOf(TrialStatus.values());
            Map<String, Double> metrics =
                    Map.of("q", gen.chance(0.3) ? gen.between(-3, 3) : gen.between(-100.0, 100.0), "t", (double)
                            gen.between(0, 5));
            trials.add(new TrialRecord(i, point, status, null, gen.between(0.1, 3.0), 0.1, metrics));
        }
        return trials;
    }

    private static StudySpec spec(Generator gen, int objectives) {
        List<Objective> list = new ArrayList<>(List.of(new Objective("q", gen.oneOf(Direction.values()))));
        if (objectives == 2) {
            list.add(new Objective("t", gen.oneOf(Direction.values())));
        }
        List<Constraint> constraints = gen.chance(0.5)
                ? List.of(Constraint.soft("run_seconds", ConstraintOp.LE, 2))
                : List.of(Constraint.hard("run_seconds", ConstraintOp.LE, 2.5));
        return new StudySpec(list, constraints, StrategyKind.GRID, 1, Budget.trials(100));
    }

    private static SearchSpace space() {
        Map<String, List<Value>> parameters = new LinkedHashMap<>();
        parameters.put("a", List.of(Value.of(0), Value.of(1), Value.of(2), Value.of(3)));
        parameters.put("b", List.of(Value.of("x"), Value.of("y")));
        return new SearchSpace(parameters);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBestIsASucceededTrialNoOtherBeats(long seed) {
        Generator gen = new Generator(seed);
        StudySpec spec = spec(gen, 1);

        StudyResult result = StudyAnalysis.analyse(spec, space(), trials(gen));

        List<ScoredTrial> succeeded =
                result.trials().stream().filter(t -> t.scores() != null).toList();
        assertThat(result.paretoFront()).isEmpty();
        if (succeeded.isEmpty()) {
            assertThat(result.best()).isNull();
            assertThat(result.bestSoFar()).isEmpty();
            return;
        }
        Direction direction = spec.objectives().get(0).direction();
        assertThat(result.best().status()).isEqualTo(TrialStatus.SUCCEEDED);
        for (ScoredTrial other : succeeded) {
            assertThat(direction.loss(result.best().scores().get(0)))
                    .isLessThanOrEqualTo(direction.loss(other.scores().get(0)));
        }
        assertThat(result.bestSoFar().get(result.trials().size() - 1))
                .isEqualTo(result.best().scores().get(0));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBestSoFarNeverGetsWorseAndStartsAtTheFirstSuccess(long seed) {
        Generator gen = new Generator(seed);
        StudySpec spec = spec(gen, gen.between(1, 2));

        StudyResult result = StudyAnalysis.analyse(spec, space(), trials(gen));

        Direction direction = spec.objectives().get(0).direction();
        int first = result.trials().stream()
                .filter(t -> t.scores() != null)
                .mapToInt(ScoredTrial::index)
                .findFirst()
                .orElse(result.trials().size());
        Double previous = null;
        for (ScoredTrial trial : result.trials()) {
            Double best = result.bestSoFar().get(trial.index());
            assertThat(best == null).isEqualTo(trial.index() < first);
            if (previous != null) {
                assertThat(direction.loss(best)).isLessThanOrEqualTo(direction.loss(previous));
            }
            if (trial.scores() != null) {
                assertThat(direction.loss(best))
                        .isLessThanOrEqualTo(direction.loss(trial.scores().get(0)));
            }
            previous = best;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theParetoFrontIsExactlyTheSucceededTrialsNoneDominates(long seed) {
        Generator gen = new Generator(seed);
        StudySpec spec = spec(gen, 2);

        StudyResult result = StudyAnalysis.analyse(spec, space(), trials(gen));

        List<ScoredTrial> succeeded =
                result.trials().stream().filter(t -> t.scores() != null).toList();
        List<Integer> bruteForce = new ArrayList<>();
        for (ScoredTrial candidate : succeeded) {
            double[] mine = StudyAnalysis.losses(spec, candidate);
            boolean dominated = succeeded.stream().anyMatch(other -> {
                double[] theirs = StudyAnalysis.losses(spec, other);
                return theirs[0] <= mine[0] && theirs[1] <= mine[1] && (theirs[0] < mine[0] || theirs[1] < mine[1]);
            });
            if (!dominated) {
                bruteForce.add(candidate.index());
            }
        }
        assertThat(result.best()).isNull();
        assertThat(result.paretoFront()).isEqualTo(bruteForce);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void paretoRanksPeelFrontsOffOneByOne(long seed) {
        Generator gen = new Generator(seed);
        List<double[]> losses = new ArrayList<>();
        int count = gen.between(0, 30);
        for (int i = 0; i < count; i++) {
            losses.add(new double[] {gen.between(0, 5), gen.between(0, 5)});
        }

        int[] ranks = Pareto.ranks(losses);

        for (int i = 0; i < count; i++) {
            int rank = ranks[i];
            for (int j = 0; j < count; j++) {
                if (Pareto.dominates(losses.get(j), losses.get(i))) {
                    assertThat(ranks[j]).as("%d dominates %d", j, i).isLessThan(rank);
                }
            }
            if (rank > 0) {
                int index = i;
                assertThat(LongStream.range(0, count)
                                .anyMatch(j -> ranks[(int) j] == rank - 1
                                        && Pareto.dominates(losses.get((int) j), losses.get(index))))
                        .as("something of rank %d dominates %d", rank - 1, i)
                        .isTrue();
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anEffectIsTheMeanOfTheFirstObjectivePerCandidateAndTheirRange(long seed) {
        Generator gen = new Generator(seed);
        StudySpec spec = spec(gen, gen.between(1, 2));

        StudyResult result = StudyAnalysis.analyse(spec, space(), trials(gen));

        assertThat(result.effects()).extracting(ParameterEffect::parameter).containsExactly("a", "b");
        for (ParameterEffect effect : result.effects()) {
            List<Double> means = new ArrayList<>();
            for (ValueEffect value : effect.values()) {
                List<Double> objectives = result.trials().stream()
                        .filter(t -> t.scores() != null)
                        .filter(t -> t.trial().point().get(effect.parameter()).equals(value.value()))
                        .map(t -> t.objectives().get(0))
                        .toList();
                assertThat(value.trials()).isEqualTo(objectives.size());
                if (!objectives.isEmpty()) {
                    double mean = objectives.stream()
                            .mapToDouble(Double::doubleValue)
                            .average()
                            .orElseThrow();
                    assertThat(value.mean()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
                    means.add(value.mean());
                }
            }
            double range = means.size() < 2
                    ? 0
                    : means.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                            - means.stream()
                                    .mapToDouble(Double::doubleValue)
                                    .min()
                                    .orElseThrow();
            assertThat(effect.range()).isCloseTo(range, org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
