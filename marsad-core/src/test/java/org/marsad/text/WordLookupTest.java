package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordLookupTest {

    @Test
    void aWordSetIsACopyThatCannotBeChanged() {
        Set<String> words = new HashSet<>(List.of("منذ", "قبل"));
        Set<String> lookup = WordLookup.setOf(words);
        words.add("بعد");
        assertThat(lookup).containsExactlyInAnyOrder("منذ", "قبل");
        assertThatThrownBy(() -> lookup.add("بعد")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aWordMapIsACopyThatCannotBeChanged() {
        Map<String, Integer> words = new HashMap<>(Map.of("عشرات", 12));
        Map<String, Integer> lookup = WordLookup.mapOf(words);
        words.put("مئات", 100);
        assertThat(lookup).containsOnlyKeys("عشرات").containsEntry("عشرات", 12);
        assertThatThrownBy(() -> lookup.put("مئات", 100)).isInstanceOf(UnsupportedOperationException.class);
    }
}
