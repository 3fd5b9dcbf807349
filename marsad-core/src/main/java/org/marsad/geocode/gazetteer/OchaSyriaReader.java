package org.marsad.geocode.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the OCHA Syria files of the source gazetteer: {@code syr_admin.tsv} (admin levels 0-3 with P-codes,
 * OCHA COD-AB v02 of 2020-12-17) and {@code syr_ocha_neighbourhoods.tsv}. Used by the importer only.
 */
final class OchaSyriaReader {

    /** An OCHA admin unit; {@code lat/lon} is its label point, which lies inside the unit. */
    record Unit(int level, String pcode, String nameEn, String nameAr, String parent, double lat, double lon) {
    }

    private static final String[] ADMIN_LAYOUT = {"level", "pcode", "name_en", "name_ar", "parent_pcode", "lat",
            "lon", "label_lat", "label_lon", "name_en_ref", "area_sqkm"};
    private static final String[] NEIGHBOURHOOD_LAYOUT = {"pcode", "name_en", "names_ar", "names_en_alt",
            "city_en", "city_ar", "city_pcode", "lat", "lon", "admin1_en", "admin1_ar", "admin2_en", "admin2_ar",
            "admin3_en", "admin3_ar", "admin3_pcode"};

    private OchaSyriaReader() {
    }

    /** Units of levels 1 to 3 by P-code, in file order. */
    static Map<String, Unit> readAdmin(TsvReader in) {
        in.expectHeader(in.nextLine(), ADMIN_LAYOUT, ADMIN_LAYOUT.length);
        Map<String, Unit> units = new LinkedHashMap<>();
        for (String line = in.nextLine(); line != null; line = in.nextLine()) {
            String[] f = TsvReader.split(line);
            if (f.length != ADMIN_LAYOUT.length) {
                throw in.error("expected " + ADMIN_LAYOUT.length + " columns, found " + f.length);
            }
            int level = (int) in.count(f[0].strip(), "level");
            if (level < 1 || level > 3) {
                continue;
            }
            units.put(f[1], new Unit(level, f[1], f[2], f[3], f[4], in.decimal(f[7], "label_lat"),
                    in.decimal(f[8], "label_lon")));
        }
        return units;
    }

    /** The unit as an entry with its parents' names; {@code extraNames} and population from WOF. */
    static GazetteerEntry toEntry(Unit u, Map<String, Unit> units, List<String> extraNames, long population) {
        Unit parent = u.level() == 1 ? null : parent(u, units);
        Unit a1 = u.level() == 1 ? null : u.level() == 2 ? parent : parent(parent, units);
        Unit a2 = u.level() == 3 ? parent : null;
        List<String> names = new ArrayList<>();
        names.add(u.nameAr());
        for (String n : extraNames) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        PlaceKind kind = u.level() == 1 ? PlaceKind.ADMIN1 : u.level() == 2 ? PlaceKind.ADMIN2 : PlaceKind.ADMIN3;
        return new GazetteerEntry("ocha:" + u.pcode(), u.nameEn(), names, kind, "ADM" + u.level(), "SY", u.lat(),
                u.lon(), population, a1 == null ? null : a1.nameEn(), a1 == null ? null : a1.nameAr(),
                a2 == null ? null : a2.nameEn(), a2 == null ? null : a2.nameAr(), null, null);
    }

    private static Unit parent(Unit u, Map<String, Unit> units) {
        Unit p = units.get(u.parent());
        if (p == null || p.level() != u.level() - 1) {
            throw new GazetteerException("OCHA unit " + u.pcode() + " has no parent unit " + u.parent()
                    + " of level " + (u.level() - 1) + " in the admin file");
        }
        return p;
    }

    /** The OCHA city neighbourhoods, as NEIGHBOURHOOD entries with feature code PPLX. */
    static List<GazetteerEntry> readNeighbourhoods(TsvReader in) {
        in.expectHeader(in.nextLine(), NEIGHBOURHOOD_LAYOUT, NEIGHBOURHOOD_LAYOUT.length);
        List<GazetteerEntry> out = new ArrayList<>();
        for (String line = in.nextLine(); line != null; line = in.nextLine()) {
            String[] f = TsvReader.split(line);
            if (f.length != NEIGHBOURHOOD_LAYOUT.length) {
                throw in.error("expected " + NEIGHBOURHOOD_LAYOUT.length + " columns, found " + f.length);
            }
            List<String> names = TsvReader.splitList(f[2]);
            if (names.isEmpty()) {
                continue;
            }
            try {
                out.add(new GazetteerEntry("ocha:" + f[0].strip(), f[1].strip(), names, PlaceKind.NEIGHBOURHOOD,
                        "PPLX", "SY", in.decimal(f[7], "lat"), in.decimal(f[8], "lon"), 0,
                        PlaceFile.blankToNull(f[9]), PlaceFile.blankToNull(f[10]), PlaceFile.blankToNull(f[11]),
                        PlaceFile.blankToNull(f[12]), PlaceFile.blankToNull(f[13]), PlaceFile.blankToNull(f[14])));
            } catch (IllegalArgumentException e) {
                throw in.error(e.getMessage());
            }
        }
        return out;
    }
}
