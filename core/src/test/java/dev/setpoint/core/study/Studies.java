package dev.setpoint.core.study;

import dev.setpoint.core.property.Generator;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short ways to write study specs, spaces and trials in tests, and seeded random ones. */
final class Studies {

    private static final List<String> WORDS = List.of("fast", "slow", "medium", "veryslow", "film", "grain", "none");

    private Studies() {}

    static StudySpec spec(StrategyKind strategy, long seed, int maxTrials, Objective... objectives) {
        return new StudySpec(List.of(objectives), List.of(), strategy, seed, Budget.trials(maxTrials));
    }

    static StudySpec spec(List<Objective> objectives, List<Constraint> constraints) {
        return new StudySpec(objectives, constraints, StrategyKind.GRID, 1, Budget.trials(100));
    }

    static Objective max(String metric) {
        return new Objective(metric, Direction.MAXIMIZE);
    }

    static Objective min(String metric) {
        return new Objective(metric, Direction.MINIMIZE);
    }

    static TrialRecord succeeded(int index, Map<String, Value> point, Map<String, Double> metrics) {
        return new TrialRecord(index, point, TrialStatus.SUCCEEDED, null, 1.0, 0.5, metrics);
    }

    static TrialRecord succeeded(int index, Map<String, Double> metrics) {
        return succeeded(index, Map.of("x", Value.of(index)), metrics);
    }

    static TrialRecord failed(int index, String reason) {
        return new TrialRecord(index, Map.of("x", Value.of(index)), TrialStatus.FAILED, reason, null, null, Map.of());
    }

    /** One to four parameters of one to six candidates each: integers, decimals, words or booleans. */
    static SearchSpace space(Generator gen) {
        Map<String, List<Value>> parameters = new LinkedHashMap<>();
        int count = gen.between(1, 4);
        for (int p = 0; p < count; p++) {
            int size = gen.between(1, 6);
            List<Value> values = switch (gen.between(0, 3)) {
                case 0 -> gen.distinctList(size, size, () -> (Value) Value.of(gen.between(-50L, 50L)));
                case 1 -> gen.distinctList(size, size, () -> (Value) Value.of(gen.between(0, 100) / 4.0));
                case 2 -> gen.distinctList(1, Math.min(size, WORDS.size()), () -> (Value) Value.of(gen.oneOf(WORDS)));
                default -> gen.distinctList(1, 2, () -> Value.of(gen.chance(0.5)));
            };
            parameters.put("p" + p, new ArrayList<>(values));
        }
        return new SearchSpace(parameters);
    }

    /**
     * Every point of {@code space} measured by a seeded synthetic function: {@code quality} is a sum
     * of per-candidate effects plus an interaction of the first two parameters, {@code run_seconds}
     * another such sum; about one point in ten fails.
     */
    static TrialTable table(Generator gen, SearchSpace space) {
        Map<String, Map<Value, Double>> quality = effects(gen, space);
        Map<String, Map<Value, Double>> seconds = effects(gen, space);
        double interaction = gen.between(-1.0, 1.0);
        List<TrialRecord> trials = new ArrayList<>();
        long size = space.gridSize().longValueExact();
        for (int i = 0; i < size; i++) {
            Map<String, Value> point = space.point(i);
            if (gen.chance(0.1)) {
                trials.add(new TrialRecord(i, point, TrialStatus.FAILED, "out of memory", null, null, Map.of()));
                continue;
            }
            double q = sum(quality, point) + interaction * product(quality, point);
            double s = 1 + Math.abs(sum(seconds, point));
            trials.add(new TrialRecord(i, point, TrialStatus.SUCCEEDED, null, s, s * 0.01, Map.of("quality", q)));
        }
        return new TrialTable("synthetic@1", space, trials);
    }

    private static Map<String, Map<Value, Double>> effects(Generator gen, SearchSpace space) {
        Map<String, Map<Value, Double>> effects = new LinkedHashMap<>();
        space.parameters().forEach((name, values) -> {
            Map<Value, Double> effect = new LinkedHashMap<>();
            values.forEach(v -> effect.put(v, gen.between(-10.0, 10.0)));
            effects.put(name, effect);
        });
        return effects;
    }

    private static double sum(Map<String, Map<Value, Double>> effects, Map<String, Value> point) {
        return point.entrySet().stream()
                .mapToDouble(e -> effects.get(e.getKey()).get(e.getValue()))
                .sum();
    }

    private static double product(Map<String, Map<Value, Double>> effects, Map<String, Value> point) {
        return point.entrySet().stream()
                .limit(2)
                .mapToDouble(e -> effects.get(e.getKey()).get(e.getValue()))
                .reduce(1, (a, b) -> a * b);
    }
}
