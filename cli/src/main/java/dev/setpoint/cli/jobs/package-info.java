/**
 * The command line's jobs: {@code setpoint jobs} (list, show, follow, cancel) against a server or on a
 * data directory, and what {@code run} shares with it: following a job with a progress bar, the report
 * of a finished job, the data directory a command without a server keeps its jobs in.
 */
@NullMarked
package dev.setpoint.cli.jobs;

import org.jspecify.annotations.NullMarked;
