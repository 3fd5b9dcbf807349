package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordFilterTest {

    /** Made-up place-like keys: two letters and a number after a first word, all distinct. */
    private static List<String> keys(String first, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(first + " " + (char) ('\u0628' + i % 20) + (char) ('\u0641' + i / 20 % 10) + " " + i);
        }
        return out;
    }

    @Test
    void everyWordItHoldsMightBeContained() {
        List<String> held = keys("تل", 20_000);
        WordFilter filter = WordFilter.of(held);
        assertThat(held).allMatch(filter::mightContain);
    }

    @Test
    void almostEveryOtherWordIsRuledOut() {
        WordFilter filter = WordFilter.of(keys("تل", 20_000));
        long falseHits = keys("عين", 20_000).stream().filter(filter::mightContain).count();
        assertThat(falseHits).isLessThan(200); // under 1%: about 0.3% is expected
    }

    @Test
    void anEmptyFilterRulesOutEverything() {
        WordFilter filter = WordFilter.of(List.of());
        assertThat(filter.mightContain("حلب")).isFalse();
        assertThat(filter.mightContain("")).isFalse();
    }
}
