package org.marsad.store;

import java.util.Locale;

/**
 * A rectangle of longitudes and latitudes (WGS84), edges included, as GeoJSON orders them:
 * {@code minLon,minLat,maxLon,maxLat}. A box across the antimeridian is not supported.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    public BoundingBox {
        if (!(minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "bounding box %s,%s,%s,%s lies outside longitudes -180..180 and latitudes -90..90",
                    minLon, minLat, maxLon, maxLat));
        }
        if (minLon > maxLon || minLat > maxLat) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "bounding box %s,%s,%s,%s has its minimum above its maximum: give minLon,minLat,maxLon,maxLat",
                    minLon, minLat, maxLon, maxLat));
        }
    }

    /** Reads {@code minLon,minLat,maxLon,maxLat}, e.g. {@code 36.3,35.5,37.0,36.2}. */
    public static BoundingBox parse(String value) {
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bounding box '" + value
                    + "' must be four numbers minLon,minLat,maxLon,maxLat, e.g. 36.3,35.5,37.0,36.2");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bounding box '" + value + "': '" + parts[i].strip()
                        + "' is not a number", e);
            }
        }
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }
}
