package org.marsad.geocode;

/** Great-circle distance on a spherical Earth (haversine), in kilometres. */
public final class Distance {

    private static final double EARTH_RADIUS_KM = 6371.0;

    private Distance() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        return kmOfHaversine(haversine(lat1, lon1, lat2, lon2));
    }

    /**
     * The haversine of the central angle between two points, the term the distance is worked out from. It
     * grows with the distance, so the nearest of several points is the one with the smallest term, found
     * without an arc sine per point.
     */
    public static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double halfDp = Math.sin(dp / 2);
        double halfDl = Math.sin(dl / 2);
        return halfDp * halfDp + Math.cos(p1) * Math.cos(p2) * halfDl * halfDl;
    }

    /** The distance of a {@link #haversine} term (non-decreasing in it: Math#asin is semi-monotonic). */
    public static double kmOfHaversine(double haversine) {
        return EARTH_RADIUS_KM * 2 * Math.asin(Math.sqrt(Math.min(1.0, haversine)));
    }
}
