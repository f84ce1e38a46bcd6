/**
 * Tuning studies over HTTP: submit a study (a template, presets merged into a search space, fixed
 * inputs, objectives, constraints, a strategy and a budget), read it as the study document, follow it
 * as server-sent events, list, cancel, and keep a trial's point as a parameter preset. {@code
 * StudyRequests} reads the body into the jobs module's submission with defaults filled in and every
 * problem at its pointer; the jobs module's {@code StudyService} checks the study against its
 * template, runs its trials as jobs (built by {@code ServerTrialRequests} the way {@code /api/jobs}
 * builds one) and keeps it going across restarts.
 */
@NullMarked
package dev.setpoint.server.studies;

import org.jspecify.annotations.NullMarked;
