/**
 * JSON values owned by the model: {@link dev.setpoint.core.value.Value} is a sealed JSON value with
 * JSON equality ({@code 1} equals {@code 1.0}, {@code true} is not {@code 1}) whose numbers keep their
 * spelling; {@link dev.setpoint.core.value.Json} parses JSON and YAML within {@link
 * dev.setpoint.core.value.Limits} (depth, sizes, and {@code Numbers}: at most 100 significant digits
 * and an exponent within 300, checked as written, before anything expands a number) and writes
 * deterministically. Jackson only parses here; it never is the model.
 */
@NullMarked
package dev.setpoint.core.value;

import org.jspecify.annotations.NullMarked;
