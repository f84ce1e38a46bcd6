/**
 * {@code serve}: starts the server on the data directory's SQLite database, or a PostgreSQL URL, and
 * stops it cleanly on Ctrl-C; start failures (a port in use, a database out of reach) are one line
 * each.
 */
@NullMarked
package dev.setpoint.cli.serve;

import org.jspecify.annotations.NullMarked;
