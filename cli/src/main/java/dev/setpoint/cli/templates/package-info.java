/**
 * The template commands: {@code templates list|show|validate}, offline over the shipped templates and
 * a directory, or against a server.
 */
@NullMarked
package dev.setpoint.cli.templates;

import org.jspecify.annotations.NullMarked;
