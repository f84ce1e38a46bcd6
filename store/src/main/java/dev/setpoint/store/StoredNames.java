package dev.setpoint.store;

import dev.setpoint.core.preset.Names;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings presets stored before the name rules of {@link Names} to them, once per database (the
 * {@code names_version} of {@code store_changes}, added by V13), in Java because SQL cannot
 * normalise Unicode:
 *
 * <ul>
 *   <li>a name with control or invisible characters loses them (control characters and separators
 *       become a space), and gets {@code " (<id>)"} appended if that makes it the same as another;
 *   <li>parameters whose names are not flags or identifiers move, values and all, into the
 *       preset's {@code metadata.invalid_parameter_names}, where nothing is lost and the owner can
 *       read them;
 *   <li>{@code name_key} takes the NFKC and case-folded form. Two stored names that only now count
 *       as the same (a "ＭＩＮＥ" beside a "Mine") keep the older key, so neither is refused.
 * </ul>
 * Without this, a preset whose old name breaks the rules would no longer read back.
 */
final class StoredNames {

    static final int CURRENT = 1;
    static final String MOVED_PARAMETERS = "invalid_parameter_names";

    private static final Logger LOG = LoggerFactory.getLogger(StoredNames.class);

    private static final String VERSION = "SELECT names_version FROM store_changes c WHERE id = 1";
    private static final NamedSql DONE =
            NamedSql.parse("UPDATE store_changes SET names_version = :version, version = version + 1 WHERE id = 1");
    private static final NamedSql ROWS =
            NamedSql.parse("SELECT id, coalesce(owner_id, 0) AS owner, name, name_key, body FROM presets ORDER BY id");
    private static final NamedSql UPDATE = NamedSql.parse("""
            UPDATE presets SET name = :name, name_key = :name_key, search_text = :search_text, body = :body,
                revision = revision + 1
            WHERE id = :id
            """);
    private static final NamedSql REKEY = NamedSql.parse("UPDATE presets SET name_key = :name_key WHERE id = :id");

    private record Row(long id, long owner, String name, String key, String body) {}

    private StoredNames() {}

    static void upgrade(Jdbc jdbc) {
        jdbc.transaction(c -> {
            if (version(c, jdbc.dialect()) >= CURRENT) {
                return null;
            }
            List<Row> rows = rows(c, jdbc.dialect());
            Set<String> keys = new HashSet<>();
            rows.forEach(row -> keys.add(row.owner() + "/" + row.key()));
            for (Row row : rows) {
                if (row.owner() != 0) {
                    upgrade(c, jdbc.dialect(), row, keys);
                }
            }
            try (NamedStatement statement = DONE.prepare(c, jdbc.dialect())) {
                statement.set("version", CURRENT).executeUpdate();
            }
            return null;
        });
    }

    private static void upgrade(Connection c, Dialect dialect, Row row, Set<String> keys) throws SQLException {
        Value.Obj body = (Value.Obj) Json.parse(row.body());
        String owner = row.owner() + "/";
        keys.remove(owner + row.key());
        Value.Obj repaired = LegacyPresetJson.repaired(
                body,
                row.id(),
                name -> keys.contains(owner + Names.normalized(name)) || keys.contains("0/" + Names.normalized(name)));
        String name = ((Value.Str) repaired.members().get("name")).value();
        String key = Names.normalized(name);
        if (!key.equals(row.key()) && keys.contains(owner + key)) {
            LOG.warn(
                    "preset {} keeps its older name key: another preset of its owner has a name it now counts "
                            + "the same as",
                    row.id());
            key = row.key();
        }
        keys.add(owner + key);
        if (!repaired.equals(body)) {
            try (NamedStatement statement = UPDATE.prepare(c, dialect)) {
                statement
                        .set("name", name)
                        .set("name_key", key)
                        .set("search_text", PresetRows.searchText(name, description(repaired)))
                        .setJson("body", Json.write(repaired))
                        .set("id", row.id())
                        .executeUpdate();
            }
            LOG.info("preset {} brought to the name rules; it is named '{}'", row.id(), name);
        } else if (!key.equals(row.key())) {
            try (NamedStatement statement = REKEY.prepare(c, dialect)) {
                statement.set("name_key", key).set("id", row.id()).executeUpdate();
            }
        }
    }

    private static String description(Value.Obj body) {
        return body.members().get("description") instanceof Value.Str s ? s.value() : "";
    }

    private static int version(Connection c, Dialect dialect) throws SQLException {
        try (NamedStatement statement =
                        NamedSql.parse(VERSION + dialect.forUpdate("c")).prepare(c, dialect);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }

    private static List<Row> rows(Connection c, Dialect dialect) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (NamedStatement statement = ROWS.prepare(c, dialect);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(
                        result.getLong("id"),
                        result.getLong("owner"),
                        result.getString("name"),
                        result.getString("name_key"),
                        result.getString("body")));
            }
        }
        return rows;
    }
}
