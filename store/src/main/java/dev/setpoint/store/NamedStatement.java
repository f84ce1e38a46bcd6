package dev.setpoint.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A prepared {@link NamedSql} whose values are bound by name. Binding a name the statement does not
 * have fails at once; running it with a name left unbound fails before it reaches the database. A
 * value stays bound across runs, as with JDBC, so a statement run in a loop rebinds only what changes.
 */
final class NamedStatement implements AutoCloseable {

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    private final NamedSql sql;
    private final PreparedStatement statement;
    private final Dialect dialect;
    private final Set<String> bound = new HashSet<>();

    NamedStatement(NamedSql sql, PreparedStatement statement, Dialect dialect) {
        this.sql = sql;
        this.statement = statement;
        this.dialect = dialect;
    }

    NamedStatement set(String name, @Nullable String value) throws SQLException {
        return bind(name, (s, i) -> s.setString(i, value));
    }

    NamedStatement set(String name, long value) throws SQLException {
        return bind(name, (s, i) -> s.setLong(i, value));
    }

    /** A number that may be null (SQL NULL then). */
    NamedStatement set(String name, @Nullable Long value) throws SQLException {
        return value == null ? bind(name, (s, i) -> s.setNull(i, Types.BIGINT)) : set(name, value.longValue());
    }

    NamedStatement set(String name, int value) throws SQLException {
        return bind(name, (s, i) -> s.setInt(i, value));
    }

    NamedStatement set(String name, double value) throws SQLException {
        return bind(name, (s, i) -> s.setDouble(i, value));
    }

    /** A number that may be null (SQL NULL then). */
    NamedStatement set(String name, @Nullable Double value) throws SQLException {
        return value == null ? bind(name, (s, i) -> s.setNull(i, Types.DOUBLE)) : set(name, value.doubleValue());
    }

    /** An instant (or null) as the database stores instants (see {@link Dialect#setInstant}). */
    NamedStatement set(String name, @Nullable Instant value) throws SQLException {
        return bind(name, (s, i) -> dialect.setInstant(s, i, value));
    }

    /** A JSON document, given as its text (see {@link Dialect#setJson}). */
    NamedStatement setJson(String name, String json) throws SQLException {
        return bind(name, (s, i) -> dialect.setJson(s, i, json));
    }

    /** Values of the driver's choosing type, for conditions a query adds as it needs them. */
    NamedStatement setAll(Map<String, ?> values) throws SQLException {
        for (Map.Entry<String, ?> value : values.entrySet()) {
            bind(value.getKey(), (s, i) -> s.setObject(i, value.getValue()));
        }
        return this;
    }

    ResultSet executeQuery() throws SQLException {
        requireAllBound();
        return statement.executeQuery();
    }

    int executeUpdate() throws SQLException {
        requireAllBound();
        return statement.executeUpdate();
    }

    /** Adds the values bound now to the statement's batch ({@link #executeBatch}). */
    NamedStatement addBatch() throws SQLException {
        requireAllBound();
        statement.addBatch();
        return this;
    }

    /** Runs every batched set of values; the rows each changed. */
    int[] executeBatch() throws SQLException {
        return statement.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }

    private NamedStatement bind(String name, Binder binder) throws SQLException {
        for (int index : sql.positions(name)) {
            binder.bind(statement, index);
        }
        bound.add(name);
        return this;
    }

    private void requireAllBound() {
        if (bound.size() < sql.names().size()) {
            Set<String> missing = new TreeSet<>(sql.names());
            missing.removeAll(bound);
            throw new IllegalStateException("no value bound to :" + String.join(", :", missing) + " in " + sql);
        }
    }
}
