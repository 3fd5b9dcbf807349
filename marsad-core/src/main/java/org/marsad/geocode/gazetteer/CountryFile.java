package org.marsad.geocode.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * The readable countries layout, used by the bundled {@code countries.tsv} and by analysts' extra files:
 * {@code iso2, iso_numeric, name_en, names_ar, acled_region, lat, lon}, tab-separated, Arabic names
 * separated by {@code |}, {@code #} starts a comment line.
 */
final class CountryFile {

    static final String[] LAYOUT = {"iso2", "iso_numeric", "name_en", "names_ar", "acled_region", "lat", "lon"};

    private CountryFile() {
    }

    /** Reads the rows after {@code header}, refusing a malformed row with its file and line. */
    static List<Country> read(TsvReader in, String header) {
        in.expectHeader(header, LAYOUT, LAYOUT.length);
        List<Country> out = new ArrayList<>();
        for (String line = in.nextLine(); line != null; line = in.nextLine()) {
            String[] f = TsvReader.split(line);
            if (f.length != LAYOUT.length) {
                throw in.error("expected " + LAYOUT.length + " tab-separated columns, found " + f.length);
            }
            int numeric = (int) Math.min(in.count(f[1].strip(), "iso_numeric"), Integer.MAX_VALUE);
            try {
                out.add(new Country(f[0].strip(), numeric, f[2].strip(), TsvReader.splitList(f[3]),
                        f[4].strip(), in.decimal(f[5], "lat"), in.decimal(f[6], "lon")));
            } catch (IllegalArgumentException e) {
                throw in.error(e.getMessage());
            }
        }
        return out;
    }
}
