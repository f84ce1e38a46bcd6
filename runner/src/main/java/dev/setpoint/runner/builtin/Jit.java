package dev.setpoint.runner.builtin;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Which HotSpot compiler makes this JVM's hot code, for the work-unit weights that depend on it. The
 * weights are measured relative costs (docs/FUNCTIONS.md), and the two compilers make code whose
 * speeds differ by loop: a maximum-quality partial costs about one balanced partial under the
 * optimising compiler and two and a half under the client compiler alone, which is what
 * {@code ./setpoint} runs, for its start-up.
 */
enum Jit {
    /** C2, the optimising compiler, with or without C1 in front of it: the JVM's default. */
    OPTIMISING,
    /** C1 alone ({@code -XX:TieredStopAtLevel} 1 to 3). */
    CLIENT_ONLY;

    /** This JVM's. */
    static final Jit CURRENT = detect();

    /** The weight measured under this JVM's compiler. */
    static double weight(double optimising, double clientOnly) {
        return CURRENT == CLIENT_ONLY ? clientOnly : optimising;
    }

    /** From the values of the JVM options {@code TieredCompilation} and {@code TieredStopAtLevel}. */
    static Jit of(String tieredCompilation, String tieredStopAtLevel) {
        boolean tiered = Boolean.parseBoolean(tieredCompilation);
        int level = Integer.parseInt(tieredStopAtLevel.trim());
        return tiered && level >= 1 && level <= 3 ? CLIENT_ONLY : OPTIMISING;
    }

    /** This JVM's options; a JVM without HotSpot's options gets the optimising weights. */
    private static Jit detect() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotSpot == null) {
                return OPTIMISING;
            }
            return of(
                    hotSpot.getVMOption("TieredCompilation").getValue(),
                    hotSpot.getVMOption("TieredStopAtLevel").getValue());
        } catch (IllegalArgumentException e) { // an option this JVM does not have, or not a number
            return OPTIMISING;
        }
    }
}
