package dev.setpoint.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A statement's SQL with named parameters ({@code :owner_id}), turned into JDBC's positional
 * {@code ?} once. Values are bound by name ({@link NamedStatement}), so a column added to or moved in
 * a long INSERT cannot shift the values of the others. A name may appear more than once; it binds
 * every place. Text in quotes and PostgreSQL's {@code ::} casts are not parameters; a bare {@code ?}
 * is refused, so that a statement never mixes the two styles.
 */
final class NamedSql {

    private final String text;
    private final String jdbc;
    /** The JDBC parameter indexes (from 1) of each name, by name. */
    private final Map<String, List<Integer>> positions;

    private NamedSql(String text, String jdbc, Map<String, List<Integer>> positions) {
        this.text = text;
        this.jdbc = jdbc;
        this.positions = positions;
    }

    static NamedSql parse(String text) {
        StringBuilder jdbc = new StringBuilder(text.length());
        Map<String, List<Integer>> positions = new TreeMap<>();
        int position = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closingQuote(text, i);
                jdbc.append(text, i, end);
                i = end;
            } else if (c == '?') {
                throw new IllegalArgumentException("a positional ? in SQL with named parameters: " + text);
            } else if (c == ':' && i + 1 < text.length() && text.charAt(i + 1) == ':') {
                jdbc.append("::"); // a cast
                i += 2;
            } else if (c == ':' && i + 1 < text.length() && isNameStart(text.charAt(i + 1))) {
                int end = i + 2;
                while (end < text.length() && isNamePart(text.charAt(end))) {
                    end++;
                }
                positions
                        .computeIfAbsent(text.substring(i + 1, end), name -> new ArrayList<>())
                        .add(++position);
                jdbc.append('?');
                i = end;
            } else {
                jdbc.append(c);
                i++;
            }
        }
        positions.replaceAll((name, at) -> List.copyOf(at));
        return new NamedSql(text, jdbc.toString(), positions);
    }

    /** The index just past the quote that closes the one at {@code open}; a doubled quote is part of the text. */
    private static int closingQuote(String text, int open) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("an unclosed " + quote + " in SQL: " + text);
    }

    private static boolean isNameStart(char c) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }

    /** The statement as JDBC takes it, with a {@code ?} for every parameter. */
    String jdbc() {
        return jdbc;
    }

    /** The parameter names, sorted. */
    Set<String> names() {
        return positions.keySet();
    }

    /** Where {@code name} is bound; an unknown name fails, naming the statement. */
    List<Integer> positions(String name) {
        List<Integer> at = positions.get(name);
        if (at == null) {
            throw new IllegalArgumentException("no parameter :" + name + " in " + text);
        }
        return at;
    }

    /** The statement as written, for messages. */
    @Override
    public String toString() {
        return text;
    }

    NamedStatement prepare(Connection connection, Dialect dialect) throws SQLException {
        return new NamedStatement(this, connection.prepareStatement(jdbc), dialect);
    }
}
