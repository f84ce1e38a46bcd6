package dev.setpoint.core.template;

import dev.setpoint.core.value.Figures;

/**
 * Resources a template needs at standard quality, or the limits of a machine.
 *
 * @param cpu cores
 * @param memory GiB of RAM
 * @param gpu GPUs
 * @param vram GiB of GPU memory
 */
public record Resources(double cpu, double memory, double gpu, double vram) {

    /** The default limits a preset's scaled requirements are checked against: one large GPU server. */
    public static final Resources DEFAULT_LIMITS = new Resources(64, 512, 8, 80);

    /** Rounded to {@link Figures}' precision: scaled requirements are products of doubles. */
    public Resources {
        cpu = Figures.figure(cpu);
        memory = Figures.figure(memory);
        gpu = Figures.figure(gpu);
        vram = Figures.figure(vram);
        check("cpu", cpu);
        check("memory", memory);
        check("gpu", gpu);
        check("vram", vram);
    }

    private static void check(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be a finite number of at least 0, not " + value);
        }
    }
}
