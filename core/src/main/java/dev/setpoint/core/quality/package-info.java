/**
 * Quality levels: {@code BuiltinLevels} (STORY-050's draft, standard, high, ultra), {@code
 * CustomPresetBuilder}, and {@code QualityCatalog}, which resolves inheritance chains when a preset is
 * used (any depth up to 16, cycles rejected) into a {@code ResolvedQuality}. A custom preset stores
 * only what it sets, so a change to a base reaches every preset built on it; {@code null} means
 * "inherit" and any set value, {@code 1.0} included, wins. A custom preset's level comes from the
 * built-in its chain stands on. See docs/PRESETS.md.
 */
@NullMarked
package dev.setpoint.core.quality;

import org.jspecify.annotations.NullMarked;
