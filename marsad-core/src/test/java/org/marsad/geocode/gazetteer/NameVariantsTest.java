package org.marsad.geocode.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

class NameVariantsTest {

    static final NameVariants VARIANTS = NameVariants.bundled();

    static List<String> variants(String name) {
        List<String> out = new ArrayList<>();
        VARIANTS.variants(ArabicNormalizer.key(name), out::add);
        return out;
    }

    @Test
    void spacedCompoundGetsTheJoinedSpelling() {
        assertThat(variants("تل رفعت")).containsExactly("تلرفعت");
    }

    @Test
    void joinedCompoundWritesARepeatedLetterOnce() {
        assertThat(variants("كفر روما")).containsExactly("كفرروما", "كفروما");
    }

    @Test
    void hamzatedPrefixIsMatchedAfterFolding() {
        assertThat(variants("أبو كمال")).containsExactly("ابوكمال");
    }

    @Test
    void oneWordCompoundGetsTheSpacedSpelling() {
        assertThat(variants("كفرنبل")).contains("كفر نبل");
    }

    @Test
    void shortRemainderIsNotSplitOff() {
        assertThat(variants("تلال")).doesNotContain("تل ال");
    }

    @Test
    void articleIsDroppedFromAOneWordName() {
        assertThat(variants("الميادين")).containsExactly("ميادين");
    }

    @Test
    void multiWordNameKeepsItsArticles() {
        assertThat(variants("معرة النعمان")).isEmpty();
    }

    @Test
    void latinNameHasNoVariants() {
        assertThat(variants("Idlib")).isEmpty();
    }
}
