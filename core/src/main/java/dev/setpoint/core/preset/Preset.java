package dev.setpoint.core.preset;

import org.jspecify.annotations.Nullable;

/**
 * A named layer of parameter assignments. A {@link QualityPreset} assigns one value per parameter
 * and function type; a {@link ParameterPreset} lists candidate values per parameter (a search space).
 */
public sealed interface Preset permits QualityPreset, ParameterPreset {

    /** Stable identifier; for system presets a fixed slug such as {@code high} or {@code high-throughput}. */
    @Nullable
    String id();

    String name();

    String description();

    Metadata metadata();

    /** System presets ship with Setpoint and are read-only. */
    boolean system();

    /** {@code quality} or {@code parameter}, as in the export format's {@code kind}. */
    String kind();
}
