/**
 * Wire documents, one encoder each, shared by the server and the CLI so their JSON cannot drift:
 * {@code PresetCodec} (the one validation path from JSON to a preset, used by create, update and
 * import; a quality preset's values are checked against the built-in templates' inputs by {@code
 * QualityValues}), {@code ExportFormat} ({@code {"version": "1.0", "preset": ...}} and the bulk {@code
 * presets} envelope), {@code TemplateJson}, {@code MergeResultJson}, {@code ProvenanceJson}, {@code
 * CompatibilityJson} and {@code EstimateJson}, with their JSON Schemas. The server's controllers and
 * the CLI's commands only call these; {@code CliJsonIsTheServersDocumentTest} keeps the CLI's {@code
 * --json} equal to the server's answers.
 */
@NullMarked
package dev.setpoint.core.format;

import org.jspecify.annotations.NullMarked;
