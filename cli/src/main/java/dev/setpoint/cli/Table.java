package dev.setpoint.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain text table for people: a header row, columns aligned with spaces, no trailing blanks. */
public final class Table {

    private static final String GAP = "  ";

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    public Table(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    public Table row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row of this table has " + columns + " cells, not " + cells.length);
        }
        rows.add(cells);
        return this;
    }

    /** The table, each line ending with a newline. */
    public String render() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(row[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length())))
                            .append(GAP);
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** Two columns without a header: labels and values, as in a detail view. */
    public static String pairs(String... labelThenValue) {
        Table table = new Table("", "");
        for (int i = 0; i < labelThenValue.length; i += 2) {
            table.row(labelThenValue[i], labelThenValue[i + 1]);
        }
        String rendered = table.render();
        return rendered.substring(rendered.indexOf('\n') + 1);
    }
}
