/**
 * The job engine, without a framework: a template run with presets becomes a durable job, stored by
 * the store, queued and run by JobRunr's workers on the same database, executed by the runner's
 * executors, followed through its events and estimated from the runs before it ({@link
 * dev.setpoint.jobs.RunEstimates}). {@link dev.setpoint.jobs.Jobs} assembles it; the server wires it
 * as beans and serves its API, {@code setpoint run} opens it on the embedded database.
 */
package dev.setpoint.jobs;
