package org.marsad.geocode.gazetteer;

import java.util.List;

/**
 * A country as ACLED codes it.
 *
 * @param iso2        ISO 3166-1 alpha-2 code, upper case
 * @param isoNumeric  ISO 3166-1 numeric code, ACLED's {@code iso} column (Syria = 760)
 * @param nameEn      English name as ACLED writes it in its {@code country} column
 * @param namesAr     Arabic names, preferred first
 * @param acledRegion ACLED's {@code region} (Middle East, Northern Africa, Europe…)
 * @param lat         latitude of a representative point (capital or centroid)
 * @param lon         longitude of that point
 */
public record Country(String iso2, int isoNumeric, String nameEn, List<String> namesAr, String acledRegion,
                      double lat, double lon) {

    public Country {
        if (iso2 == null || iso2.length() != 2 || !Character.isUpperCase(iso2.charAt(0))
                || !Character.isUpperCase(iso2.charAt(1))) {
            throw new IllegalArgumentException("iso2 must be two upper-case letters: " + iso2);
        }
        if (isoNumeric <= 0 || isoNumeric > 999) {
            throw new IllegalArgumentException("ISO numeric code of " + iso2 + " out of range: " + isoNumeric);
        }
        if (nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("English name of " + iso2 + " must not be blank");
        }
        namesAr = List.copyOf(namesAr);
        if (namesAr.isEmpty()) {
            throw new IllegalArgumentException("country " + iso2 + " has no Arabic name");
        }
        if (acledRegion == null || acledRegion.isBlank()) {
            throw new IllegalArgumentException("ACLED region of " + iso2 + " must not be blank");
        }
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range for " + iso2 + ": " + lat + ", " + lon);
        }
    }

    /** The gazetteer entry id of this country: {@code iso:} and the alpha-2 code. */
    public String entryId() {
        return "iso:" + iso2;
    }

    /** This country as a {@link PlaceKind#COUNTRY} gazetteer entry. */
    public GazetteerEntry toEntry() {
        return new GazetteerEntry(entryId(), nameEn, namesAr, PlaceKind.COUNTRY, "PCLI", iso2, lat, lon, 0,
                null, null, null, null, null, null);
    }
}
