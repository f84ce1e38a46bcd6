package dev.setpoint.store;

import dev.setpoint.core.preset.Preset;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Inserts the system presets that are missing by id. Existing rows are never touched, and user
 * rows are never written, so restarting neither duplicates nor resurrects anything.
 *
 * <p>Seeding never collides with a user's preset: names and slugs are unique per owner, the system
 * presets being an owner of their own. A user who already holds the name or slug of a system preset
 * a later Setpoint ships keeps both; that user's slug still names their own preset (see
 * {@link SlugResolution}), and an update that keeps the name is accepted. New presets and renames
 * may not take a system name or slug.
 */
final class Seeder {

    private static final String INSERT = """
            INSERT INTO presets (id, kind, slug, owner_id, visibility, name, name_key, search_text, category,
                                 runtime, body, revision, created_at, updated_at)
            VALUES (?, ?, ?, NULL, 'system', ?, ?, ?, ?, ?, %s, 1, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """;
    private static final String BUMP = "UPDATE store_changes SET version = version + 1 WHERE id = 1";

    private Seeder() {}

    static void seed(Jdbc jdbc, Clock clock) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        jdbc.transaction(c -> {
            int inserted = 0;
            try (PreparedStatement statement = c.prepareStatement(INSERT.formatted(jdbc.dialect().jsonParameter()))) {
                for (int i = 0; i < SystemPresets.ALL.size(); i++) {
                    inserted += insert(statement, jdbc.dialect(), SystemPresets.idOf(i), SystemPresets.ALL.get(i), now);
                }
            }
            if (inserted > 0) {
                try (PreparedStatement statement = c.prepareStatement(BUMP)) {
                    statement.executeUpdate();
                }
            }
            return null;
        });
    }

    private static int insert(PreparedStatement statement, Dialect dialect, long id, Preset preset, Instant now)
            throws SQLException {
        statement.setLong(1, id);
        statement.setString(2, preset.kind());
        statement.setString(3, preset.id());
        int next = PresetRows.bindContent(statement, 4, preset);
        dialect.setInstant(statement, next, now);
        dialect.setInstant(statement, next + 1, now);
        return statement.executeUpdate();
    }
}
