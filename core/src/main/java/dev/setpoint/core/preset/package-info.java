/**
 * The two kinds of preset, records validated in their constructors under the sealed {@code Preset}:
 * {@code QualityPreset} (one value per parameter and function type, multipliers, resource scaling,
 * inheritance) and {@code ParameterPreset} (candidate lists: a search space, each list a {@code
 * Candidates}, which keeps its set, and its values as longs when all are integers, so merges compare
 * without re-reading values); {@code Metadata}, {@code InferenceRuntime} (the engine a parameter
 * preset tunes), {@code Names} (the one rule for comparing names: NFKC and case folding, used by the
 * store's uniqueness and the CLI's lookups) and the seed's {@code SystemParameterPresets}.
 */
@NullMarked
package dev.setpoint.core.preset;

import org.jspecify.annotations.NullMarked;
