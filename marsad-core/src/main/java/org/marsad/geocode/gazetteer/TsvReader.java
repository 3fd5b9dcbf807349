package org.marsad.geocode.gazetteer;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a UTF-8 tab-separated file line by line and splits rows by hand (no regex, one pass per line), so
 * that the bundled gazetteer loads fast. Lines that are empty or start with {@code #} are skipped; the
 * first remaining line is the header. Files whose name ends in {@code .gz} are inflated. Not thread-safe.
 */
final class TsvReader implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final String name;
    private final BufferedReader in;
    private int lineNumber;

    private TsvReader(String name, InputStream raw) throws IOException {
        this.name = name;
        InputStream stream = name.endsWith(".gz") ? new GZIPInputStream(raw, BUFFER) : raw;
        this.in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), BUFFER);
    }

    static TsvReader open(Path file) {
        try {
            return new TsvReader(file.toString(), Files.newInputStream(file));
        } catch (IOException e) {
            throw new GazetteerException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens a class-path resource (a path such as {@code org/marsad/knowledge/places/countries.tsv}). */
    static TsvReader openResource(String resource) {
        InputStream raw = TsvReader.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new GazetteerException("bundled gazetteer resource missing from the class path: " + resource);
        }
        try {
            return new TsvReader(resource, raw);
        } catch (IOException e) {
            throw new GazetteerException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The file or resource name, for messages. */
    String name() {
        return name;
    }

    /** The 1-based number of the line last returned. */
    int lineNumber() {
        return lineNumber;
    }

    /** The next data line (or the header), or {@code null} at the end. */
    String nextLine() {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    if (lineNumber == 1 && line.charAt(0) == '\uFEFF') {
                        line = line.substring(1);
                    }
                    return line;
                }
            }
            return null;
        } catch (IOException e) {
            throw new GazetteerException(name + ":" + (lineNumber + 1) + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A {@link GazetteerException} naming this file and the current line. */
    GazetteerException error(String problem) {
        return GazetteerException.badRow(name, lineNumber, problem);
    }

    /** Splits a line on tabs; a trailing carriage return is dropped. */
    static String[] split(String line) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        int count = 1;
        for (int i = 0; i < end; i++) {
            if (line.charAt(i) == '\t') {
                count++;
            }
        }
        String[] out = new String[count];
        int field = 0;
        int start = 0;
        for (int i = 0; i < end; i++) {
            if (line.charAt(i) == '\t') {
                out[field++] = line.substring(start, i);
                start = i + 1;
            }
        }
        out[field] = line.substring(start, end);
        return out;
    }

    /** Splits a {@code |}-separated list, dropping blank items and trimming the rest. */
    static List<String> splitList(String cell) {
        List<String> out = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i <= cell.length(); i++) {
            if (i == cell.length() || cell.charAt(i) == '|') {
                String item = cell.substring(start, i).strip();
                if (!item.isEmpty()) {
                    out.add(item);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * Parses a plain decimal such as {@code -12.34567} by hand (the bundled data has some 140,000 of them);
     * anything else goes through {@link Double#parseDouble}. A bad value is refused naming the column.
     */
    double decimal(String cell, String column) {
        int n = cell.length();
        int i = 0;
        boolean negative = n > 0 && cell.charAt(0) == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int scale = 0;
        boolean point = false;
        boolean any = false;
        for (; i < n && scale < 9; i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                any = true;
                if (point) {
                    scale++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (i == n && any && digits < (1L << 52)) {
            double value = digits / POWERS[scale];
            return negative ? -value : value;
        }
        try {
            return Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            throw error(column + " is not a number: '" + cell + "'");
        }
    }

    /** A non-negative whole number; an empty cell is 0. */
    long count(String cell, String column) {
        if (cell.isEmpty()) {
            return 0;
        }
        long value = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9' || i > 17) {
                throw error(column + " is not a whole number >= 0: '" + cell + "'");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Refuses a header that is not the first {@code required} or more columns of {@code layout}, in order;
     * returns how many columns the file has.
     */
    int expectHeader(String line, String[] layout, int required) {
        String[] got = line == null ? new String[0] : split(line);
        boolean ok = got.length >= required && got.length <= layout.length;
        for (int i = 0; ok && i < got.length; i++) {
            ok = got[i].strip().equals(layout[i]);
        }
        if (!ok) {
            throw error("unexpected header; the columns must be, in this order: " + String.join(" ", layout)
                    + (required < layout.length ? " (the last " + (layout.length - required) + " optional)" : ""));
        }
        return got.length;
    }

    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
