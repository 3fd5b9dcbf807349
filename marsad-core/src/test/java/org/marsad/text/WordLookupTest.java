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

    @Test
    void aWordMapFindsEveryKeyAndNothingElse() {
        Map<String, Integer> words = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            words.put("قرية" + i, i);
        }
        Map<String, Integer> lookup = WordLookup.mapOf(words);
        for (int i = 0; i < 500; i++) {
            assertThat(lookup.get("قرية" + i)).isEqualTo(i);
            assertThat(lookup.containsKey("بلدة" + i)).isFalse();
            assertThat(lookup.get("بلدة" + i)).isNull();
        }
        assertThat(lookup).isEqualTo(words);
    }

    @Test
    void aWordSetFindsEveryWordAndNothingElse() {
        Set<String> words = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            words.add("قرية" + i);
        }
        Set<String> lookup = WordLookup.setOf(words);
        assertThat(words).allMatch(lookup::contains);
        assertThat(lookup.contains("بلدة1")).isFalse();
        assertThat(lookup.contains(7)).isFalse();
        assertThat(lookup).isEqualTo(words);
    }

    @Test
    void theViewsOfAWordMapOrSetCannotChangeIt() {
        Map<String, Integer> map = WordLookup.mapOf(Map.of("عشرات", 12));
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(13))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.keySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        Set<String> set = WordLookup.setOf(List.of("منذ"));
        assertThatThrownBy(() -> {
            var it = set.iterator();
            it.next();
            it.remove();
        }).isInstanceOf(UnsupportedOperationException.class);
        assertThat(map).containsEntry("عشرات", 12);
        assertThat(set).containsExactly("منذ");
    }
}
