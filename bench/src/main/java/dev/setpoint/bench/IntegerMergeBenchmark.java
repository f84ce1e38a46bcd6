package dev.setpoint.bench;

import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link MergeBenchmark}'s merge of the workload issue 20 measured: 100 parameter presets that all set the same
 * 50 parameters, each with 100 distinct integers drawn from 0..399 in random order (fixed seed). So
 * presets overlap a quarter: union keeps nearly all 400 values per parameter, intersection drops
 * every parameter after a few presets, and last_wins reports 50 x 99 = 4,950 conflicts.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class IntegerMergeBenchmark extends MergeBenchmark {

    static final int PRESETS = 100;
    static final int PARAMETERS = 50;
    static final int CANDIDATES = 100;
    private static final int VALUE_POOL = 400;
    private static final long SEED = 20_261_207L;

    @Override
    List<ParameterPreset> workload() {
        return presets(new Random(SEED));
    }

    static List<ParameterPreset> presets(Random random) {
        List<ParameterPreset> presets = new ArrayList<>();
        for (int p = 0; p < PRESETS; p++) {
            Map<String, List<Value>> parameters = new LinkedHashMap<>();
            for (int i = 0; i < PARAMETERS; i++) {
                parameters.put(String.format("param_%02d", i), candidates(random));
            }
            presets.add(Fixtures.parameterPreset("Preset " + p, parameters));
        }
        return presets;
    }

    /** {@link #CANDIDATES} distinct integers from the pool, shuffled. */
    private static List<Value> candidates(Random random) {
        List<Integer> pool =
                new ArrayList<>(IntStream.range(0, VALUE_POOL).boxed().toList());
        Collections.shuffle(pool, random);
        return pool.subList(0, CANDIDATES).stream()
                .map(n -> (Value) Value.of(n))
                .toList();
    }
}
