package org.marsad.geocode.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * The readable places layout in which an analyst adds or corrects places: one row per place,
 * {@code id, kind, feature_code, country, lat, lon, population, name_en, names_ar}, then optionally
 * {@code admin1_en, admin1_ar, admin2_en, admin2_ar, admin3_en, admin3_ar}. {@code kind} is a
 * {@link PlaceKind} name; {@code feature_code}, {@code population}, {@code name_en} and the admin cells may be
 * empty; Arabic names are separated by {@code |}. A row whose id is already in the gazetteer replaces it.
 */
final class PlaceFile {

    static final String[] LAYOUT = {"id", "kind", "feature_code", "country", "lat", "lon", "population",
            "name_en", "names_ar", "admin1_en", "admin1_ar", "admin2_en", "admin2_ar", "admin3_en", "admin3_ar"};
    private static final int REQUIRED = 9;

    private PlaceFile() {
    }

    static List<GazetteerEntry> read(TsvReader in, String header) {
        int columns = in.expectHeader(header, LAYOUT, REQUIRED);
        List<GazetteerEntry> out = new ArrayList<>();
        for (String line = in.nextLine(); line != null; line = in.nextLine()) {
            String[] f = TsvReader.split(line);
            if (f.length < REQUIRED || f.length > columns) {
                throw in.error("expected " + REQUIRED + " to " + columns + " tab-separated columns, found "
                        + f.length);
            }
            PlaceKind kind;
            try {
                kind = PlaceKind.valueOf(f[1].strip());
            } catch (IllegalArgumentException e) {
                throw in.error("kind must be one of " + java.util.Arrays.toString(PlaceKind.values()) + ": '"
                        + f[1] + "'");
            }
            try {
                out.add(new GazetteerEntry(f[0].strip(), f[7].strip(), TsvReader.splitList(f[8]), kind,
                        blankToNull(f[2]), f[3].strip(), in.decimal(f[4], "lat"), in.decimal(f[5], "lon"),
                        in.count(f[6].strip(), "population"), cell(f, 9), cell(f, 10), cell(f, 11), cell(f, 12),
                        cell(f, 13), cell(f, 14)));
            } catch (IllegalArgumentException e) {
                throw in.error(e.getMessage());
            }
        }
        return out;
    }

    private static String cell(String[] f, int i) {
        return i < f.length ? blankToNull(f[i]) : null;
    }

    static String blankToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
