package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(String original) {
        return Tokenizer.tokenize(NormalizedText.of(original)).stream().map(Token::text).toList();
    }

    private static List<Token.Kind> kinds(String original) {
        return Tokenizer.tokenize(NormalizedText.of(original)).stream().map(Token::kind).toList();
    }

    @Test
    void wordsAndPunctuationAreSeparated() {
        assertThat(texts("سيطرت الهيئة، أمس.")).containsExactly("سيطرت", "الهيئه", "،", "امس", ".");
    }

    @Test
    void cliticBeforeQuoteIsItsOwnToken() {
        assertThat(texts("مدير المكتب الإعلامي لـ\"جيش النصر\""))
                .containsExactly("مدير", "المكتب", "الاعلامي", "ل", "\"", "جيش", "النصر", "\"");
        assertThat(kinds("لـ\"جيش\"")).containsExactly(Token.Kind.CLITIC, Token.Kind.PUNCT, Token.Kind.WORD,
                Token.Kind.PUNCT);
    }

    @Test
    void loneLetterNotBeforeAQuoteIsAWord() {
        assertThat(kinds("و هم")).containsExactly(Token.Kind.WORD, Token.Kind.WORD);
    }

    @Test
    void numbersKeepTheirGroupSeparators() {
        assertThat(texts("قتل ١٬٢٠٠ شخص و2.5 طن")).containsExactly("قتل", "1,200", "شخص", "و", "2.5", "طن");
    }

    @Test
    void datesWithDashesSplitIntoNumbersAndDashes() {
        assertThat(texts("14-2-2017م")).containsExactly("14", "-", "2", "-", "2017", "م");
    }

    @Test
    void tokenOffsetsAreNormalizedOffsetsThatMapToOriginal() {
        String original = "قُتل مقاتلو «اللـواء»";
        NormalizedText text = NormalizedText.of(original);
        Token liwa = Tokenizer.tokenize(text).stream().filter(t -> t.text().equals("اللواء")).findFirst().orElseThrow();
        assertThat(text.toOriginal(liwa.start(), liwa.end()).of(original)).isEqualTo("اللـواء");
    }

    @Test
    void aWordComesWithItsReadingsWithoutProcliticsAndPunctuationWithNone() {
        List<Token> tokens = Tokenizer.tokenize(NormalizedText.of("وبريف إدلب،"));
        assertThat(tokens.get(0).readings()).extracting(Proclitics.Reading::form)
                .containsExactly("وبريف", "بريف", "ريف");
        assertThat(tokens.get(1).readings()).extracting(Proclitics.Reading::form).containsExactly("ادلب");
        assertThat(tokens.get(2).readings()).isEmpty();
    }

    @Test
    void emptyTextHasNoTokens() {
        assertThat(texts(" \n ")).isEmpty();
    }
}
