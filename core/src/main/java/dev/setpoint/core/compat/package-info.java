/**
 * Compatibility of presets with a template: {@code CompatibilityChecker} lists every {@code
 * Incompatibility} (an unknown parameter, a value out of an input's range, a function type the
 * template does not have) in one {@code Compatibility}, rather than stopping at the first.
 */
@NullMarked
package dev.setpoint.core.compat;

import org.jspecify.annotations.NullMarked;
