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
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * {@link MergeBenchmark}'s merge of the workload issue 20 measured: 100 parameter presets that all set the same
 * 50 parameters, each with 100 distinct integers drawn from 0..399 in random order (fixed seed). So
 * presets overlap a quarter: union keeps nearly all 400 values per parameter, intersection drops
 * every parameter after a few presets, and last_wins reports 50 x 99 = 4,950 conflicts.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IntegerMergeBenchmark extends MergeBenchmark {

    // PRESETS, PARAMETERS and CANDIDATES are MergeBenchmark's: the same 100 x 50 x 100.
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
