package dev.setpoint.bench;

import dev.setpoint.core.compat.Compatibility;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Resolver#check} (which is {@code CompatibilityChecker.check}) for sd-image on the chain
 * high, crisp, crisp-wide with two parameter presets. Target: p99 under 20 µs.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class CompatibilityBenchmark {

    private final Resolver resolver = new Resolver();
    private ApplyRequest compatible;
    private ApplyRequest incompatible;

    @Setup
    public void setUp() {
        compatible = Fixtures.imageChainWithPresets();
        ParameterPreset wrong = Fixtures.parameterPreset(
                "Wrong",
                Map.of(
                        "stepz", List.of(Value.of(10)),
                        "steps", List.of(Value.of(500), Value.of(20))));
        incompatible = new ApplyRequest(
                compatible.template(),
                compatible.quality(),
                List.of(compatible.presets().get(0), wrong),
                MergeStrategy.UNION,
                compatible.inputs());
        if (!resolver.check(compatible).compatible()
                || resolver.check(incompatible).reasons().size() != 2) {
            throw new IllegalStateException("fixtures do not give the expected compatibility");
        }
    }

    /** Every value checked, nothing to report: the common case. */
    @Benchmark
    public Compatibility compatible() {
        return resolver.check(compatible);
    }

    /** An unknown parameter and an out-of-range candidate: the reasons are built as messages. */
    @Benchmark
    public Compatibility incompatible() {
        return resolver.check(incompatible);
    }
}
