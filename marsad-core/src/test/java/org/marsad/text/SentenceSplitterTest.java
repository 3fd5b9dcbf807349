package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void fullStopFollowedBySpaceEndsASentence() {
        assertThat(sentences("اندلعت اشتباكات عنيفة. وقتل خمسة عناصر."))
                .containsExactly("اندلعت اشتباكات عنيفة.", "وقتل خمسة عناصر.");
    }

    @Test
    void arabicQuestionMarkEndsASentence() {
        assertThat(sentences("من يسيطر على البلدة؟ الهيئة")).containsExactly("من يسيطر على البلدة؟", "الهيئة");
    }

    @Test
    void lineBreakEndsASentence() {
        assertThat(sentences("العنوان\nالنص الأول")).containsExactly("العنوان", "النص الأول");
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertThat(sentences("وقال القائد: \"انسحبنا من البلدة.\" ثم غادر"))
                .containsExactly("وقال القائد: \"انسحبنا من البلدة.\"", "ثم غادر");
    }

    @Test
    void decimalPointEndsNothing() {
        assertThat(sentences("سقط 2.5 طن من المتفجرات")).hasSize(1);
    }

    @Test
    void fullStopAfterALoneLetterEndsNothing() {
        assertThat(sentences("نقلت أ. ف. ب عن مصدر")).hasSize(1);
    }

    @Test
    void arabicCommaAndSemicolonDoNotEndSentences() {
        assertThat(sentences("قصف الطيران البلدة، وسقط قتلى؛ ونزح السكان")).hasSize(1);
    }

    @Test
    void spansAreTrimmedOriginalOffsets() {
        String text = "  أولى.   ثانية  ";
        assertThat(SentenceSplitter.split(text)).containsExactly(new Span(2, 7), new Span(10, 15));
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(SentenceSplitter.split(" \n\t ")).isEmpty();
    }
}
