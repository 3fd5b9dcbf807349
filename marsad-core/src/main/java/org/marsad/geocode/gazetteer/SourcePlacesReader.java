package org.marsad.geocode.gazetteer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the source gazetteer's {@code places.tsv} (WOF and GeoNames rows; columns found by header name, so
 * appended columns are harmless) into {@link SourcePlace}s. Used by the importer only.
 */
final class SourcePlacesReader {

    /** A row of the source file: the entry plus the columns the importer decides with. */
    record SourcePlace(GazetteerEntry entry, String source, String placetype, String geonamesId,
                       String ochaPcode) {
    }

    private static final String[] REQUIRED = {"id", "source", "geonames_id", "country", "placetype",
            "feature_code", "name_en", "names_ar", "lat", "lon", "population", "admin1_en", "admin1_ar",
            "admin2_en", "admin2_ar"};

    private SourcePlacesReader() {
    }

    /**
     * Passes each row that has an Arabic name to {@code out}; returns the GeoNames ids of all rows read.
     * WOF placetypes map to kinds: region → ADMIN1, county → ADMIN2, locality, neighbourhood, country, and
     * campus → OTHER.
     */
    static Set<String> read(TsvReader in, Consumer<SourcePlace> out) {
        String header = in.nextLine();
        if (header == null) {
            throw in.error("empty file");
        }
        String[] names = TsvReader.split(header);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            col.put(names[i].strip(), i);
        }
        for (String r : REQUIRED) {
            if (!col.containsKey(r)) {
                throw in.error("missing column '" + r + "'");
            }
        }
        Set<String> geonamesIds = new HashSet<>();
        for (String line = in.nextLine(); line != null; line = in.nextLine()) {
            String[] f = TsvReader.split(line);
            if (f.length != names.length) {
                throw in.error("expected " + names.length + " columns, found " + f.length);
            }
            String gn = f[col.get("geonames_id")].strip();
            if (!gn.isEmpty()) {
                geonamesIds.add(gn);
            }
            List<String> ar = TsvReader.splitList(f[col.get("names_ar")]);
            if (ar.isEmpty()) {
                continue;
            }
            String placetype = f[col.get("placetype")].strip();
            PlaceKind kind = switch (placetype) {
                case "country" -> PlaceKind.COUNTRY;
                case "region" -> PlaceKind.ADMIN1;
                case "county" -> PlaceKind.ADMIN2;
                case "locality" -> PlaceKind.LOCALITY;
                case "neighbourhood" -> PlaceKind.NEIGHBOURHOOD;
                default -> PlaceKind.OTHER;
            };
            String code = PlaceFile.blankToNull(f[col.get("feature_code")]);
            if (code == null && kind == PlaceKind.ADMIN1) {
                code = "ADM1";
            } else if (code == null && kind == PlaceKind.ADMIN2) {
                code = "ADM2";
            }
            try {
                GazetteerEntry e = new GazetteerEntry(f[col.get("id")].strip(), f[col.get("name_en")].strip(), ar,
                        kind, code, f[col.get("country")].strip(), in.decimal(f[col.get("lat")], "lat"),
                        in.decimal(f[col.get("lon")], "lon"), in.count(f[col.get("population")].strip(), "population"),
                        cell(f, col, "admin1_en"), cell(f, col, "admin1_ar"), cell(f, col, "admin2_en"),
                        cell(f, col, "admin2_ar"), cell(f, col, "admin3_en"), cell(f, col, "admin3_ar"));
                out.accept(new SourcePlace(e, f[col.get("source")].strip(), placetype, gn,
                        cell(f, col, "ocha_pcode")));
            } catch (IllegalArgumentException e) {
                throw in.error(e.getMessage());
            }
        }
        return geonamesIds;
    }

    private static String cell(String[] f, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? null : PlaceFile.blankToNull(f[i]);
    }
}
