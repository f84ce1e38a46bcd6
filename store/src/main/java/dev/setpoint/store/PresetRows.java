package dev.setpoint.store;

import dev.setpoint.core.format.PresetCodec;
import dev.setpoint.core.preset.Names;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How a preset maps to a {@code presets} row and back. */
final class PresetRows {

    /** Columns of a stored preset; append a WHERE clause. {@code p} is the preset, {@code u} its owner. */
    static final String SELECT = """
            SELECT p.id, p.slug, p.owner_id, u.username, p.visibility, p.body, p.revision, p.created_at, p.updated_at
            FROM presets p LEFT JOIN users u ON u.id = p.owner_id
            """;

    /** What a viewer may see; binds the viewer's user id to {@code :viewer}. */
    static final String VISIBLE = "(p.visibility IN ('system', 'shared') OR p.owner_id = :viewer)";

    private final Dialect dialect;

    PresetRows(Dialect dialect) {
        this.dialect = dialect;
    }

    StoredPreset read(ResultSet row) throws SQLException {
        String slug = row.getString("slug");
        Visibility visibility = Visibility.of(row.getString("visibility"));
        Preset preset = visibility == Visibility.SYSTEM
                ? SystemPresets.bySlug(slug)
                        .orElseThrow(() -> new IllegalStateException("unknown system preset " + slug))
                : PresetCodec.decodeStored((Value.Obj) Json.parse(row.getString("body")));
        long ownerId = row.getLong("owner_id");
        Long owner = row.wasNull() ? null : ownerId;
        return new StoredPreset(
                row.getLong("id"),
                slug,
                preset,
                owner,
                owner == null ? "system" : row.getString("username"),
                visibility,
                row.getLong("revision"),
                dialect.instant(row, "created_at"),
                dialect.instant(row, "updated_at"));
    }

    /** Binds {@code :name}, {@code :name_key}, {@code :search_text}, {@code :category}, {@code :runtime} and {@code :body}. */
    static NamedStatement bindContent(NamedStatement statement, Preset preset) throws SQLException {
        return statement
                .set("name", preset.name())
                .set("name_key", Names.normalized(preset.name()))
                .set("search_text", searchText(preset))
                .set("category", category(preset))
                .set("runtime", runtime(preset))
                .setJson("body", Json.write(PresetCodec.encode(preset)));
    }

    /** The preset with its stored slug as id, never marked as a system preset. */
    static Preset withId(Preset preset, String id) {
        if (preset instanceof QualityPreset q) {
            return new QualityPreset(
                    id,
                    q.name(),
                    q.description(),
                    q.level(),
                    q.basePreset(),
                    q.timeMultiplier(),
                    q.resourceMultiplier(),
                    q.costMultiplier(),
                    q.parameters(),
                    q.resourceScaling(),
                    q.category(),
                    false,
                    q.metadata());
        }
        ParameterPreset p = (ParameterPreset) preset;
        return new ParameterPreset(
                id, p.name(), p.description(), p.category(), p.runtime(), p.parameters(), false, p.metadata());
    }

    /** The preset, based on the new slug of a quality preset {@code renamed} maps its base from, if any. */
    static Preset basedOn(Preset preset, Map<String, String> renamed) {
        if (!(preset instanceof QualityPreset q) || !renamed.containsKey(q.basePreset())) {
            return preset;
        }
        return q.withBasePreset(renamed.get(q.basePreset()));
    }

    /** What a search matches: name and description, lower-cased the same way as the search term. */
    static String searchText(Preset preset) {
        return searchText(preset.name(), preset.description());
    }

    static String searchText(String name, String description) {
        return Names.normalized(name) + "\n" + description.toLowerCase(Locale.ROOT);
    }

    private static @Nullable String category(Preset preset) {
        if (preset instanceof QualityPreset q) {
            return q.category();
        }
        return ((ParameterPreset) preset).category();
    }

    private static @Nullable String runtime(Preset preset) {
        return preset instanceof ParameterPreset p && p.runtime() != null
                ? p.runtime().id()
                : null;
    }
}
