package dev.setpoint.bench;

import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.merge.Merger;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Merger#merge} of 100 parameter presets of 50 parameters with 100 candidate values each,
 * generated from a fixed seed.
 *
 * <p>Every preset sets the same 40 shared parameters plus 10 drawn from a pool of 200. The values of
 * a parameter come from a pool of 300 (integers, decimals or strings by parameter), so presets overlap
 * partly; even shared parameters also always hold the same 20 core values, so intersection carries
 * them through all 100 presets, while odd ones run out of common values after a few presets.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class MergeBenchmark {

    static final int PRESETS = 100;
    static final int PARAMETERS = 50;
    static final int CANDIDATES = 100;
    private static final int SHARED = 40;
    private static final int OWN_POOL = 200;
    private static final int VALUE_POOL = 300;
    private static final int CORE = 20;
    private static final long SEED = 20_240_501L;

    @Param({"union", "intersection", "last_wins"})
    public String strategy;

    private MergeStrategy mergeStrategy;
    private List<ParameterPreset> presets;

    @Setup
    public void setUp() {
        mergeStrategy = MergeStrategy.of(strategy);
        presets = workload();
    }

    /** The presets to merge, the same at every setup; a subclass measures another workload. */
    List<ParameterPreset> workload() {
        return presets(new Random(SEED));
    }

    @Benchmark
    public MergeResult merge() {
        return Merger.merge(presets, mergeStrategy);
    }

    static List<ParameterPreset> presets(Random random) {
        List<ParameterPreset> presets = new ArrayList<>();
        for (int p = 0; p < PRESETS; p++) {
            presets.add(Fixtures.parameterPreset("Generated " + p, parameters(random)));
        }
        return presets;
    }

    private static Map<String, List<Value>> parameters(Random random) {
        Map<String, List<Value>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < SHARED; i++) {
            parameters.put(String.format("shared_%02d", i), candidates(i, i % 2 == 0 ? CORE : 0, random));
        }
        while (parameters.size() < PARAMETERS) {
            int own = random.nextInt(OWN_POOL);
            parameters.putIfAbsent(String.format("own_%03d", own), candidates(own, 0, random));
        }
        return parameters;
    }

    /** {@code core} fixed values plus random distinct others from the pool, shuffled. */
    private static List<Value> candidates(int parameter, int core, Random random) {
        List<Integer> pool = new ArrayList<>();
        for (int n = core; n < VALUE_POOL; n++) {
            pool.add(n);
        }
        Collections.shuffle(pool, random);
        List<Integer> chosen = new ArrayList<>(pool.subList(0, CANDIDATES - core));
        for (int n = 0; n < core; n++) {
            chosen.add(n);
        }
        Collections.shuffle(chosen, random);
        return chosen.stream().map(n -> value(parameter, n)).toList();
    }

    private static Value value(int parameter, int n) {
        return switch (parameter % 3) {
            case 0 -> Value.of(n);
            case 1 -> Value.of(n / 4.0);
            default -> Value.of("v" + n);
        };
    }
}
