package org.marsad.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;
import org.marsad.text.NormalizedText;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

class PhraseIndexTest {

    private final PhraseIndex<String> index = PhraseIndex.<String>builder()
            .add("هيئة تحرير الشام", "hts")
            .add("تحرير الشام", "hts")
            .add("تنظيم الدولة", "is")
            .add("جيش النصر", "nasr")
            .add("ريف إدلب", "idlib-countryside")
            .add("إدلب", "idlib")
            .build();

    private String find(String original) {
        NormalizedText text = NormalizedText.of(original);
        List<Token> tokens = Tokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            PhraseIndex.Match<String> m = index.longestAt(tokens, i);
            if (m != null) {
                Span span = text.toOriginal(tokens.get(m.startToken()).start() + m.prefix(),
                        tokens.get(m.endToken() - 1).end());
                return m.values().get(0) + "=" + span.of(original);
            }
        }
        return null;
    }

    @Test
    void theFirstWordsAreThoseEveryNameBeginsWith() {
        assertThat(index.firstWords()).containsExactlyInAnyOrder("هيئه", "تحرير", "تنظيم", "جيش", "ريف", "ادلب");
    }

    @Test
    void longestNameWins() {
        assertThat(find("قالت هيئة تحرير الشام")).isEqualTo("hts=هيئة تحرير الشام");
    }

    @Test
    void conjunctionOnTheFirstWordIsNotPartOfTheName() {
        assertThat(find("بين اللواء وهيئة تحرير الشام")).isEqualTo("hts=هيئة تحرير الشام");
    }

    @Test
    void quotesBetweenWordsAreSkipped() {
        assertThat(find("مناطق تنظيم \"الدولة\" في الرقة")).isEqualTo("is=تنظيم \"الدولة");
    }

    @Test
    void cliticBeforeAQuotedNameIsLeftOut() {
        assertThat(find("المكتب الإعلامي لـ\"جيش النصر\"")).isEqualTo("nasr=جيش النصر");
    }

    @Test
    void prepositionAndConjunctionComeOffTogether() {
        assertThat(find("وبريف إدلب الجنوبي")).isEqualTo("idlib-countryside=ريف إدلب");
    }

    @Test
    void hamzaAndTatweelVariantsMatch() {
        assertThat(find("في ادلـب")).isEqualTo("idlib=ادلـب");
    }

    @Test
    void partialNameDoesNotMatch() {
        assertThat(find("هيئة الأركان")).isNull();
    }

    @Test
    void exactLookupIgnoresSpelling() {
        assertThat(index.get("هيئة  تحرير الشّام")).containsExactly("hts");
    }

    @Test
    void nameWithoutLettersIsRefused() {
        assertThatThrownBy(() -> PhraseIndex.<String>builder().add(" - ", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("' - '");
    }
}
