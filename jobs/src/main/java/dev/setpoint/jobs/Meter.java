package dev.setpoint.jobs;

import dev.setpoint.runner.ProcessUsage;
import dev.setpoint.store.RunMeasurements;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Measures runs on the thread that runs them: wall-clock time, the thread's CPU time, and the peak
 * growth of the JVM heap above its level at the start, sampled every {@link #SAMPLE_MILLIS} ms (with
 * several jobs at once each sees the others' allocation too, so the figure is an upper bound). The
 * CPU time and peak memory of the processes a command started are the executor's to sample; they
 * are added to the run's ({@link #withProcesses}).
 */
final class Meter implements AutoCloseable {

    static final long SAMPLE_MILLIS = 50;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Set<Run> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "job-meter");
        thread.setDaemon(true);
        return thread;
    });

    Meter() {
        sampler.scheduleAtFixedRate(this::sample, SAMPLE_MILLIS, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** One run in progress; {@link #stop} on the same thread that called {@link Meter#start}. */
    final class Run {
        private final long startNanos = System.nanoTime();
        private final long startCpu = cpu();
        private final long baseHeap = heap();
        private final AtomicLong peakHeap = new AtomicLong(baseHeap);
        private @Nullable RunMeasurements measured;

        /** Ends the measurement; later calls return the same figures. */
        RunMeasurements stop() {
            if (measured == null) {
                running.remove(this);
                sampleInto(this);
                measured = new RunMeasurements(
                        (System.nanoTime() - startNanos) / 1e9,
                        (cpu() - startCpu) / 1e9,
                        Math.max(0, peakHeap.get() - baseHeap));
            }
            return measured;
        }
    }

    /** The run's own measurements plus what the processes it started used. */
    static RunMeasurements withProcesses(RunMeasurements run, ProcessUsage processes) {
        return new RunMeasurements(
                run.runSeconds(),
                run.cpuSeconds() + processes.cpuSeconds(),
                run.peakMemoryBytes() + processes.peakResidentBytes());
    }

    Run start() {
        Run run = new Run();
        running.add(run);
        return run;
    }

    private void sample() {
        running.forEach(this::sampleInto);
    }

    private void sampleInto(Run run) {
        long used = heap();
        run.peakHeap.accumulateAndGet(used, Math::max);
    }

    private long cpu() {
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    private long heap() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
