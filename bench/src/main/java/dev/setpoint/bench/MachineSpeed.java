package dev.setpoint.bench;

import java.util.Locale;

/**
 * How steady this machine's CPU is: the same fixed computation timed again and again, one line of
 * seconds. On a shared VM the figures drift while nothing else runs in it; that drift bounds how
 * closely any estimate of a CPU-bound run can come. Usage: {@code MachineSpeed [rounds, default 40]}.
 */
public final class MachineSpeed {

    private static final int ITERATIONS = 60_000_000;
    private static final int MASK = 0xFFFF;

    private MachineSpeed() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        double[] buffer = new double[MASK + 1];
        double min = Double.MAX_VALUE;
        double max = 0;
        double sink = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            sink += work(buffer);
            double seconds = (System.nanoTime() - start) / 1e9;
            min = Math.min(min, seconds);
            max = Math.max(max, seconds);
            System.out.printf(Locale.ROOT, "%.3f ", seconds);
        }
        System.out.printf(
                Locale.ROOT, "%nmin %.3f s, max %.3f s, max/min %.2f (checksum %.3g)%n", min, max, max / min, sink);
    }

    /** A square root and a dependent memory write per iteration: the JIT can neither hoist nor drop it. */
    private static double work(double[] buffer) {
        double x = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            x += Math.sqrt(i) * buffer[i & MASK];
            buffer[(i * 7) & MASK] = x;
        }
        return x;
    }
}
