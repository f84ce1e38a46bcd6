package dev.setpoint.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.property.Generator;
import dev.setpoint.core.template.Better;
import dev.setpoint.core.template.MetricSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Comparisons of random levels, some failed, with random metrics, judged either way. */
class ComparisonAnalysisProperties {

    private static final List<String> LEVELS = List.of("draft", "standard", "high", "ultra", "custom-a", "custom-b");
    private static final List<String> METRICS = List.of("psnr", "ssim", "bits_per_char", "output_bytes");
    private static final Percentage CLOSE = Percentage.withPercentage(1e-6);

    static LongStream seeds() {
        return Generator.seeds(200);
    }

    private static List<MetricSpec> goals(Generator gen) {
        return gen.distinctList(0, METRICS.size(), () -> gen.oneOf(METRICS)).stream()
                .map(name -> new MetricSpec(name, "", gen.oneOf(Better.values()), ""))
                .toList();
    }

    private static List<LevelRun> runs(Generator gen) {
        List<LevelRun> runs = new ArrayList<>();
        for (String level : gen.distinctList(1, LEVELS.size(), () -> gen.oneOf(LEVELS))) {
            if (gen.chance(0.2)) {
                runs.add(LevelRun.unmeasured(level));
                continue;
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (String metric : METRICS) {
                if (gen.chance(0.8)) {
                    metrics.put(metric, gen.between(-100.0, 100.0));
                }
            }
            double seconds = gen.chance(0.1) ? 0 : gen.between(0.001, 1000.0);
            runs.add(new LevelRun(level, seconds, seconds * gen.between(0.0, 2.0), metrics));
        }
        return runs;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRatioTimesStandardsTimeIsTheLevelsTime(long seed) {
        Generator gen = new Generator(seed);
        List<LevelRun> runs = runs(gen);

        ComparisonAnalysis analysis = ComparisonAnalysis.of(goals(gen), runs);

        double standard = runs.stream()
                .filter(r -> r.level().equals("standard") && r.runSeconds() != null)
                .mapToDouble(LevelRun::runSeconds)
                .findFirst()
                .orElse(0);
        if (standard == 0) {
            assertThat(analysis.timeRatios()).isEmpty();
            return;
        }
        assertThat(analysis.timeRatios()).containsEntry("standard", 1.0);
        for (LevelRun run : runs) {
            if (run.runSeconds() == null) {
                assertThat(analysis.timeRatios()).doesNotContainKey(run.level());
            } else {
                assertThat(analysis.timeRatios().get(run.level()) * standard).isCloseTo(run.runSeconds(), CLOSE);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGainTimesTheExtraSecondsIsTheMetricGainedInTheBetterDirection(long seed) {
        Generator gen = new Generator(seed);
        List<MetricSpec> goals = goals(gen);
        List<LevelRun> runs = runs(gen);

        List<LevelAnalysis> levels = ComparisonAnalysis.of(goals, runs).levels();

        LevelRun below = null;
        for (int i = 0; i < runs.size(); i++) {
            LevelRun run = runs.get(i);
            assertThat(levels.get(i).run()).isEqualTo(run);
            assertThat(levels.get(i).gainPerSecond().keySet())
                    .containsExactlyElementsOf(
                            goals.stream().map(MetricSpec::name).toList());
            for (MetricSpec goal : goals) {
                Double gain = levels.get(i).gainPerSecond().get(goal.name());
                if (gain != null) {
                    double metricGained =
                            run.metrics().get(goal.name()) - below.metrics().get(goal.name());
                    double extraSeconds = run.runSeconds() - below.runSeconds();
                    assertThat(extraSeconds).isPositive();
                    double sign = goal.better() == Better.LOWER ? -1 : 1;
                    assertThat(gain * extraSeconds).isCloseTo(sign * metricGained, CLOSE);
                } else {
                    assertThat(below == null
                                    || run.runSeconds() == null
                                    || !run.metrics().containsKey(goal.name())
                                    || !below.metrics().containsKey(goal.name())
                                    || run.runSeconds() <= below.runSeconds())
                            .isTrue();
                }
            }
            if (run.runSeconds() != null) {
                below = run;
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void levelsThatFailedDoNotChangeHowTheOthersCompare(long seed) {
        Generator gen = new Generator(seed);
        List<MetricSpec> goals = goals(gen);
        List<LevelRun> runs = runs(gen);
        List<LevelRun> measured =
                runs.stream().filter(r -> r.runSeconds() != null).toList();

        Map<String, LevelAnalysis> all = byLevel(ComparisonAnalysis.of(goals, runs));
        Map<String, LevelAnalysis> withoutFailures = byLevel(ComparisonAnalysis.of(goals, measured));

        assertThat(all).containsAllEntriesOf(withoutFailures);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void judgingAMetricTheOtherWayRoundNegatesItsGains(long seed) {
        Generator gen = new Generator(seed);
        List<LevelRun> runs = runs(gen);

        List<LevelAnalysis> higher = ComparisonAnalysis.of(List.of(new MetricSpec("psnr", "", Better.HIGHER, "")), runs)
                .levels();
        List<LevelAnalysis> lower = ComparisonAnalysis.of(List.of(new MetricSpec("psnr", "", Better.LOWER, "")), runs)
                .levels();

        for (int i = 0; i < runs.size(); i++) {
            Double up = higher.get(i).gainPerSecond().get("psnr");
            Double down = lower.get(i).gainPerSecond().get("psnr");
            assertThat(down).isEqualTo(up == null ? null : -up);
        }
    }

    private static Map<String, LevelAnalysis> byLevel(ComparisonAnalysis analysis) {
        Map<String, LevelAnalysis> out = new LinkedHashMap<>();
        analysis.levels().stream()
                .filter(l -> l.run().runSeconds() != null)
                .forEach(l -> out.put(l.run().level(), l));
        return out;
    }
}
