package org.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * A place as found and resolved in one report.
 *
 * @param id       gazetteer key ({@code wof:…}, {@code gn:…}, {@code iso:…})
 * @param name     English name
 * @param nameAr   preferred Arabic name
 * @param lat      latitude, WGS84
 * @param lon      longitude, WGS84
 * @param country  ISO 3166-1 alpha-2 code
 * @param admin1   first-level unit (governorate), or {@code null}
 * @param admin2   second-level unit (district), or {@code null}
 * @param admin3   third-level unit (sub-district), or {@code null}
 * @param mentions where the report names it, in text order
 */
public record Place(String id, String name, String nameAr, double lat, double lon, String country, String admin1,
                    String admin2, String admin3, List<Mention> mentions) {

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range for " + id + ": " + lat + ", " + lon);
        }
        mentions = List.copyOf(mentions);
    }
}
