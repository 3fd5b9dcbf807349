package org.marsad.geocode.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Entries bucketed in cells of {@value #CELL_DEGREES} degrees, stored as one array sorted by cell so that
 * the index costs two arrays and no per-cell objects. Immutable and thread-safe.
 */
final class GridIndex {

    static final double CELL_DEGREES = 0.25;
    private static final int COLUMNS = (int) (360 / CELL_DEGREES) + 1;
    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180;

    private final int[] cells;
    private final GazetteerEntry[] entries;

    GridIndex(List<GazetteerEntry> all) {
        long[] keyed = new long[all.size()];
        for (int i = 0; i < keyed.length; i++) {
            GazetteerEntry e = all.get(i);
            keyed[i] = (long) cell(e.lat(), e.lon()) << 32 | i;
        }
        Arrays.sort(keyed);
        this.entries = new GazetteerEntry[keyed.length];
        this.cells = new int[keyed.length];
        for (int i = 0; i < keyed.length; i++) {
            entries[i] = all.get((int) keyed[i]);
            cells[i] = (int) (keyed[i] >>> 32);
        }
    }

    private static int row(double lat) {
        return (int) Math.floor((lat + 90) / CELL_DEGREES);
    }

    private static int column(double lon) {
        return (int) Math.floor((lon + 180) / CELL_DEGREES);
    }

    private static int cell(double lat, double lon) {
        return row(lat) * COLUMNS + column(lon);
    }

    /** Entries within {@code km} of the point, nearest first. */
    List<GazetteerEntry> near(double lat, double lon, double km) {
        if (!(km >= 0) || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("bad search: " + lat + ", " + lon + " within " + km + " km");
        }
        double dLat = km / KM_PER_DEGREE;
        double cos = Math.max(Math.cos(Math.toRadians(Math.min(89.0, Math.abs(lat) + dLat))), 1e-3);
        double dLon = Math.min(180, dLat / cos);
        List<GazetteerEntry> found = new ArrayList<>();
        List<Double> distances = new ArrayList<>();
        int r0 = row(Math.max(-90, lat - dLat));
        int r1 = row(Math.min(90, lat + dLat));
        int c0 = column(lon - dLon < -180 ? -180 : lon - dLon);
        int c1 = column(lon + dLon > 180 ? 180 : lon + dLon);
        for (int r = r0; r <= r1; r++) {
            int from = lowerBound(r * COLUMNS + c0);
            int to = lowerBound(r * COLUMNS + c1 + 1);
            for (int i = from; i < to; i++) {
                double d = distanceKm(lat, lon, entries[i].lat(), entries[i].lon());
                if (d <= km) {
                    found.add(entries[i]);
                    distances.add(d);
                }
            }
        }
        Integer[] order = new Integer[found.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(distances::get));
        List<GazetteerEntry> out = new ArrayList<>(order.length);
        for (Integer i : order) {
            out.add(found.get(i));
        }
        return out;
    }

    private int lowerBound(int cell) {
        int lo = 0;
        int hi = cells.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cells[mid] < cell) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Great-circle distance (haversine). */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double a = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
