package org.marsad.geocode.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Reads a GeoNames dump ({@code allCountries.txt}, {@code XX.txt}, {@code cities1000.txt}): the 19-column
 * format documented in the readme.txt of GeoNames' export/dump folder (geonameid, name, asciiname,
 * alternatenames, latitude, longitude, feature class, feature code, country code, cc2, admin1 code, admin2
 * code, admin3 code, admin4 code, population, elevation, dem, timezone, modification date).
 *
 * <p>Kept: rows of the wanted countries and feature classes that have an Arabic alternate name (see
 * {@link ArabicNameFilter}). Class P becomes LOCALITY (PPLX: NEIGHBOURHOOD); class A's ADM1/ADM2/ADM3 become
 * ADMIN1/2/3 and its other codes (PCLI…) are skipped, as countries come from {@code countries.tsv}; other
 * classes become OTHER. Admin names of a place come from the ADM1/2/3 rows of the same dump, so they are
 * filled when the dump holds them (allCountries, XX.txt) and empty for cities1000. Arabic names are ordered
 * most frequent spelling first (GeoNames alternates have no "preferred" flag). Used by the importer only.
 */
final class GeoNamesDumpReader {

    static final int COLUMNS = 19;

    private GeoNamesDumpReader() {
    }

    private record Row(String id, String name, List<String> ar, char featureClass, String code, String country,
                       double lat, double lon, long population, String a1, String a2, String a3) {
    }

    /**
     * @param countries      ISO alpha-2 codes to keep, or empty for all
     * @param featureClasses GeoNames feature classes to keep (e.g. "PA")
     * @param skipIds        GeoNames ids already in the gazetteer (from the WOF rows), not read again
     */
    static List<GazetteerEntry> read(TsvReader in, Set<String> countries, String featureClasses,
                                     Set<String> skipIds) {
        List<Row> rows = new ArrayList<>();
        Map<String, Row> admins = new HashMap<>();
        for (String line = in.nextLine(); line != null; line = in.nextLine()) {
            String[] f = TsvReader.split(line);
            if (f.length != COLUMNS) {
                throw in.error("a GeoNames dump row has " + COLUMNS + " tab-separated columns, found " + f.length);
            }
            String country = f[8];
            if (!countries.isEmpty() && !countries.contains(country)) {
                continue;
            }
            char fc = f[6].isEmpty() ? '?' : f[6].charAt(0);
            String code = f[7];
            String adminKey = switch (code) {
                case "ADM1" -> country + '.' + f[10];
                case "ADM2" -> country + '.' + f[10] + '.' + f[11];
                case "ADM3" -> country + '.' + f[10] + '.' + f[11] + '.' + f[12];
                default -> null;
            };
            boolean wanted = featureClasses.indexOf(fc) >= 0 && (fc != 'A' || adminKey != null);
            if (!wanted && adminKey == null) {
                continue;
            }
            Row row = new Row(f[0], f[1], arabicNames(f[1], f[3]), fc, code, country, in.decimal(f[4], "latitude"),
                    in.decimal(f[5], "longitude"), in.count(f[14], "population"), f[10], f[11], f[12]);
            if (adminKey != null) {
                admins.put(adminKey, row);
            }
            if (wanted && !row.ar().isEmpty() && !skipIds.contains(row.id())) {
                rows.add(row);
            }
        }
        List<GazetteerEntry> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Row a1 = r.code().equals("ADM1") ? null : admins.get(r.country() + '.' + r.a1());
            Row a2 = r.code().equals("ADM1") || r.code().equals("ADM2") ? null
                    : admins.get(r.country() + '.' + r.a1() + '.' + r.a2());
            Row a3 = r.featureClass() == 'A' ? null
                    : admins.get(r.country() + '.' + r.a1() + '.' + r.a2() + '.' + r.a3());
            PlaceKind kind = switch (r.code()) {
                case "ADM1" -> PlaceKind.ADMIN1;
                case "ADM2" -> PlaceKind.ADMIN2;
                case "ADM3" -> PlaceKind.ADMIN3;
                case "PPLX" -> PlaceKind.NEIGHBOURHOOD;
                default -> r.featureClass() == 'P' ? PlaceKind.LOCALITY : PlaceKind.OTHER;
            };
            out.add(new GazetteerEntry("gn:" + r.id(), r.name(), r.ar(), kind, r.code().isEmpty() ? null : r.code(),
                    r.country(), r.lat(), r.lon(), r.population(), en(a1), ar(a1), en(a2), ar(a2), en(a3), ar(a3)));
        }
        return out;
    }

    private static String en(Row admin) {
        return admin == null ? null : admin.name();
    }

    private static String ar(Row admin) {
        return admin == null || admin.ar().isEmpty() ? null : admin.ar().get(0);
    }

    /** The Arabic spellings among the name and the comma-separated alternates, most frequent key first. */
    static List<String> arabicNames(String name, String alternates) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        List<String> all = new ArrayList<>();
        all.add(name);
        int start = 0;
        for (int i = 0; i <= alternates.length(); i++) {
            if (i == alternates.length() || alternates.charAt(i) == ',') {
                all.add(alternates.substring(start, i));
                start = i + 1;
            }
        }
        for (String raw : all) {
            String n = raw.strip();
            if (n.isEmpty() || !ArabicNameFilter.isArabicName(n)) {
                continue;
            }
            String k = ArabicNormalizer.key(n);
            counts.merge(k, 1, Integer::sum);
            List<String> spellings = byKey.computeIfAbsent(k, x -> new ArrayList<>());
            if (!spellings.contains(n)) {
                spellings.add(n);
            }
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort((x, y) -> Integer.compare(counts.get(y), counts.get(x)));
        List<String> out = new ArrayList<>();
        keys.forEach(k -> out.addAll(byKey.get(k)));
        return out;
    }
}
