/**
 * The preset engine in plain Java 17, with no framework: the root package holds what every feature
 * uses, {@link dev.setpoint.core.SetpointException} (the one unchecked exception: a {@code Kind} and
 * every {@link dev.setpoint.core.Problem} found, each with a JSON pointer) and {@link
 * dev.setpoint.core.Pointer}.
 *
 * <p>Feature packages depend downwards only: {@code value}; {@code template -> value}; {@code preset
 * -> template, value}; {@code quality -> preset, value}; {@code merge -> preset, value}; {@code format
 * -> preset, quality, template, value}; {@code estimate -> quality, template}; {@code compat ->
 * estimate, preset, quality, template, value}; {@code resolve -> all of them}. {@code
 * CoreBoundariesTest} pins that, and that core uses only the JDK, Jackson and networknt's JSON Schema
 * validator.
 */
@NullMarked
package dev.setpoint.core;

import org.jspecify.annotations.NullMarked;
