package org.marsad.geocode.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFilterTest {

    /** Made-up place-like keys: two syllables of Arabic letters and a number, all distinct. */
    private static List<String> keys(String prefix, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(prefix + " " + (char) ('\u0628' + i % 20) + (char) ('\u0641' + i / 20 % 10) + " " + i);
        }
        return out;
    }

    @Test
    void everyKeyAddedMightBeContained() {
        List<String> added = keys("تل", 20_000);
        KeyFilter filter = new KeyFilter(added.size());
        added.forEach(filter::add);
        assertThat(added).allMatch(filter::mightContain);
    }

    @Test
    void almostEveryOtherWordIsRuledOut() {
        List<String> added = keys("تل", 20_000);
        KeyFilter filter = new KeyFilter(added.size());
        added.forEach(filter::add);
        long falseHits = keys("عين", 20_000).stream().filter(filter::mightContain).count();
        assertThat(falseHits).isLessThan(200); // under 1%: about 0.3% is expected
    }

    @Test
    void anEmptyFilterRulesOutEverything() {
        KeyFilter filter = new KeyFilter(0);
        assertThat(filter.mightContain("حلب")).isFalse();
        assertThat(filter.mightContain("")).isFalse();
    }
}
