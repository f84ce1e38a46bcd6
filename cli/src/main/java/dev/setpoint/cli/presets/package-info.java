/**
 * The preset commands: {@code presets list|show}, {@code merge}, {@code export}, {@code import}, each
 * offline over core and the data directory or against a server, printing through the same code.
 */
@NullMarked
package dev.setpoint.cli.presets;

import org.jspecify.annotations.NullMarked;
