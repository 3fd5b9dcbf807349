package org.marsad.geocode;

/** Great-circle distance on a spherical Earth (haversine), in kilometres. */
public final class Distance {

    private static final double EARTH_RADIUS_KM = 6371.0;

    private Distance() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return EARTH_RADIUS_KM * 2 * Math.asin(Math.sqrt(Math.min(1.0, a)));
    }
}
