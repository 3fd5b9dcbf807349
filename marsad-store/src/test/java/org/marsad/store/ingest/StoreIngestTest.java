package org.marsad.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreIngestTest {

    @Test
    void aRunMergesItsEventsIntoIncidentsAfter5000ThenTwiceAsManyReportsEachTime() {
        List<Long> merged = new ArrayList<>();
        long stored = 0;
        for (int group : new int[] {32, 32, 7, 32, 1, 32}) {
            for (int i = 0; i < 2_000; i++) {
                long before = stored;
                stored += group;
                if (StoreIngest.mergeDue(before, stored)) {
                    merged.add(stored);
                }
            }
        }
        assertThat(merged).hasSize(6);
        assertThat(merged).zipSatisfy(List.of(5_000L, 10_000L, 20_000L, 40_000L, 80_000L, 160_000L),
                (at, due) -> assertThat(at).isBetween(due, due + 31));
    }

    @Test
    void aGroupOfReportsThatPassesNoThresholdMergesNothing() {
        assertThat(StoreIngest.mergeDue(0, 4_999)).isFalse();
        assertThat(StoreIngest.mergeDue(4_999, 5_000)).isTrue();
        assertThat(StoreIngest.mergeDue(5_000, 9_999)).isFalse();
        assertThat(StoreIngest.mergeDue(9_990, 10_020)).isTrue();
        assertThat(StoreIngest.mergeDue(10_020, 19_999)).isFalse();
    }
}
