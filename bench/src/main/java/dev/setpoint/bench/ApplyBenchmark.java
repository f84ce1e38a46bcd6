package dev.setpoint.bench;

import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.ApplyResult;
import dev.setpoint.core.resolve.Resolver;
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
 * {@link Resolver#apply}: compatibility check, layers, category rules, scaling, validation of the
 * final parameters and the estimate. The requests are built once (inheritance already resolved), as
 * a service holding its catalog would. Target: p99 under 50 µs.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class ApplyBenchmark {

    private final Resolver resolver = new Resolver();
    private ApplyRequest imageAtHigh;
    private ApplyRequest videoOnCustomChain;

    @Setup
    public void setUp() {
        imageAtHigh = Fixtures.imageAtHigh();
        videoOnCustomChain = Fixtures.videoOnCustomChain();
        // Fail before measuring if a fixture does not apply cleanly.
        resolver.apply(imageAtHigh);
        resolver.apply(videoOnCustomChain);
    }

    /** sd-image at the built-in high level with a prompt. */
    @Benchmark
    public ApplyResult imageAtHigh() {
        return resolver.apply(imageAtHigh);
    }

    /** text-to-video on ultra plus two custom presets (chain of two custom links). */
    @Benchmark
    public ApplyResult videoOnCustomChain() {
        return resolver.apply(videoOnCustomChain);
    }
}
