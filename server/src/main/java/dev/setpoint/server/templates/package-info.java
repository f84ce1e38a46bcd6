/**
 * Templates over HTTP: the shipped templates and the files in the server's templates directory, which
 * only an administrator can install (no API uploads a template).
 */
@NullMarked
package dev.setpoint.server.templates;

import org.jspecify.annotations.NullMarked;
