package dev.setpoint.store;

import dev.setpoint.core.preset.Preset;
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

    private static final NamedSql INSERT = NamedSql.parse("""
            INSERT INTO presets (id, kind, slug, owner_id, visibility, name, name_key, search_text, category,
                                 runtime, body, revision, created_at, updated_at)
            VALUES (:id, :kind, :slug, NULL, 'system', :name, :name_key, :search_text, :category, :runtime, :body, 1,
                    :now, :now)
            ON CONFLICT (id) DO NOTHING
            """);
    private static final NamedSql BUMP = NamedSql.parse("UPDATE store_changes SET version = version + 1 WHERE id = 1");

    private Seeder() {}

    static void seed(Jdbc jdbc, Clock clock) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        jdbc.transaction(c -> {
            int inserted = 0;
            try (NamedStatement statement = INSERT.prepare(c, jdbc.dialect()).set("now", now)) {
                for (int i = 0; i < SystemPresets.ALL.size(); i++) {
                    inserted += insert(statement, SystemPresets.idOf(i), SystemPresets.ALL.get(i));
                }
            }
            if (inserted > 0) {
                try (NamedStatement statement = BUMP.prepare(c, jdbc.dialect())) {
                    statement.executeUpdate();
                }
            }
            return null;
        });
    }

    private static int insert(NamedStatement statement, long id, Preset preset) throws SQLException {
        statement.set("id", id).set("kind", preset.kind()).set("slug", preset.id());
        return PresetRows.bindContent(statement, preset).executeUpdate();
    }
}
