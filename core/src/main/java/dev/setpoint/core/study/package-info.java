/**
 * Tuning studies: a search space (merged parameter presets less the fixed inputs), one or two
 * objectives on measured metrics, constraints (SLOs, hard or soft), a strategy and a budget. {@code
 * Scoring} turns a trial's measurements into scores, {@code Strategy} chooses the next point from
 * the history (grid, seeded random, or TPE), {@code StudyAnalysis} finds the best trial or the Pareto
 * front and each parameter's effect, and {@code Replay} runs a strategy against a finished grid's
 * trial table. It knows nothing of jobs or storage: the callers run the points and hand back plain
 * figures, and {@code core.format.StudyJson} writes the document.
 */
@NullMarked
package dev.setpoint.core.study;

import org.jspecify.annotations.NullMarked;
