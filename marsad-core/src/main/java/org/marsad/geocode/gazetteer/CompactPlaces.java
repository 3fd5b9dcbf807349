package org.marsad.geocode.gazetteer;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The compact form in which the importer writes the gazetteer and the loader reads it back:
 * <ul>
 *   <li>{@value #ADMINS}: the table of administrative unit names, one {@code en, ar} pair per row; a place
 *       refers to a row by its 1-based number (0 = none), so the 60,000 places repeat no admin name;</li>
 *   <li>{@value #PLACES}: gzip TSV, one place per row: {@code id, kind, feature_code, country, lat, lon,
 *       population, admin1, admin2, admin3, name_en, names_ar}.</li>
 * </ul>
 * Both files stay plain UTF-8 TSV so that {@code zcat | less} shows them.
 */
final class CompactPlaces {

    static final String PLACES = "places.tsv.gz";
    static final String ADMINS = "admins.tsv";
    static final String[] PLACES_LAYOUT = {"id", "kind", "feature_code", "country", "lat", "lon", "population",
            "admin1", "admin2", "admin3", "name_en", "names_ar"};
    static final String[] ADMINS_LAYOUT = {"en", "ar"};

    private CompactPlaces() {
    }

    /** Writes {@code entries}, in their order, to {@code dir}; gzip output carries no time stamp. */
    static void write(Path dir, List<GazetteerEntry> entries) throws IOException {
        Files.createDirectories(dir);
        Map<String, Integer> admins = new LinkedHashMap<>();
        try (OutputStream raw = Files.newOutputStream(dir.resolve(PLACES));
             Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(raw, 1 << 16),
                     StandardCharsets.UTF_8))) {
            out.write(String.join("\t", PLACES_LAYOUT));
            out.write('\n');
            for (GazetteerEntry e : entries) {
                out.write(e.id() + '\t' + e.kind().name() + '\t' + nullToEmpty(e.featureCode()) + '\t'
                        + e.country() + '\t' + decimal(e.lat()) + '\t' + decimal(e.lon()) + '\t'
                        + (e.population() == 0 ? "" : Long.toString(e.population())) + '\t'
                        + ref(admins, e.admin1En(), e.admin1Ar()) + '\t' + ref(admins, e.admin2En(), e.admin2Ar())
                        + '\t' + ref(admins, e.admin3En(), e.admin3Ar()) + '\t' + clean(e.nameEn()) + '\t'
                        + String.join("|", e.namesAr().stream().map(CompactPlaces::clean).toList()) + '\n');
            }
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve(ADMINS), StandardCharsets.UTF_8)) {
            out.write("# Administrative unit names; places.tsv.gz refers to row N (1-based, after this header).\n");
            out.write(String.join("\t", ADMINS_LAYOUT));
            out.write('\n');
            for (String pair : admins.keySet()) {
                out.write(pair);
                out.write('\n');
            }
        }
    }

    /**
     * Reads the compact files. {@code open} maps a file name to a reader (used for the small admin table);
     * {@code places} supplies the raw gzip bytes of {@value #PLACES}, which are inflated in one go and parsed
     * as UTF-8 bytes (the delimiters are ASCII): a row costs its id, names and two interned codes, no per-cell
     * strings, and ASCII cells never pass through UTF-16.
     */
    static List<GazetteerEntry> read(Function<String, TsvReader> open, String placesName, byte[] placesGzip) {
        List<String[]> admins = new ArrayList<>();
        admins.add(new String[]{null, null});
        try (TsvReader in = open.apply(ADMINS)) {
            in.expectHeader(in.nextLine(), ADMINS_LAYOUT, ADMINS_LAYOUT.length);
            for (String line = in.nextLine(); line != null; line = in.nextLine()) {
                String[] f = TsvReader.split(line);
                if (f.length != 2) {
                    throw in.error("expected 2 tab-separated columns, found " + f.length);
                }
                admins.add(new String[]{PlaceFile.blankToNull(f[0]), PlaceFile.blankToNull(f[1])});
            }
        }
        byte[] text;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(placesGzip), 1 << 16)) {
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new GazetteerException("cannot inflate " + placesName + ": " + e.getMessage(), e);
        }
        String[][] table = admins.toArray(new String[0][]);
        RowParser head = new RowParser(placesName, text, table);
        int bodyStart = head.checkHeader();
        int mid = Math.max(bodyStart, head.lineEnd(bodyStart + (text.length - bodyStart) / 2) + 1);
        List<List<GazetteerEntry>> halves = new ArrayList<>(List.of(List.of(), List.of()));
        TwoThreads.run(() -> halves.set(0, new RowParser(placesName, text, table).parse(bodyStart, mid)),
                () -> halves.set(1, new RowParser(placesName, text, table).parse(mid, text.length)));
        List<GazetteerEntry> out = new ArrayList<>(halves.get(0).size() + halves.get(1).size());
        out.addAll(halves.get(0));
        out.addAll(halves.get(1));
        return out;
    }

    /** Parses {@value #PLACES} rows straight out of the inflated UTF-8 bytes. Not thread-safe; used once. */
    private static final class RowParser {
        private final String file;
        private final byte[] text;
        private final String[][] admins;
        private final Map<String, String> codes = new HashMap<>();
        private final int[] tabs = new int[PLACES_LAYOUT.length];
        private final PlaceKind[] kinds = PlaceKind.values();
        private final byte[][] kindNames;
        /** Offset of the row being parsed; its line number is counted only for an error message. */
        private int rowStart;

        RowParser(String file, byte[] text, String[][] admins) {
            this.file = file;
            this.text = text;
            this.admins = admins;
            this.kindNames = new byte[kinds.length][];
            for (int i = 0; i < kinds.length; i++) {
                kindNames[i] = kinds[i].name().getBytes(StandardCharsets.US_ASCII);
            }
        }

        /** Refuses a wrong header; returns the offset of the first row. */
        int checkHeader() {
            int eol = lineEnd(0);
            if (!string(0, eol).equals(String.join("\t", PLACES_LAYOUT))) {
                throw error("unexpected header; the columns must be: " + String.join(" ", PLACES_LAYOUT));
            }
            return Math.min(eol + 1, text.length);
        }

        /** The rows of the lines in {@code [from, to)}; {@code from} starts a line. */
        List<GazetteerEntry> parse(int from, int to) {
            List<GazetteerEntry> out = new ArrayList<>(40_000);
            int eol;
            for (int pos = from; pos < to; pos = eol + 1) {
                eol = lineEnd(pos);
                rowStart = pos;
                if (eol > pos) {
                    out.add(row(pos, eol));
                }
            }
            return out;
        }

        int lineEnd(int from) {
            for (int i = from; i < text.length; i++) {
                if (text[i] == '\n') {
                    return i;
                }
            }
            return text.length;
        }

        private String string(int from, int to) {
            return new String(text, from, to - from, StandardCharsets.UTF_8);
        }

        private GazetteerEntry row(int start, int eol) {
            int n = 0;
            for (int i = start; i < eol; i++) {
                if (text[i] == '\t') {
                    if (n == tabs.length - 1) {
                        throw error("more than " + PLACES_LAYOUT.length + " columns");
                    }
                    tabs[n++] = i;
                }
            }
            if (n != PLACES_LAYOUT.length - 1) {
                throw error("expected " + PLACES_LAYOUT.length + " tab-separated columns, found " + (n + 1));
            }
            String[] a1 = admins[(int) whole(tabs[6] + 1, tabs[7], "admin1")];
            String[] a2 = admins[(int) whole(tabs[7] + 1, tabs[8], "admin2")];
            String[] a3 = admins[(int) whole(tabs[8] + 1, tabs[9], "admin3")];
            try {
                return new GazetteerEntry(string(start, tabs[0]), string(tabs[9] + 1, tabs[10]),
                        names(tabs[10] + 1, eol), kind(tabs[0] + 1, tabs[1]), code(tabs[1] + 1, tabs[2]),
                        code(tabs[2] + 1, tabs[3]), decimal(tabs[3] + 1, tabs[4], "lat"),
                        decimal(tabs[4] + 1, tabs[5], "lon"), whole(tabs[5] + 1, tabs[6], "population"),
                        a1[0], a1[1], a2[0], a2[1], a3[0], a3[1]);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        private List<String> names(int from, int to) {
            int count = 1;
            for (int i = from; i < to; i++) {
                if (text[i] == '|') {
                    count++;
                }
            }
            if (count == 1) {
                return List.of(string(from, to));
            }
            String[] out = new String[count];
            int k = 0;
            int start = from;
            for (int i = from; i <= to; i++) {
                if (i == to || text[i] == '|') {
                    out[k++] = string(start, i);
                    start = i + 1;
                }
            }
            return List.of(out);
        }

        private PlaceKind kind(int from, int to) {
            for (int k = 0; k < kinds.length; k++) {
                if (Arrays.equals(kindNames[k], 0, kindNames[k].length, text, from, to)) {
                    return kinds[k];
                }
            }
            throw error("unknown kind '" + string(from, to) + "'");
        }

        private String code(int from, int to) {
            if (from == to) {
                return null;
            }
            String s = string(from, to);
            String old = codes.putIfAbsent(s, s);
            return old == null ? s : old;
        }

        private long whole(int from, int to, String column) {
            long v = 0;
            for (int i = from; i < to; i++) {
                int c = text[i];
                if (c < '0' || c > '9' || i - from > 17) {
                    throw error(column + " is not a whole number >= 0: '" + string(from, to) + "'");
                }
                v = v * 10 + (c - '0');
            }
            if (column.startsWith("admin") && v >= admins.length) {
                throw error(column + " refers to row " + v + " beyond the " + (admins.length - 1) + " rows of "
                        + ADMINS);
            }
            return v;
        }

        /** Plain decimals as the writer emits them ({@link CompactPlaces#decimal}). */
        private double decimal(int from, int to, String column) {
            int i = from;
            boolean negative = i < to && text[i] == '-';
            if (negative) {
                i++;
            }
            long digits = 0;
            int scale = -1;
            boolean any = false;
            for (; i < to; i++) {
                int c = text[i];
                if (c >= '0' && c <= '9' && scale < 9) {
                    digits = digits * 10 + (c - '0');
                    any = true;
                    if (scale >= 0) {
                        scale++;
                    }
                } else if (c == '.' && scale < 0) {
                    scale = 0;
                } else {
                    throw error(column + " is not a plain decimal: '" + string(from, to) + "'");
                }
            }
            if (!any) {
                throw error(column + " is empty");
            }
            double v = digits / POWERS[Math.max(scale, 0)];
            return negative ? -v : v;
        }

        private GazetteerException error(String problem) {
            int line = 1;
            for (int i = 0; i < rowStart; i++) {
                if (text[i] == '\n') {
                    line++;
                }
            }
            return GazetteerException.badRow(file, line, problem);
        }
    }

    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    private static String ref(Map<String, Integer> admins, String en, String ar) {
        if (en == null && ar == null) {
            return "";
        }
        String pair = clean(nullToEmpty(en)) + '\t' + clean(nullToEmpty(ar));
        return Integer.toString(admins.computeIfAbsent(pair, p -> admins.size() + 1));
    }

    /** Five decimals (about a metre), trailing zeros dropped. */
    static String decimal(double v) {
        String s = BigDecimal.valueOf(v).setScale(5, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Tabs, line breaks and the list separator cannot appear inside a cell. */
    static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace('|', '/');
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
