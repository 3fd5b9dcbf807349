package org.marsad.geocode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DistanceTest {

    @Test
    void idlibToAleppoIsAboutSixtyKilometres() {
        assertThat(Distance.km(35.93, 36.63, 36.20, 37.16)).isCloseTo(56.5, within(1.0));
    }

    @Test
    void theDistanceOfAHaversineTermIsTheDistanceOfItsPoints() {
        double a = Distance.haversine(35.93, 36.63, 36.20, 37.16);
        assertThat(Distance.kmOfHaversine(a)).isEqualTo(Distance.km(35.93, 36.63, 36.20, 37.16));
    }

    @Test
    void aSmallerHaversineTermNeverMeansALongerDistance() {
        Random random = new Random(760);
        for (int n = 0; n < 10_000; n++) {
            double lat = 32 + random.nextDouble() * 5;
            double lon = 35 + random.nextDouble() * 7;
            double a1 = Distance.haversine(lat, lon, 32 + random.nextDouble() * 5, 35 + random.nextDouble() * 7);
            double a2 = Distance.haversine(lat, lon, 32 + random.nextDouble() * 5, 35 + random.nextDouble() * 7);
            assertThat(Distance.kmOfHaversine(Math.min(a1, a2)))
                    .isEqualTo(Math.min(Distance.kmOfHaversine(a1), Distance.kmOfHaversine(a2)));
        }
    }
}
