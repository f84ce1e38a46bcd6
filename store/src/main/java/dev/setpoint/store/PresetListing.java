package dev.setpoint.store;

import dev.setpoint.core.preset.QualityPreset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The read queries over many presets: filtered pages, categories, and quality presets for chains. */
final class PresetListing {

    private static final Map<String, String> ORDER = Map.of(
            "id", "p.id",
            "name", "p.name_key, p.id",
            "-name", "p.name_key DESC, p.id",
            "created_at", "p.created_at, p.id",
            "-created_at", "p.created_at DESC, p.id",
            "updated_at", "p.updated_at, p.id",
            "-updated_at", "p.updated_at DESC, p.id");

    private static final String COUNT = "SELECT count(*) FROM presets p WHERE ";

    private static final String CATEGORIES = """
            SELECT DISTINCT p.category FROM presets p
            WHERE p.category IS NOT NULL AND %s
            ORDER BY p.category
            """.formatted(PresetRows.VISIBLE);

    private static final String CUSTOM_QUALITY = PresetRows.SELECT + """
            WHERE %s AND p.kind = 'quality' AND p.visibility <> 'system' AND p.id <> ?
            ORDER BY p.id
            """.formatted(PresetRows.VISIBLE);

    private final PresetRows rows;

    PresetListing(PresetRows rows) {
        this.rows = rows;
    }

    /** How many presets match the query's filters (its offset and limit aside). */
    long count(Connection connection, Viewer viewer, PresetQuery query) throws SQLException {
        List<Object> arguments = new ArrayList<>();
        String where = where(viewer, query, arguments);
        try (PreparedStatement count = prepare(connection, COUNT + where, arguments);
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * The presets of one page. The page's ids are found first, on the narrow columns only (the
     * {@code presets_page} index covers the default id order), and only those rows are read whole:
     * skipping deep into the list then walks index entries instead of preset bodies.
     */
    List<StoredPreset> page(Connection connection, Viewer viewer, PresetQuery query) throws SQLException {
        List<Object> arguments = new ArrayList<>();
        String where = where(viewer, query, arguments);
        arguments.add(query.limit());
        arguments.add(query.offset());
        String order = ORDER.get(query.sort());
        String select = PresetRows.SELECT + "WHERE p.id IN (SELECT p.id FROM presets p WHERE " + where
                + " ORDER BY " + order + " LIMIT ? OFFSET ?) ORDER BY " + order;
        List<StoredPreset> items = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, select, arguments);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                items.add(rows.read(result));
            }
        }
        return items;
    }

    List<String> categories(Connection connection, Viewer viewer) throws SQLException {
        List<String> categories = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, CATEGORIES, List.of(viewer.userId()));
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                categories.add(result.getString(1));
            }
        }
        return categories;
    }

    /** The custom quality presets the viewer can see, except the one with id {@code except}. */
    List<QualityPreset> customQuality(Connection connection, Viewer viewer, long except) throws SQLException {
        List<QualityPreset> presets = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, CUSTOM_QUALITY, List.of(viewer.userId(), except));
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                presets.add((QualityPreset) rows.read(result).preset());
            }
        }
        return presets;
    }

    private static String where(Viewer viewer, PresetQuery query, List<Object> arguments) {
        StringBuilder where = new StringBuilder(PresetRows.VISIBLE);
        arguments.add(viewer.userId());
        filter(where, arguments, " AND p.kind = ?", query.kind());
        filter(where, arguments, " AND p.category = ?", query.category());
        filter(where, arguments, " AND p.runtime = ?", query.runtime());
        if (query.search() != null) {
            filter(where, arguments, " AND p.search_text LIKE ? ESCAPE '\\'",
                    "%" + escapeLike(query.search().toLowerCase(Locale.ROOT)) + "%");
        }
        return where.toString();
    }

    private static void filter(StringBuilder where, List<Object> arguments, String condition, Object value) {
        if (value != null) {
            where.append(condition);
            arguments.add(value);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> arguments)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < arguments.size(); i++) {
                statement.setObject(i + 1, arguments.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
