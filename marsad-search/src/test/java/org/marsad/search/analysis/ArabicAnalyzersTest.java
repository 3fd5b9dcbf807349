package org.marsad.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class ArabicAnalyzersTest {

    private final Analyzer words = new ArabicWordAnalyzer();
    private final Analyzer names = new ArabicNameAnalyzer();

    /** Each position's terms, joined by '|'. */
    private static List<String> positions(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() == 0 && !out.isEmpty()) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + "|" + term);
                } else {
                    out.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void theArticleAndAPrepositionLeaveTheSameStem() {
        assertThat(positions(words, "القصف")).containsExactly("قصف");
        assertThat(positions(words, "بقصف")).containsExactly("بقصف|قصف");
        assertThat(positions(words, "والقصف")).containsExactly("قصف");
        assertThat(positions(words, "فقصفت")).first().asString().contains("قصف");
    }

    @Test
    void aWordBeginningWithAProcliticLetterKeepsItsWrittenForm() {
        assertThat(positions(words, "بلدة")).containsExactly("بلد|لد");
    }

    @Test
    void hamzaTehMarbutaTatweelAndHarakatAreFolded() {
        assertThat(positions(names, "إدلب")).containsExactly("ادلب");
        assertThat(positions(names, "مـديـنة")).containsExactly("مدينه");
        assertThat(positions(names, "قُصِفَتْ")).containsExactly("قصفت");
        assertThat(positions(names, "مستشفى")).containsExactly("مستشفي");
    }

    @Test
    void arabicIndicDigitsBecomeLatinDigits() {
        assertThat(positions(words, "قتل ١٢ مدنياً")).contains("12");
    }

    @Test
    void stopWordsAreDroppedFromWordsButKeptInNames() {
        assertThat(positions(words, "في إدلب")).containsExactly("ادلب");
        assertThat(positions(names, "في إدلب")).containsExactly("في", "ادلب");
    }

    @Test
    void aNameAfterATatweeledPrepositionAndAQuoteIsReadWithoutIt() {
        assertThat(positions(names, "التابعة لـ\"جيش الإسلام\""))
                .containsExactly("التابعه", "ل", "جيش", "الاسلام");
        assertThat(positions(names, "لجيش الإسلام")).containsExactly("لجيش|جيش", "الاسلام");
    }

    @Test
    void namesAreNotStemmed() {
        assertThat(positions(names, "الإسلامي")).containsExactly("الاسلامي");
    }

    @Test
    void offsetsPointIntoTheOriginalTextAfterFolding() throws IOException {
        String text = "قصفت قوات النظام مـدينة إدلب";
        try (TokenStream ts = names.tokenStream("f", text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            List<String> covered = new ArrayList<>();
            while (ts.incrementToken()) {
                covered.add(text.substring(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
            assertThat(covered).containsExactly("قصفت", "قوات", "النظام", "مـدينة", "إدلب");
        }
    }
}
