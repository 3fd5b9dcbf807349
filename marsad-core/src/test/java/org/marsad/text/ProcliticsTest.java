package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcliticsTest {

    private static List<String> forms(String word, boolean withArticle) {
        return Proclitics.readings(ArabicNormalizer.normalize(word), withArticle).stream()
                .map(Proclitics.Reading::form).toList();
    }

    @Test
    void wordItselfIsTheFirstReading() {
        assertThat(forms("حيش", true)).first().isEqualTo("حيش");
    }

    @Test
    void conjunctionAndPrepositionComeOffTogether() {
        assertThat(forms("وبريف", false)).containsExactly("وبريف", "بريف", "ريف");
    }

    @Test
    void contractedLamLamRestoresTheArticle() {
        assertThat(forms("للهيئة", false)).contains("الهيئه");
    }

    @Test
    void prepositionBeforeArticleLeavesTheArticle() {
        assertThat(forms("بالرقة", false)).containsExactly("بالرقه", "الرقه");
    }

    @Test
    void articleComesOffOnlyWhenAsked() {
        assertThat(forms("والرقة", true)).containsExactly("والرقه", "الرقه", "رقه");
    }

    @Test
    void hamzatedAlefAfterConjunctionIsFolded() {
        assertThat(forms("وإدلب", false)).containsExactly("وادلب", "ادلب");
    }

    @Test
    void shortWordsAreNotStrippedBelowTwoLetters() {
        assertThat(forms("بل", true)).containsExactly("بل");
    }

    @Test
    void prefixLengthCountsWrittenCharacters() {
        Proclitics.Reading reading = Proclitics.readings("للهيئه", false).get(1);
        assertThat(reading.prefix()).isEqualTo(1);
    }
}
