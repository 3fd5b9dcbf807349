package org.marsad.geocode.gazetteer;

import java.io.BufferedWriter;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /** Reads the compact files from {@code open}, which maps a file name to a reader. */
    static List<GazetteerEntry> read(Function<String, TsvReader> open) {
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
        Map<String, String> codes = new HashMap<>();
        PlaceKind[] kinds = PlaceKind.values();
        List<GazetteerEntry> out = new ArrayList<>(70_000);
        try (TsvReader in = open.apply(PLACES)) {
            in.expectHeader(in.nextLine(), PLACES_LAYOUT, PLACES_LAYOUT.length);
            for (String line = in.nextLine(); line != null; line = in.nextLine()) {
                String[] f = TsvReader.split(line);
                if (f.length != PLACES_LAYOUT.length) {
                    throw in.error("expected " + PLACES_LAYOUT.length + " tab-separated columns, found " + f.length);
                }
                PlaceKind kind = kindOf(in, kinds, f[1]);
                String[] a1 = admin(in, admins, f[7]);
                String[] a2 = admin(in, admins, f[8]);
                String[] a3 = admin(in, admins, f[9]);
                List<String> names = TsvReader.splitList(f[11]);
                try {
                    out.add(new GazetteerEntry(f[0], f[10], names, kind,
                            f[2].isEmpty() ? null : codes.computeIfAbsent(f[2], Function.identity()),
                            codes.computeIfAbsent(f[3], Function.identity()), in.decimal(f[4], "lat"),
                            in.decimal(f[5], "lon"), in.count(f[6], "population"), a1[0], a1[1], a2[0], a2[1],
                            a3[0], a3[1]));
                } catch (IllegalArgumentException e) {
                    throw in.error(e.getMessage());
                }
            }
        }
        return out;
    }

    private static PlaceKind kindOf(TsvReader in, PlaceKind[] kinds, String cell) {
        for (PlaceKind k : kinds) {
            if (k.name().equals(cell)) {
                return k;
            }
        }
        throw in.error("unknown kind '" + cell + "'");
    }

    private static String[] admin(TsvReader in, List<String[]> admins, String cell) {
        long n = in.count(cell, "admin reference");
        if (n >= admins.size()) {
            throw in.error("admin reference " + n + " beyond the " + (admins.size() - 1) + " rows of " + ADMINS);
        }
        return admins.get((int) n);
    }

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
