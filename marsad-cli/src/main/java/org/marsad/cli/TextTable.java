package org.marsad.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal: columns padded to their widest cell (up to a limit per column, longer
 * cells cut with {@code …}), separated by two spaces, a header and a rule first.
 */
final class TextTable {

    private final List<String> header;
    private final int[] limits;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param limits the widest each column may be, in characters */
    TextTable(List<String> header, int... limits) {
        if (header.size() != limits.length) {
            throw new IllegalArgumentException("a limit is needed for each of the " + header.size() + " columns");
        }
        this.header = header;
        this.limits = limits;
    }

    void add(List<String> row) {
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + header.size() + " columns");
        }
        rows.add(row.stream().map(c -> c == null ? "" : c.replace('\n', ' ')).toList());
    }

    void print(PrintStream out) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], Math.min(limits[i], r.get(i).length()));
            }
        }
        line(out, header, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(out, rule, widths);
        for (List<String> r : rows) {
            line(out, r, widths);
        }
    }

    private static void line(PrintStream out, List<String> cells, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c.length() > widths[i]) {
                c = c.substring(0, widths[i] - 1) + "…";
            }
            s.append(c);
            if (i < cells.size() - 1) {
                s.append(" ".repeat(widths[i] - c.length() + 2));
            }
        }
        out.println(s.toString().stripTrailing());
    }
}
