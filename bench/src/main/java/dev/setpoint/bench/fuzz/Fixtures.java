package dev.setpoint.bench.fuzz;

/**
 * Things the setup made for the seeds to point at: presets of the fuzzing user, a cancelled no-op
 * job, a spare token and a preset to delete.
 */
record Fixtures(
        long parameterPreset,
        long otherParameterPreset,
        long qualityPreset,
        String qualitySlug,
        long sparePreset,
        String job,
        long spareToken) {}
