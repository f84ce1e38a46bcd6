/**
 * Test fixtures of the jobs module that the server's tests share through its test-jar: a runnable
 * test template with an executor whose behaviour its inputs choose, and a wait for conditions a
 * test cannot be told about.
 */
package dev.setpoint.jobs.testing;
