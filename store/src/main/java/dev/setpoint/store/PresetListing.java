package dev.setpoint.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    private static final String REVISIONS = "SELECT p.id, p.revision FROM presets p ";

    private static final NamedSql CATEGORIES = NamedSql.parse("""
            SELECT DISTINCT p.category FROM presets p
            WHERE p.category IS NOT NULL AND %s
            ORDER BY p.category
            """.formatted(PresetRows.VISIBLE));

    private static final NamedSql CUSTOM_QUALITY =
            NamedSql.parse(PresetRows.SELECT + """
            WHERE %s AND p.kind = 'quality' AND p.visibility <> 'system'
            ORDER BY p.id
            """.formatted(PresetRows.VISIBLE));

    private final Dialect dialect;
    private final PresetRows rows;

    PresetListing(Dialect dialect, PresetRows rows) {
        this.dialect = dialect;
        this.rows = rows;
    }

    /** How many presets match the query's filters (its offset and limit aside). */
    long count(Connection connection, Viewer viewer, PresetQuery query) throws SQLException {
        Map<String, Object> arguments = new HashMap<>();
        String where = where(viewer, query, arguments);
        try (NamedStatement count = NamedSql.parse(COUNT + where)
                        .prepare(connection, dialect)
                        .setAll(arguments);
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Reads one result row. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * The presets of one page. The page's ids are found first, on the narrow columns only (the
     * {@code presets_page} index covers the default id order), and only those rows are read whole:
     * skipping deep into the list then walks index entries instead of preset bodies.
     */
    List<StoredPreset> page(Connection connection, Viewer viewer, PresetQuery query) throws SQLException {
        return pageOf(connection, viewer, query, PresetRows.SELECT, rows::read);
    }

    /** The ids and revisions of one page, found like {@link #page} without reading the presets. */
    List<PresetVersion> revisions(Connection connection, Viewer viewer, PresetQuery query) throws SQLException {
        return pageOf(
                connection,
                viewer,
                query,
                REVISIONS,
                row -> new PresetVersion(row.getLong("id"), row.getLong("revision")));
    }

    /** Those of {@code ids} that the viewer can see, in id order. */
    List<StoredPreset> visible(Connection connection, Viewer viewer, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("viewer", viewer.userId());
        List<String> names = new ArrayList<>(ids.size());
        for (Long id : ids) {
            String name = "id" + names.size();
            names.add(":" + name);
            arguments.put(name, id);
        }
        String select = PresetRows.SELECT + "WHERE " + PresetRows.VISIBLE + " AND p.id IN (" + String.join(", ", names)
                + ") ORDER BY p.id";
        return readAll(connection, NamedSql.parse(select), arguments, rows::read);
    }

    private <T> List<T> pageOf(
            Connection connection, Viewer viewer, PresetQuery query, String select, RowReader<T> reader)
            throws SQLException {
        Map<String, Object> arguments = new HashMap<>();
        String where = where(viewer, query, arguments);
        arguments.put("limit", query.limit());
        arguments.put("offset", query.offset());
        String order = ORDER.get(query.sort());
        return readAll(
                connection,
                NamedSql.parse(select + "WHERE p.id IN (SELECT p.id FROM presets p WHERE " + where + " ORDER BY "
                        + order + " LIMIT :limit OFFSET :offset) ORDER BY " + order),
                arguments,
                reader);
    }

    private <T> List<T> readAll(Connection connection, NamedSql sql, Map<String, Object> arguments, RowReader<T> reader)
            throws SQLException {
        List<T> items = new ArrayList<>();
        try (NamedStatement statement = sql.prepare(connection, dialect).setAll(arguments);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                items.add(reader.read(result));
            }
        }
        return items;
    }

    List<String> categories(Connection connection, Viewer viewer) throws SQLException {
        return readAll(connection, CATEGORIES, Map.of("viewer", viewer.userId()), row -> row.getString(1));
    }

    /** The custom quality presets the viewer can see. */
    List<StoredPreset> customQuality(Connection connection, Viewer viewer) throws SQLException {
        return readAll(connection, CUSTOM_QUALITY, Map.of("viewer", viewer.userId()), rows::read);
    }

    /** The conditions of a query's filters, their values put in {@code arguments}. */
    private static String where(Viewer viewer, PresetQuery query, Map<String, Object> arguments) {
        StringBuilder where = new StringBuilder(PresetRows.VISIBLE);
        arguments.put("viewer", viewer.userId());
        filter(where, arguments, " AND p.kind = :kind", "kind", query.kind());
        filter(where, arguments, " AND p.category = :category", "category", query.category());
        filter(where, arguments, " AND p.runtime = :runtime", "runtime", query.runtime());
        if (query.search() != null) {
            filter(
                    where,
                    arguments,
                    " AND p.search_text LIKE :search ESCAPE '\\'",
                    "search",
                    "%" + escapeLike(query.search().toLowerCase(Locale.ROOT)) + "%");
        }
        return where.toString();
    }

    private static void filter(
            StringBuilder where, Map<String, Object> arguments, String condition, String name, @Nullable Object value) {
        if (value != null) {
            where.append(condition);
            arguments.put(name, value);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
