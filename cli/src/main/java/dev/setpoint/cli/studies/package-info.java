/**
 * {@code setpoint tune} and {@code setpoint studies list|show|cancel|save-preset}: tuning studies on
 * the command line. Against a server the study runs there ({@code POST /api/studies}, followed through
 * its event stream); without one it runs here, on the data directory's database through the jobs
 * module's study service, as {@code run} and {@code batch} do, and a killed {@code tune}'s study is
 * cancelled by {@code studies cancel}. Both print through {@code StudyReport} from the study document
 * the API writes: the warnings first, a line per trial as it ends, then the best trial or the Pareto
 * front.
 */
@NullMarked
package dev.setpoint.cli.studies;

import org.jspecify.annotations.NullMarked;
