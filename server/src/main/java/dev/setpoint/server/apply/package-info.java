/**
 * Apply, estimate and the quality preview over HTTP: the live previews the pages show ({@code
 * /api/apply}, {@code /api/estimate}, {@code /api/quality/preview}, an unsaved custom quality preset
 * resolved with core's {@code QualityCatalog} and {@code Resolver}), so the pages never copy the
 * resolution rules.
 */
@NullMarked
package dev.setpoint.server.apply;

import org.jspecify.annotations.NullMarked;
