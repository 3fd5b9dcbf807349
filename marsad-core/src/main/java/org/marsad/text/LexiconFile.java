package org.marsad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lexicon kept as a UTF-8 class-path resource of tab-separated rows. Blank lines and lines starting
 * with {@code #} are skipped; every other row must have exactly the expected number of cells. Any error
 * names the resource and the line, so an analyst who edits a lexicon sees where it went wrong.
 *
 * <p>Every word list of the pipeline (numbers, dates, place cues, triggers, relation words) loads through
 * this class; it has no state and may be used from any thread.
 */
public final class LexiconFile {

    private LexiconFile() {
    }

    /** One data row of a lexicon, with where it came from. */
    public record Row(String file, int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int index) {
            return cells.get(index);
        }

        /** The cell as a whole number, or an error naming file, line and cell. */
        public long longCell(int index) {
            try {
                return Long.parseLong(cells.get(index));
            } catch (NumberFormatException e) {
                throw error("cell " + (index + 1) + " must be a whole number, was '" + cells.get(index) + "'");
            }
        }

        public int intCell(int index) {
            long v = longCell(index);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw error("cell " + (index + 1) + " is out of range: " + v);
            }
            return (int) v;
        }

        public LexiconFormatException error(String message) {
            return new LexiconFormatException(file + ":" + line + ": " + message);
        }
    }

    /** A lexicon row that cannot be used; the message starts with {@code file:line:}. */
    public static final class LexiconFormatException extends IllegalStateException {
        public LexiconFormatException(String message) {
            super(message);
        }
    }

    /**
     * The data rows of resource {@code name}, resolved relative to {@code anchor}'s package.
     *
     * @throws LexiconFormatException when the resource is missing or a row has the wrong number of cells
     */
    public static List<Row> read(Class<?> anchor, String name, int columns) {
        String file = anchor.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new LexiconFormatException(file + ": lexicon resource not found on the class path");
            }
            return parse(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file, e);
        }
    }

    /**
     * The words of a list resource: white-space separated, any number per line, {@code #} lines skipped.
     *
     * @throws LexiconFormatException when the resource is missing
     */
    public static List<String> words(Class<?> anchor, String name) {
        String file = anchor.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new LexiconFormatException(file + ": lexicon resource not found on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> words = new ArrayList<>();
            String text;
            while ((text = reader.readLine()) != null) {
                String stripped = text.replace("\uFEFF", "").strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    for (String w : stripped.split("\\s+")) {
                        words.add(w);
                    }
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file, e);
        }
    }

    static List<Row> parse(String file, BufferedReader reader, int columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        String text;
        int line = 0;
        while ((text = reader.readLine()) != null) {
            line++;
            if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            String stripped = text.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\t", -1);
            List<String> cells = new ArrayList<>(parts.length);
            for (String p : parts) {
                cells.add(p.strip());
            }
            Row row = new Row(file, line, cells);
            if (cells.size() != columns) {
                throw row.error("expected " + columns + " tab-separated cells, found " + cells.size());
            }
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).isEmpty()) {
                    throw row.error("cell " + (i + 1) + " is empty");
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
