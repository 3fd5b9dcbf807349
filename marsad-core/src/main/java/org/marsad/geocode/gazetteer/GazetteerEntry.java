package org.marsad.geocode.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * One place of the gazetteer. Names are stored as the sources write them (hamza forms, ة/ه and spaces in
 * كفر-compounds untouched); lookups go through {@link org.marsad.text.ArabicNormalizer#key} keys.
 *
 * @param id          stable identifier: {@code wof:…} (Who's On First), {@code gn:…} (GeoNames),
 *                    {@code ocha:…} (OCHA P-code or neighbourhood N-code), {@code iso:…} (country), or an
 *                    analyst's own id
 * @param nameEn      English/Latin name, never {@code null} (may be empty when a source has none)
 * @param namesAr     Arabic names, preferred first; never empty
 * @param kind        what sort of place it is
 * @param featureCode GeoNames feature code (PPL, PPLA, PPLC, ADM2…), or {@code null} when unknown
 * @param country     ISO 3166-1 alpha-2 code
 * @param lat         latitude, WGS84
 * @param lon         longitude, WGS84
 * @param population  population, 0 when unknown
 * @param admin1En    first-level unit, English, or {@code null}; likewise the other admin fields
 */
public record GazetteerEntry(String id, String nameEn, List<String> namesAr, PlaceKind kind, String featureCode,
                             String country, double lat, double lon, long population,
                             String admin1En, String admin1Ar, String admin2En, String admin2Ar,
                             String admin3En, String admin3Ar) {

    public GazetteerEntry {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank: " + id);
        }
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
        namesAr = List.copyOf(namesAr);
        if (namesAr.isEmpty()) {
            throw new IllegalArgumentException("entry " + id + " has no Arabic name");
        }
        if (country == null || country.length() != 2) {
            throw new IllegalArgumentException("country of " + id + " must be an ISO alpha-2 code: " + country);
        }
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range for " + id + ": " + lat + ", " + lon);
        }
        if (population < 0) {
            throw new IllegalArgumentException("population of " + id + " must not be negative: " + population);
        }
    }

    /** The preferred Arabic name. */
    public String nameAr() {
        return namesAr.get(0);
    }
}
