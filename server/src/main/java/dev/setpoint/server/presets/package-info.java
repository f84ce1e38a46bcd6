/**
 * Presets over HTTP: list, read, create, update (JSON merge patch), copy, delete, import, export,
 * merge and resolve. {@code PresetService} orchestrates; {@code PresetCache}, {@code QualitySelection}
 * (a request's quality), {@code PresetPatch} (partial update), {@code CopyNames} (a clone's names) and
 * {@code PresetImport} (an export file in one transaction) do one job each. {@code PresetCache} keeps
 * presets, quality catalogs and list totals in Caffeine, each stored with the change version it was
 * read under: each call reads the version once (one indexed one-row query) and serves a cached value
 * only under that same version; a write through any instance bumps it in its transaction, so once the
 * write is acknowledged no instance serves the older value.
 */
@NullMarked
package dev.setpoint.server.presets;

import org.jspecify.annotations.NullMarked;
