/**
 * Apply: {@code Resolver} lays the template's defaults, the quality preset's chain, parameter presets
 * and the caller's overrides over each other, applies the category rules (sealed {@code
 * CategoryRules}: {@code ImageRules}, {@code VideoRules}, {@code AudioRules}, {@code TextRules}) and
 * {@code GlobalScaling}, validates, estimates, and records for every parameter where its value came
 * from ({@code Provenance}, {@code Source}). A seed of -1 ("pick one") is drawn at submission ({@code
 * Seeds}), so a job records the seed it ran with. See docs/PRESETS.md.
 */
@NullMarked
package dev.setpoint.core.resolve;

import org.jspecify.annotations.NullMarked;
