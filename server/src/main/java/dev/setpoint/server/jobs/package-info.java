/**
 * Jobs over HTTP: submit, list, read, cancel, outputs and a job's progress as server-sent events, over
 * the {@code jobs} module's engine, which this package wires as Spring beans with the server's
 * executors and settings.
 */
@NullMarked
package dev.setpoint.server.jobs;

import org.jspecify.annotations.NullMarked;
